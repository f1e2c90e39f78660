import type { RaisedHand } from './liveState.js';

/**
 * Which hands are up. A participant raises a hand in their own awareness state (they cannot
 * write the control document); a facilitator lowers it by noting, in the control document,
 * the `at` of the hand they saw. A hand counts as up only when raised after its last lowering,
 * so lowering needs no clock comparison between two machines: it names the very hand.
 *
 * `lowered` maps participant id → the `at` of the hand last lowered. Several tabs of one
 * person count once, from the earliest raise. Oldest first, ties by id, so every screen agrees.
 */
export function raisedHands(hands: readonly RaisedHand[], lowered: ReadonlyMap<string, number>): RaisedHand[] {
  const earliest = new Map<string, number>();
  for (const { participantId, at } of hands) {
    if (at <= (lowered.get(participantId) ?? -Infinity)) continue;
    const seen = earliest.get(participantId);
    if (seen === undefined || at < seen) earliest.set(participantId, at);
  }
  return [...earliest]
    .map(([participantId, at]) => ({ participantId, at }))
    .sort((a, b) => a.at - b.at || (a.participantId < b.participantId ? -1 : a.participantId > b.participantId ? 1 : 0));
}
