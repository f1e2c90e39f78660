import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CanvasNote, SectionPlace } from '../../domain/canvas/index.js';
import { deleteNote } from '../../doc/canvas/index.js';
import canvasMessages from 'virtual:messages/en/canvas';
import { addEnglish, msg, useI18n } from '../i18n/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { NoteColourPicker } from './NoteColourPicker.js';
import { NoteMoveControls } from './NoteMoveControls.js';

addEnglish(canvasMessages);

interface Props {
  note: CanvasNote;
  section: SectionPlace;
  hasAction: boolean;
  neighbours: { before: string | undefined; after: string | undefined } | null;
  onEdit: () => void;
  onMakeAction: () => void;
  onClose: () => void;
}

/**
 * What can be done to a note, opened from its "⋯" button: edit, make an action, colour, move
 * (the keyboard's way to do what dragging does) and delete, which asks first: a deleted note
 * takes its votes with it for everyone. Plain buttons in a group rather than an ARIA menu,
 * so Tab, Enter and Escape work as everywhere else.
 */
export function NoteOptions({ note, section, hasAction, neighbours, onEdit, onMakeAction, onClose }: Props) {
  const { t } = useI18n();
  const { edit } = useCanvasEditor();
  const [confirming, setConfirming] = useState(false);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => first.current?.focus(), []);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  }

  return (
    <div className="note-options" role="group" aria-label={t('canvas.note.optionsGroup')} onKeyDown={onKeyDown}>
      <div className="canvas-row">
        <button ref={first} type="button" className="button button-small" onClick={onEdit}>
          {t('canvas.note.editText')}
        </button>
        <button type="button" className="button button-small" onClick={onMakeAction} disabled={hasAction}>
          {hasAction ? t('canvas.note.alreadyAction') : t('canvas.note.makeAction')}
        </button>
      </div>
      <NoteColourPicker note={note} />
      <NoteMoveControls note={note} section={section} neighbours={neighbours} onMoved={onClose} />
      {confirming ? (
        <div className="confirm" role="group" aria-label={t('canvas.note.confirmDelete')}>
          <p>{note.votes > 0 ? t('canvas.note.deleteQuestionVotes', { count: note.votes }) : t('canvas.note.deleteQuestion')}</p>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => edit(msg('canvas.problem.noteNotDeleted'), (doc) => deleteNote(doc, note.id))}
          >
            {t('canvas.note.deleteYes')}
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            {t('canvas.keepIt')}
          </button>
        </div>
      ) : (
        <div className="canvas-row">
          <button type="button" className="button button-small button-danger" onClick={() => setConfirming(true)}>
            {t('canvas.note.delete')}
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onClose}>
            {t('canvas.close')}
          </button>
        </div>
      )}
    </div>
  );
}
