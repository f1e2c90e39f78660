import type * as Y from 'yjs';
import { checkRaisedHand, raisedHands } from '../../domain/facilitation/index.js';
import type { RaisedHand } from '../../domain/facilitation/index.js';
import { handsLoweredMap, writeControl } from './controlLayout.js';

/**
 * Raised hands live in awareness, not in the control document. Participants connect to the
 * control document read-only (only facilitators write it), but a read-only connection still
 * shares its awareness state; and a hand is momentary, like a cursor: it should vanish when
 * its owner's tab closes, not be stored for ever.
 *
 * - To raise a hand, a participant's client sets its awareness field `hand` (handField) to
 *   `{ participantId, at }` (at: server-clock ms, see domain serverClock.ts); to lower their
 *   own hand, it sets the field to null.
 * - A facilitator lowers someone's hand by writing, in the control document's `handsLowered`,
 *   the `at` of that person's latest raise. The owner's client sees `isHandLowered` and clears
 *   its field; every screen already hides the hand meanwhile (domain hands.ts).
 *
 * The participant id in an awareness state is the sender's own claim; the server may check
 * it against the connection's token (Hocuspocus's beforeHandleAwareness hook).
 */
export const handField = 'hand';

/** The value a client puts in its awareness field `hand` to raise its hand. */
export function handState(participantId: string, at: number): RaisedHand {
  return { participantId, at };
}

/**
 * The hands in peers' awareness states (as Awareness#getStates returns them), restored: a
 * state without a well-formed `hand` has none. Not yet filtered by lowering: see readRaisedHands.
 */
export function handsFromAwareness(states: ReadonlyMap<number, unknown>): RaisedHand[] {
  const out: RaisedHand[] = [];
  for (const state of states.values()) {
    if (typeof state !== 'object' || state === null) continue;
    const parsed = checkRaisedHand((state as Record<string, unknown>)[handField]);
    if (parsed.ok) out.push(parsed.value);
  }
  return out;
}

/** participant id → the `at` of the hand last lowered; malformed entries are skipped. */
export function readLoweredHands(doc: Y.Doc): Map<string, number> {
  const lowered = new Map<string, number>();
  handsLoweredMap(doc).forEach((at, participantId) => {
    if (typeof at === 'number' && Number.isFinite(at)) lowered.set(participantId, at);
  });
  return lowered;
}

/** Hands up now, oldest first, one per person. */
export function readRaisedHands(doc: Y.Doc, states: ReadonlyMap<number, unknown>): RaisedHand[] {
  return raisedHands(handsFromAwareness(states), readLoweredHands(doc));
}

/**
 * A facilitator lowers `participantId`'s hand: every raise they have shown so far, in any of
 * their tabs, counts as lowered. False if their hand was not up.
 */
export function lowerHand(doc: Y.Doc, participantId: string, states: ReadonlyMap<number, unknown>): boolean {
  const ats = handsFromAwareness(states)
    .filter((h) => h.participantId === participantId)
    .map((h) => h.at);
  const previous = readLoweredHands(doc).get(participantId) ?? -Infinity;
  const latest = Math.max(previous, ...ats);
  if (latest === previous) return false;
  writeControl(doc, () => handsLoweredMap(doc).set(participantId, latest));
  return true;
}

/** For the hand's owner: has a facilitator lowered this raise? Then clear the awareness field. */
export function isHandLowered(doc: Y.Doc, hand: RaisedHand): boolean {
  return hand.at <= (readLoweredHands(doc).get(hand.participantId) ?? -Infinity);
}
