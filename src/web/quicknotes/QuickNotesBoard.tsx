import { useState, type FormEvent } from 'react';
import quicknotesMessages from 'virtual:messages/en/quicknotes';
import type { QuickNote } from '../../doc/index.js';
import { useCurrentBoard } from '../facilitation/currentBoard.js';
import { PrivateRoundPanel } from '../facilitation/PrivateRoundPanel.js';
import { usePrivateRound } from '../facilitation/usePrivateRound.js';
import { VoteButton } from '../facilitation/VoteButton.js';
import { addEnglish, useI18n } from '../i18n/index.js';

addEnglish(quicknotesMessages);

interface Props {
  notes: QuickNote[];
  readOnly: boolean;
  /** Disables adding (e.g. the board was refused), with the reason already shown elsewhere. */
  disabled: boolean;
  onAdd: (text: string) => void;
  /** The list's heading ("Notes" in the person's language unless told: a map names it apart from its sticky notes). */
  title?: string;
  /** What shows while the list is empty ("No notes yet." in the person's language unless told). */
  empty?: string;
}

/** The foundation's shared content on every board: a live list of quick notes. */
export function QuickNotesBoard({ notes, readOnly, disabled, onAdd, title, empty }: Props) {
  const { t } = useI18n();
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
      <h2 id="notes-title">{title ?? t('quicknotes.title')}</h2>
      <PrivateRoundPanel round={round} readOnly={readOnly || disabled} />
      {readOnly && !notObserving && <p className="notice notice-info">{t('quicknotes.observing')}</p>}
      <form onSubmit={add} className="note-form">
        <label htmlFor="note-text">{round.holdsBack ? t('quicknotes.add.labelPrivate') : t('quicknotes.add.label')}</label>
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
            {t('quicknotes.add.button')}
          </button>
        </div>
      </form>
      {notes.length === 0 ? (
        <p className="muted">
          {round.open ? t('quicknotes.emptyInRound') : (empty ?? t('quicknotes.empty'))}
          {!readOnly && !round.open && ` ${t('quicknotes.addFirst')}`}
        </p>
      ) : (
        <ul className="notes" aria-label={t('quicknotes.list', { count: notes.length })}>
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
