import { useState, type FormEvent } from 'react';
import {
  maxReflectionTextLength,
  reflectionColumnLabels,
  reflectionColumns,
  type ReflectionNote,
} from '../../domain/facilitation/index.js';
import type { ReflectionColumn } from '../../domain/facilitation/index.js';
import { VoteButton } from '../facilitation/VoteButton.js';
import { noteDragType } from './noteDrag.js';
import { truncateText } from '../../shared/index.js';

interface Props {
  note: ReflectionNote;
  /** The author's name as this person should see it; null for an anonymous note. */
  author: string | null;
  canEdit: boolean;
  onEdit: (text: string) => void;
  onMove: (column: ReflectionColumn) => void;
  onDelete: () => void;
}

const short = (text: string) => truncateText(text, 40);

/**
 * One reflection note: its text and author (or "Anonymous"), and for the group: edit, move to
 * another column (buttons, and dragging with a mouse), delete after a confirmation, vote.
 */
export function ReflectionNoteCard({ note, author, canEdit, onEdit, onMove, onDelete }: Props) {
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note.text);
  const [confirming, setConfirming] = useState(false);
  const name = short(note.text);

  function save(event: FormEvent) {
    event.preventDefault();
    if (draft.trim()) onEdit(draft.trim());
    setEditing(false);
  }

  return (
    <li
      className="reflection-note"
      draggable={canEdit && !editing}
      onDragStart={(e) => {
        e.dataTransfer.setData(noteDragType, note.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      {editing ? (
        <form onSubmit={save} className="reflection-edit">
          <label htmlFor={`edit-${note.id}`}>Edit note</label>
          <textarea
            id={`edit-${note.id}`}
            rows={3}
            maxLength={maxReflectionTextLength}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            autoFocus
          />
          <div className="reflection-actions">
            <button type="submit" className="button button-small button-primary">
              Save
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <p className="reflection-text">{note.text}</p>
      )}
      <p className="reflection-author">{author === null ? <em>Anonymous</em> : author}</p>
      <VoteButton targetId={note.id} targetLabel={note.text} />
      {canEdit && !editing && !confirming && (
        <div className="reflection-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={`Edit note: ${name}`}
            onClick={() => {
              setDraft(note.text);
              setEditing(true);
            }}
          >
            Edit
          </button>
          {reflectionColumns
            .filter((c) => c !== note.column)
            .map((c) => (
              <button
                key={c}
                type="button"
                className="button button-small button-quiet"
                aria-label={`Move to ${reflectionColumnLabels[c].title}: ${name}`}
                onClick={() => onMove(c)}
              >
                <span aria-hidden="true">→</span> {reflectionColumnLabels[c].title}
              </button>
            ))}
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={`Delete note: ${name}`}
            onClick={() => setConfirming(true)}
          >
            Delete
          </button>
        </div>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-label={`Confirm deleting: ${name}`}>
          <p>Delete this note for everyone?</p>
          <button type="button" className="button button-small button-danger" onClick={onDelete}>
            Yes, delete
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
    </li>
  );
}
