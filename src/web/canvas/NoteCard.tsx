import { useRef, useState } from 'react';
import { defaultNoteColour, type CanvasAction, type CanvasNote, type SectionPlace } from '../../domain/canvas/index.js';
import { noteToAction } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, useI18n } from '../i18n/index.js';
import { ActionForm } from './ActionForm.js';
import { afterPress } from './afterPress.js';
import { useCanvasEditor } from './CanvasContext.js';
import { startNoteDrag } from './dragNote.js';
import { NoteEditForm } from './NoteEditForm.js';
import { NoteOptions } from './NoteOptions.js';
import { useVoting } from '../facilitation/boardVotingContext.js';
import { VoteButton } from '../facilitation/VoteButton.js';
import { NoteVotes } from './NoteVotes.js';
import './canvasNotes.css';
import { truncateText } from '../../shared/index.js';

addEnglish(canvasMessages);

interface Props {
  note: CanvasNote;
  section: SectionPlace;
  /** The action made from this note, if any. */
  action: CanvasAction | undefined;
  /** The notes shown before and after it, for "Move up/down"; null while sorted by votes. */
  neighbours: { before: string | undefined; after: string | undefined } | null;
}

type Mode = 'view' | 'options' | 'edit' | 'action';

/** One sticky note: its text and author, votes, and (for editors) its options. */
export function NoteCard({ note, section, action, neighbours }: Props) {
  const { t } = useI18n();
  const { canEdit, tryEdit, newId } = useCanvasEditor();
  // While a round is open on this canvas its control shows (the round's dots, a button to add one);
  // otherwise the note's votes over every round (SPEC V5), the number "Sort by votes" uses.
  const voting = useVoting()?.open === true;
  const [mode, setMode] = useState<Mode>('view');
  const optionsButton = useRef<HTMLButtonElement>(null);
  const short = truncateText(note.text, 41);

  // Closing a form or the options puts focus back where the person started.
  function back() {
    setMode('view');
    window.requestAnimationFrame(() => optionsButton.current?.focus());
  }

  return (
    <li
      className={`canvas-note note-${note.colour ?? defaultNoteColour}`}
      data-note-id={note.id}
      draggable={canEdit && mode === 'view'}
      onDragStart={(e) => startNoteDrag(e, note.id)}
      // The options fold away once focus leaves the note (forms keep what is typed, so stay).
      onBlur={(e) => {
        if (mode === 'options' && !e.currentTarget.contains(e.relatedTarget as Node | null))
          afterPress(() => setMode((m) => (m === 'options' ? 'view' : m)));
      }}
    >
      {mode === 'edit' ? <NoteEditForm note={note} onDone={back} /> : <p className="canvas-note-text">{note.text}</p>}
      <div className="note-meta">
        <span className={note.author === undefined ? 'canvas-note-author is-anonymous' : 'canvas-note-author'}>
          {note.author ?? t('canvas.note.anonymousAuthor')}
        </span>
        {action && (
          <span className={`note-action-flag${action.done ? ' is-done' : ''}`}>
            {action.done ? t('canvas.note.actionDone') : t('canvas.note.action')}
          </span>
        )}
        {!voting && <NoteVotes note={note} />}
        {canEdit && (
          <button
            ref={optionsButton}
            type="button"
            className="note-options-button"
            aria-expanded={mode === 'options'}
            aria-label={t('canvas.note.options', { note: short })}
            onClick={() => (mode === 'options' ? back() : setMode('options'))}
          >
            <span aria-hidden="true">⋯</span>
          </button>
        )}
      </div>
      {voting && <VoteButton targetId={note.id} targetLabel={note.text} />}
      {mode === 'options' && (
        <NoteOptions
          note={note}
          section={section}
          hasAction={action !== undefined}
          neighbours={neighbours}
          onEdit={() => setMode('edit')}
          onMakeAction={() => setMode('action')}
          onClose={back}
        />
      )}
      {mode === 'action' && (
        <ActionForm
          legend={t('canvas.action.fromNote', { note: short })}
          initial={{ text: note.text }}
          submitLabel={t('canvas.action.make')}
          onSubmit={(values) => tryEdit((doc) => noteToAction(doc, note.id, { id: newId('action'), ...values }))}
          onDone={back}
        />
      )}
    </li>
  );
}
