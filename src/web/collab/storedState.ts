import * as Y from 'yjs';
import { getBytes } from '../api.js';

/** How long a board's first connection waits for the stored state before it syncs without it. */
const storedStateWaitMs = 2000;

/**
 * Fetches board `boardId`'s stored state (GET /api/boards/:id/state, docs/api.md) and applies
 * it to `doc` with `origin()` (the provider: what it applies is not sent back as an edit), so
 * the board is drawn while its live connection opens, and the first sync then carries only
 * what the store did not have yet. Settles with true once applied (or when nothing is
 * stored: 204), with false on any failure (the live sync brings the whole board then, and
 * says why it is refused if it is) or after `storedStateWaitMs`; never rejects. Nothing is
 * applied once `signal` is aborted.
 */
export function applyStoredState(doc: Y.Doc, boardId: string, origin: () => unknown, signal: AbortSignal): Promise<boolean> {
  const applied = getBytes(`/api/boards/${encodeURIComponent(boardId)}/state`, signal)
    .then((update) => {
      if (signal.aborted) return false;
      if (update) Y.applyUpdate(doc, update, origin());
      return true;
    })
    .catch(() => false);
  let waited: number | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    waited = window.setTimeout(() => resolve(false), storedStateWaitMs);
  });
  return Promise.race([applied, timeout]).finally(() => window.clearTimeout(waited));
}
