import { useState, type FormEvent } from 'react';
import reflectionMessages from 'virtual:messages/en/reflection';
import { maxReflectionTextLength, reflectionColumns, type ReflectionNote } from '../../domain/facilitation/index.js';
import type { ReflectionColumn } from '../../domain/facilitation/index.js';
import { VoteButton } from '../facilitation/VoteButton.js';
import { noteDragType } from './noteDrag.js';
import { truncateText } from '../../shared/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { columnTitle } from './columnNames.js';

addEnglish(reflectionMessages);

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
  const { t } = useI18n();
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
          <label htmlFor={`edit-${note.id}`}>{t('reflection.edit.label')}</label>
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
              {t('reflection.edit.save')}
            </button>
            <button type="button" className="button button-small button-quiet" onClick={() => setEditing(false)}>
              {t('reflection.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <p className="reflection-text">{note.text}</p>
      )}
      <p className="reflection-author">{author === null ? <em>{t('reflection.author.anonymous')}</em> : author}</p>
      <VoteButton targetId={note.id} targetLabel={note.text} />
      {canEdit && !editing && !confirming && (
        <div className="reflection-actions">
          <button
            type="button"
            className="button button-small button-quiet"
            aria-label={t('reflection.note.editNamed', { note: name })}
            onClick={() => {
              setDraft(note.text);
              setEditing(true);
            }}
          >
            {t('reflection.note.edit')}
          </button>
          {reflectionColumns
            .filter((c) => c !== note.column)
            .map((c) => (
              <button
                key={c}
                type="button"
                className="button button-small button-quiet"
                aria-label={t('reflection.note.moveTo', { column: columnTitle(c), note: name })}
                onClick={() => onMove(c)}
              >
                <span aria-hidden="true">→</span> {columnTitle(c)}
              </button>
            ))}
          <button
            type="button"
            className="button button-small button-danger"
            aria-label={t('reflection.note.deleteNamed', { note: name })}
            onClick={() => setConfirming(true)}
          >
            {t('reflection.note.delete')}
          </button>
        </div>
      )}
      {confirming && (
        <div className="confirm" role="group" aria-label={t('reflection.delete.confirmNamed', { note: name })}>
          <p>{t('reflection.delete.question')}</p>
          <button type="button" className="button button-small button-danger" onClick={onDelete}>
            {t('reflection.delete.yes')}
          </button>
          <button type="button" className="button button-small" onClick={() => setConfirming(false)}>
            {t('reflection.cancel')}
          </button>
        </div>
      )}
    </li>
  );
}
