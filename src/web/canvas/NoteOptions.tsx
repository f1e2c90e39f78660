import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { CanvasNote, SectionInfo } from '../../domain/canvas/index.js';
import { deleteNote } from '../../doc/canvas/index.js';
import { useCanvasEditor } from './CanvasContext.js';
import { NoteColourPicker } from './NoteColourPicker.js';
import { NoteMoveControls } from './NoteMoveControls.js';

interface Props {
  note: CanvasNote;
  section: SectionInfo;
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
    <div className="note-options" role="group" aria-label="Note options" onKeyDown={onKeyDown}>
      <div className="canvas-row">
        <button ref={first} type="button" className="button button-small" onClick={onEdit}>
          Edit text
        </button>
        <button type="button" className="button button-small" onClick={onMakeAction} disabled={hasAction}>
          {hasAction ? 'Already an action' : 'Make an action'}
        </button>
      </div>
      <NoteColourPicker note={note} />
      <NoteMoveControls note={note} section={section} neighbours={neighbours} onMoved={onClose} />
      {confirming ? (
        <div className="confirm" role="group" aria-label="Confirm deleting the note">
          <p>
            Delete this note for everyone?{note.votes > 0 ? ` Its ${note.votes} ${note.votes === 1 ? 'vote goes' : 'votes go'} too.` : ''}
          </p>
          <button
            type="button"
            className="button button-small button-danger"
            onClick={() => edit('Could not delete the note', (doc) => deleteNote(doc, note.id))}
          >
            Yes, delete
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div className="canvas-row">
          <button type="button" className="button button-small button-danger" onClick={() => setConfirming(true)}>
            Delete note
          </button>
          <button type="button" className="button button-small button-quiet" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </div>
  );
}
