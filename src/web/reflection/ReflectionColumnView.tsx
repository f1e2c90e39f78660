import { useState, type ReactNode } from 'react';
import type { ReflectionColumn } from '../../domain/facilitation/index.js';
import { i18n, useI18n } from '../i18n/index.js';
import { columnPrompt, columnTitle } from './columnNames.js';
import { noteDragType } from './noteDrag.js';

interface Props {
  column: ReflectionColumn;
  count: number;
  canEdit: boolean;
  /** A note dropped here from another column. */
  onDropNote: (noteId: string) => void;
  /** The notes (a list) and the form to add one. */
  children: ReactNode;
}

/** One of the three columns: its question, its notes, and (for the group) where to add and drop notes. */
export function ReflectionColumnView({ column, count, canEdit, onDropNote, children }: Props) {
  const [over, setOver] = useState(false);
  useI18n(); // draws again in another language
  const title = columnTitle(column);
  const prompt = columnPrompt(column);
  return (
    <section
      className={`reflection-column reflection-${column}${over ? ' reflection-drop' : ''}`}
      aria-labelledby={`reflection-${column}-title`}
      onDragOver={(e) => {
        if (!canEdit || !e.dataTransfer.types.includes(noteDragType)) return;
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        setOver(false);
        const id = e.dataTransfer.getData(noteDragType);
        if (canEdit && id) {
          e.preventDefault();
          onDropNote(id);
        }
      }}
    >
      <h2 id={`reflection-${column}-title`} className="reflection-title">
        <span className="reflection-mark" aria-hidden="true" />
        {title} <span className="reflection-count">({i18n.number(count)})</span>
      </h2>
      <p className="reflection-prompt">{prompt}</p>
      {children}
    </section>
  );
}
