import type { BoardViewport } from '../../domain/facilitation/index.js';

/**
 * Where this tab's map is looking, and where it has been asked to look: the meeting point of
 * the map editor (which knows its view) and following (which knows where the facilitator
 * brought everyone). Module state for the tab, as there is one page at a time.
 */
const readers = new Map<string, () => BoardViewport | null>();
const asked = new Map<string, BoardViewport>();
const listeners = new Set<() => void>();

/** The map editor of `boardId` says how to read its view; the returned function withdraws it. */
export function provideBoardViewport(boardId: string, read: () => BoardViewport | null): () => void {
  readers.set(boardId, read);
  return () => {
    if (readers.get(boardId) === read) readers.delete(boardId);
  };
}

/** Where this tab's map of `boardId` is looking now; null when that map is not open. */
export function currentBoardViewport(boardId: string): BoardViewport | null {
  return readers.get(boardId)?.() ?? null;
}

/** Asks the map of `boardId` (open now, or when it opens) to look at `viewport`. */
export function askBoardViewport(boardId: string, viewport: BoardViewport): void {
  asked.set(boardId, viewport);
  for (const listener of listeners) listener();
}

/** The view asked for `boardId`, once: taking it clears it. */
export function takeAskedViewport(boardId: string): BoardViewport | null {
  const viewport = asked.get(boardId) ?? null;
  asked.delete(boardId);
  return viewport;
}

export function onViewportAsked(listener: () => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
