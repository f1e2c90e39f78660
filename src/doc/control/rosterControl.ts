import type * as Y from 'yjs';
import { liveMap, writeControl } from './controlLayout.js';

/**
 * "Groups or projects changed": a counter in `live.rosterSeq` that facilitators' screens move
 * on after changing who is in which group or which project a group works on (the change
 * itself is made over HTTP and stored with the workshop). Every screen watches it and fetches
 * the workshop again, so a participant moved to another group sees it at once, without
 * reloading. Two facilitators counting at the same moment may both write the same number; it
 * is still a change from what each screen saw, which is all that matters.
 */
export function readRosterSeq(doc: Y.Doc): number {
  const value = liveMap(doc).get('rosterSeq');
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? value : 0;
}

export function markRosterChanged(doc: Y.Doc): number {
  return writeControl(doc, () => {
    const next = readRosterSeq(doc) + 1;
    liveMap(doc).set('rosterSeq', next);
    return next;
  });
}
