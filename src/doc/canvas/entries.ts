import * as Y from 'yjs';
import { canvasActionsOf, canvasNotesOf } from './layout.js';
import { refuse } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';

/** A note's Y.Map, or undefined when there is none (deleted, or not a map as a peer wrote it). */
export function noteEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = canvasNotesOf(doc).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

export function actionEntry(doc: Y.Doc, id: string): Y.Map<unknown> | undefined {
  const value = canvasActionsOf(doc).get(id);
  return value instanceof Y.Map ? (value as Y.Map<unknown>) : undefined;
}

export function noSuchNote(id: string, path = 'noteId'): CanvasOpResult {
  return refuse(path, `no note with id ${JSON.stringify(id)}: it may just have been deleted`);
}

export function noSuchAction(id: string, path = 'actionId'): CanvasOpResult {
  return refuse(path, `no action with id ${JSON.stringify(id)}: it may just have been deleted`);
}

/** Sets `key` to `value`, or deletes it when `value` is undefined (optional fields are absent, not empty). */
export function setOrDelete(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (value === undefined) map.delete(key);
  else map.set(key, value);
}
