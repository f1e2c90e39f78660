import * as Y from 'yjs';
import { emptyReflection, maxReflectionTextLength, reflectionColumns } from '../../domain/facilitation/index.js';
import type { Reflection, ReflectionColumn, ReflectionNote } from '../../domain/facilitation/index.js';
import { reflectionMap } from './reflectionLayout.js';
import { truncateText } from '../../shared/index.js';

/**
 * Reads a reflection board into plain notes by column, restoring what peers wrote (STYLE 5);
 * never throws. A note with no text or no known column cannot be shown and is skipped;
 * an author that is not a usable id reads as anonymous (when in doubt, name nobody); a bad
 * `createdAt` reads as '' and sorts first; over-long text is cut to the limit.
 */
export function readReflection(doc: Y.Doc): Reflection {
  const out = emptyReflection();
  reflectionMap(doc).forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const note = restoreNote(id, value as Y.Map<unknown>);
    if (note) out[note.column].push(note);
  });
  for (const column of reflectionColumns) out[column].sort(byCreatedThenId);
  return out;
}

function restoreNote(id: string, m: Y.Map<unknown>): ReflectionNote | null {
  const text = m.get('text');
  const column = m.get('column');
  if (typeof text !== 'string' || !reflectionColumns.includes(column as ReflectionColumn)) return null;
  const author = m.get('author');
  const createdAt = m.get('createdAt');
  const note: ReflectionNote = {
    id,
    text: truncateText(text, maxReflectionTextLength, ''),
    column: column as ReflectionColumn,
    createdAt: typeof createdAt === 'string' && createdAt.length <= 40 ? createdAt : '',
  };
  if (typeof author === 'string' && author.length > 0 && author.length <= 64) note.author = author;
  return note;
}

const byCreatedThenId = (a: ReflectionNote, b: ReflectionNote): number =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
