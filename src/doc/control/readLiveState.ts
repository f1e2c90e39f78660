import type * as Y from 'yjs';
import type { LiveState } from '../../domain/facilitation/index.js';
import { readActivity, readStartedActivities } from './activityControl.js';
import { readRaisedHands } from './hands.js';
import { readGather, readSpotlight } from './viewControl.js';
import { readCurrentVoting } from './votingControl.js';

/**
 * The live state of a workshop from its control document, restored before it is trusted
 * (STYLE 5): any part a peer wrote in a shape this version does not know reads as absent
 * (null), never as an exception, so a bad write cannot take every screen down. `awareness`
 * is the control document's awareness states (Awareness#getStates), where hands are; without
 * it the state has no hands.
 */
export function readLiveState(doc: Y.Doc, awareness: ReadonlyMap<number, unknown> = new Map()): LiveState {
  const activity = readActivity(doc);
  return {
    activityId: activity?.activityId ?? null,
    timer: activity?.timer ?? null,
    spotlight: readSpotlight(doc),
    gather: readGather(doc),
    voting: readCurrentVoting(doc),
    hands: readRaisedHands(doc, awareness),
    startedActivities: readStartedActivities(doc),
  };
}
