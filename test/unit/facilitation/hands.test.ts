import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  handField,
  handState,
  handsFromAwareness,
  isHandLowered,
  lowerHand,
  readLiveState,
  readRaisedHands,
} from '../../../src/doc/control/index.js';

/** Awareness states as Awareness#getStates returns them: client id → state. */
const states = (...entries: [number, unknown][]) => new Map<number, unknown>(entries);

describe('raised hands (awareness + control document)', () => {
  it('reads hands from awareness, oldest first, skipping states without a well-formed hand', () => {
    const awareness = states(
      [1, { user: { name: 'Bob' }, [handField]: handState('bob', 300) }],
      [2, { [handField]: handState('ann', 100) }],
      [3, { [handField]: null }],
      [4, { [handField]: { participantId: 'eve', at: 'now' } }],
      [5, null],
      [6, 'garbage'],
      [7, { [handField]: { participantId: '', at: 5 } }],
    );
    expect(handsFromAwareness(awareness)).toHaveLength(2);
    expect(readLiveState(new Y.Doc(), awareness).hands).toEqual([
      { participantId: 'ann', at: 100 },
      { participantId: 'bob', at: 300 },
    ]);
  });

  it('a facilitator lowers a hand; every screen hides it and its owner learns to clear it', () => {
    const control = new Y.Doc();
    const annHand = handState('ann', 100);
    const awareness = states([1, { hand: annHand }], [2, { hand: handState('bob', 200) }]);
    expect(isHandLowered(control, annHand)).toBe(false);
    expect(lowerHand(control, 'ann', awareness)).toBe(true);
    expect(readRaisedHands(control, awareness)).toEqual([{ participantId: 'bob', at: 200 }]);
    expect(isHandLowered(control, annHand)).toBe(true);
    // Lowering again, or lowering a hand that is not up, changes nothing.
    expect(lowerHand(control, 'ann', awareness)).toBe(false);
    expect(lowerHand(control, 'cat', awareness)).toBe(false);
  });

  it('raising the hand again after it was lowered shows it again', () => {
    const control = new Y.Doc();
    lowerHand(control, 'ann', states([1, { hand: handState('ann', 100) }]));
    const raisedAgain = states([1, { hand: handState('ann', 500) }]);
    expect(readRaisedHands(control, raisedAgain)).toEqual([{ participantId: 'ann', at: 500 }]);
  });

  it('lowering covers every tab of that person', () => {
    const control = new Y.Doc();
    const twoTabs = states([1, { hand: handState('ann', 100) }], [2, { hand: handState('ann', 150) }]);
    expect(readRaisedHands(control, twoTabs)).toEqual([{ participantId: 'ann', at: 100 }]);
    lowerHand(control, 'ann', twoTabs);
    expect(readRaisedHands(control, twoTabs)).toEqual([]);
  });
});
