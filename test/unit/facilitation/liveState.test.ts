import { describe, expect, it } from 'vitest';
import { destinationFor, idleLiveState, newTimer, raisedHands } from '../../../src/domain/facilitation/index.js';
import type { ActivityBoard, LiveState } from '../../../src/domain/facilitation/index.js';

/** Two groups, a map and a reflection board each for their activities, and one shared canvas. */
const boards: ActivityBoard[] = [
  { id: 'map-g1', kind: 'ecosystem-map', groupId: 'g1', activityId: 'mapping' },
  { id: 'map-g2', kind: 'ecosystem-map', groupId: 'g2', activityId: 'mapping' },
  { id: 'refl-g1', kind: 'reflection', groupId: 'g1', activityId: 'reflect' },
  { id: 'refl-g2', kind: 'reflection', groupId: 'g2', activityId: 'reflect' },
  { id: 'canvas', kind: 'ethics-canvas', groupId: null, activityId: 'ethics' },
];
const g1 = { role: 'participant' as const, groupId: 'g1' };
const g2 = { role: 'participant' as const, groupId: 'g2' };
const loner = { role: 'participant' as const, groupId: null };
const observer = { role: 'observer' as const, groupId: null };
const facilitator = { role: 'facilitator' as const, groupId: null };

const during = (activityId: string | null, more: Partial<LiveState> = {}): LiveState => ({
  ...idleLiveState,
  activityId,
  timer: activityId ? newTimer(60_000) : null,
  ...more,
});
const where = (state: LiveState, viewer: typeof g1 | typeof loner | typeof observer | typeof facilitator) => {
  const d = destinationFor(state, viewer, boards);
  return d.view === 'board' ? `${d.boardId} (${d.reason})` : `plenary (${d.reason})`;
};

describe('destinationFor', () => {
  it('with no activity running, everyone is in the plenary view', () => {
    expect(where(idleLiveState, g1)).toBe('plenary (plenary)');
  });

  it('during a group activity each group goes to its own board', () => {
    expect(where(during('mapping'), g1)).toBe('map-g1 (activity)');
    expect(where(during('mapping'), g2)).toBe('map-g2 (activity)');
  });

  it('someone with no group has no group board to go to, so goes to the plenary view', () => {
    expect(where(during('mapping'), loner)).toBe('plenary (plenary)');
    expect(where(during('mapping'), facilitator)).toBe('plenary (plenary)');
  });

  it('an activity with one shared board sends everyone to it', () => {
    for (const viewer of [g1, g2, loner, observer, facilitator]) expect(where(during('ethics'), viewer)).toBe('canvas (activity)');
  });

  it('a plenary activity (no boards) and an unknown activity mean the plenary view', () => {
    expect(where(during('welcome'), g1)).toBe('plenary (plenary)');
    expect(where(during('deleted-activity'), g1)).toBe('plenary (plenary)');
  });

  it('a spotlight puts the same board on every screen that may show it', () => {
    const state = during('mapping', { spotlight: { groupId: 'g2', boardId: 'map-g2' } });
    for (const viewer of [g1, g2, loner, observer, facilitator]) expect(where(state, viewer)).toBe('map-g2 (spotlight)');
  });

  it('a spotlit reflection board is shown only to those who may read it', () => {
    const state = during('reflect', { spotlight: { groupId: 'g2', boardId: 'refl-g2' } });
    expect(where(state, g2)).toBe('refl-g2 (spotlight)');
    expect(where(state, facilitator)).toBe('refl-g2 (spotlight)');
    expect(where(state, g1)).toBe('refl-g1 (activity)');
    expect(where(state, observer)).toBe('plenary (plenary)');
  });

  it('"bring everyone here" overrides the activity until it is released; the spotlight overrides both', () => {
    const gathered = during('mapping', { gather: { target: { view: 'plenary' }, seq: 4 } });
    expect(destinationFor(gathered, g1, boards)).toEqual({ view: 'plenary', reason: 'gathered', gatherSeq: 4 });
    const toBoard = during('mapping', { gather: { target: { view: 'board', boardId: 'map-g1' }, seq: 5 } });
    expect(where(toBoard, g2)).toBe('map-g1 (gathered)');
    const spotlit = { ...toBoard, spotlight: { groupId: 'g2', boardId: 'map-g2' } };
    expect(where(spotlit, g1)).toBe('map-g2 (spotlight)');
  });

  it('gathered to a map board, the destination carries where the facilitator is looking (if the gather says)', () => {
    const viewport = { x: 300, y: 200, zoom: 1.25 };
    const withView = during('mapping', { gather: { target: { view: 'board', boardId: 'map-g1' }, seq: 6, viewport } });
    expect(destinationFor(withView, g2, boards)).toEqual({ view: 'board', boardId: 'map-g1', reason: 'gathered', gatherSeq: 6, viewport });
    const without = during('mapping', { gather: { target: { view: 'board', boardId: 'map-g1' }, seq: 6 } });
    expect(destinationFor(without, g2, boards)).not.toHaveProperty('viewport');
    // The spotlight wins, and its board is not the gathered one: no viewport goes with it.
    expect(destinationFor({ ...withView, spotlight: { groupId: 'g2', boardId: 'map-g2' } }, g1, boards)).not.toHaveProperty('viewport');
  });

  it('a repeated call to the same place is a new destination (its seq differs), so clients move again', () => {
    const first = destinationFor(during('mapping', { gather: { target: { view: 'plenary' }, seq: 1 } }), g1, boards);
    const again = destinationFor(during('mapping', { gather: { target: { view: 'plenary' }, seq: 2 } }), g1, boards);
    expect(again).not.toEqual(first);
  });

  it('a board that is gone or unreadable is skipped, never returned', () => {
    expect(where(during('mapping', { spotlight: { groupId: 'g9', boardId: 'gone' } }), g1)).toBe('map-g1 (activity)');
    expect(where(during('mapping', { gather: { target: { view: 'board', boardId: 'refl-g2' }, seq: 1 } }), g1)).toBe('map-g1 (activity)');
  });

  it('the answer depends on the state only, not on the order boards are listed in', () => {
    const twoBoards: ActivityBoard[] = [
      { id: 'map-b', kind: 'ecosystem-map', groupId: 'g1', activityId: 'mapping' },
      { id: 'map-a', kind: 'ecosystem-map', groupId: 'g1', activityId: 'mapping' },
    ];
    const a = destinationFor(during('mapping'), g1, twoBoards);
    const b = destinationFor(during('mapping'), g1, [...twoBoards].reverse());
    expect(a).toEqual(b);
    expect(a).toMatchObject({ boardId: 'map-a' });
  });
});

describe('raisedHands', () => {
  it('lists hands oldest first, one per person (earliest raise), ties by id', () => {
    const hands = [
      { participantId: 'bob', at: 30 },
      { participantId: 'ann', at: 20 },
      { participantId: 'cat', at: 20 },
      { participantId: 'bob', at: 10 },
    ];
    expect(raisedHands(hands, new Map())).toEqual([
      { participantId: 'bob', at: 10 },
      { participantId: 'ann', at: 20 },
      { participantId: 'cat', at: 20 },
    ]);
  });

  it('a lowering hides every raise up to the one it names, not a later one', () => {
    const hands = [
      { participantId: 'ann', at: 20 },
      { participantId: 'bob', at: 50 },
    ];
    expect(raisedHands(hands, new Map([['ann', 20]]))).toEqual([{ participantId: 'bob', at: 50 }]);
    expect(raisedHands(hands, new Map([['bob', 40]]))).toHaveLength(2);
  });
});
