import type * as Y from 'yjs';
import { privateRoundsMap, writeControl } from './controlLayout.js';

/** What every screen knows of an open private round: which board, since when. Never a note or a count. */
export interface PrivateRoundMark {
  boardId: string;
  openedAt: string;
}

/**
 * Private rounds as the control document shows them (SPEC R): `privateRounds` maps a board id to
 * `{ boardId, openedAt }` while a round is open on it. The server writes it when a facilitator
 * opens or reveals a round (src/server/services/privateRounds.ts); the round itself and the notes
 * held back are in the store, never here, so no client receives what it may not see. Pages read
 * it to send their notes aside and show the banner.
 */
export function readPrivateRounds(doc: Y.Doc): PrivateRoundMark[] {
  const out: PrivateRoundMark[] = [];
  privateRoundsMap(doc).forEach((value, key) => {
    const v = value as Partial<PrivateRoundMark> | null;
    if (v && typeof v === 'object' && v.boardId === key && typeof v.openedAt === 'string') out.push({ boardId: key, openedAt: v.openedAt });
  });
  return out.sort((a, b) => (a.boardId < b.boardId ? -1 : a.boardId > b.boardId ? 1 : 0));
}

export function isPrivateRoundOpen(doc: Y.Doc, boardId: string): boolean {
  return readPrivateRounds(doc).some((r) => r.boardId === boardId);
}

export function markPrivateRoundOpen(doc: Y.Doc, mark: PrivateRoundMark): void {
  writeControl(doc, () => privateRoundsMap(doc).set(mark.boardId, { boardId: mark.boardId, openedAt: mark.openedAt }));
}

export function markPrivateRoundEnded(doc: Y.Doc, boardId: string): void {
  writeControl(doc, () => privateRoundsMap(doc).delete(boardId));
}
