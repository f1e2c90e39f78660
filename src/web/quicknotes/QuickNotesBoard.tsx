import { useState, type FormEvent } from 'react';
import type { QuickNote } from '../../doc/index.js';
import { useCurrentBoard } from '../facilitation/currentBoard.js';
import { PrivateRoundPanel } from '../facilitation/PrivateRoundPanel.js';
import { usePrivateRound } from '../facilitation/usePrivateRound.js';
import { VoteButton } from '../facilitation/VoteButton.js';

interface Props {
  notes: QuickNote[];
  readOnly: boolean;
  /** Disables adding (e.g. the board was refused), with the reason already shown elsewhere. */
  disabled: boolean;
  onAdd: (text: string) => void;
  /** The list's heading ("Notes" unless told: a map names it apart from its sticky notes). */
  title?: string;
  /** What shows while the list is empty. */
  empty?: string;
}

/** The foundation's shared content on every board: a live list of quick notes. */
export function QuickNotesBoard({ notes, readOnly, disabled, onAdd, title = 'Notes', empty = 'No notes yet.' }: Props) {
  const [text, setText] = useState('');
  const board = useCurrentBoard();
  const round = usePrivateRound(board?.boardId ?? null);
  // Locked or presented: said elsewhere on the page, and the person is not an observer.
  const notObserving = board?.locked === true || board?.presented === true;

  function add(event: FormEvent) {
    event.preventDefault();
    const note = text.trim();
    if (!note) return;
    // During a private round the note goes to the server, which shows it to its writer alone (SPEC R2).
    if (round.holdsBack) {
      void round.add(note).then((taken) => taken && setText(''));
      return;
    }
    onAdd(note);
    setText('');
  }

  return (
    <section className="panel notes-board">
      <h2 id="notes-title">{title}</h2>
      <PrivateRoundPanel round={round} readOnly={readOnly || disabled} />
      {readOnly && !notObserving && <p className="notice notice-info">You are observing: you can watch but not change this board.</p>}
      <form onSubmit={add} className="note-form">
        <label htmlFor="note-text">{round.holdsBack ? 'Add a private note' : 'Add a note'}</label>
        <div className="note-form-row">
          <input
            id="note-text"
            type="text"
            maxLength={500}
            value={text}
            onChange={(e) => setText(e.target.value)}
            disabled={readOnly || disabled}
            autoComplete="off"
          />
          <button type="submit" className="button button-primary" disabled={readOnly || disabled || !text.trim()}>
            Add note
          </button>
        </div>
      </form>
      {notes.length === 0 ? (
        <p className="muted">
          {round.open ? 'No notes on the board yet.' : empty}
          {readOnly || round.open ? '' : ' Add the first one.'}
        </p>
      ) : (
        <ul className="notes" aria-label={`${notes.length} ${notes.length === 1 ? 'note' : 'notes'}`}>
          {notes.map((note) => (
            <li key={note.id} className="note">
              <p className="note-text">{note.text}</p>
              {note.author && <p className="note-author">{note.author}</p>}
              <VoteButton targetId={note.id} targetLabel={note.text} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
