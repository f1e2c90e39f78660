import type * as Y from 'yjs';
import { restoreChecked, valueOrNull } from '../../domain/index.js';
import { checkBoardViewport, checkGather, checkSpotlight, checkViewTarget } from '../../domain/facilitation/index.js';
import type { BoardViewport, Gather, Spotlight, ViewTarget } from '../../domain/facilitation/index.js';
import { liveMap, writeControl } from './controlLayout.js';

/** Spotlight and "bring everyone here" (layout in controlLayout.ts; meaning in domain liveState.ts). */

/** Puts one group's board on every screen; null ends the spotlight. */
export function setSpotlight(doc: Y.Doc, spotlight: Spotlight | null): void {
  const value = spotlight === null ? null : restoreChecked(checkSpotlight(spotlight));
  writeControl(doc, () => liveMap(doc).set('spotlight', value));
}

export function readSpotlight(doc: Y.Doc): Spotlight | null {
  return valueOrNull(checkSpotlight(liveMap(doc).get('spotlight')));
}

export function readGather(doc: Y.Doc): Gather | null {
  return valueOrNull(checkGather(liveMap(doc).get('gather')));
}

/** The last seq handed out: the larger of `gatherSeq` and the current gather's, 0 if none. */
function lastGatherSeq(doc: Y.Doc): number {
  const stored = liveMap(doc).get('gatherSeq');
  const fromCounter = typeof stored === 'number' && Number.isSafeInteger(stored) && stored >= 0 ? stored : 0;
  return Math.max(fromCounter, readGather(doc)?.seq ?? 0);
}

/**
 * Brings everyone to `target` (the facilitator's own view). Each call gets the next seq, so
 * calling twice for the same place moves again anyone who left it. Two facilitators calling
 * at the same moment may hand out the same seq; one target wins, and both calls are noticed
 * as one — which is what everyone would see anyway. `viewport`: where the facilitator is
 * looking on that board (a map), which followers' maps go to; kept only for a board target.
 */
export function bringEveryoneHere(doc: Y.Doc, target: ViewTarget, viewport?: BoardViewport): Gather {
  const checked = restoreChecked(checkViewTarget(target));
  const view = viewport && checked.view === 'board' ? restoreChecked(checkBoardViewport(viewport)) : undefined;
  return writeControl(doc, () => {
    const gather: Gather = { target: checked, seq: lastGatherSeq(doc) + 1, ...(view && { viewport: view }) };
    const live = liveMap(doc);
    live.set('gather', gather);
    live.set('gatherSeq', gather.seq);
    return gather;
  });
}

/** Lets everyone go back to their activity's board (the gather ends; its seq is kept). */
export function releaseEveryone(doc: Y.Doc): void {
  writeControl(doc, () => liveMap(doc).set('gather', null));
}
