import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addActivityMinutes,
  bringEveryoneHere,
  closeVoting,
  controlLayout,
  endActivity,
  initControlDoc,
  openVoting,
  pauseActivityTimer,
  readLiveState,
  readVotingRounds,
  releaseEveryone,
  setSpotlight,
  startActivity,
  startActivityTimer,
} from '../../../src/doc/control/index.js';
import { idleLiveState, remainingMs } from '../../../src/domain/facilitation/index.js';

const minute = 60_000;
const t0 = 1_700_000_000_000;

/** A second replica that has received everything `doc` has. */
function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Applies each doc's changes to the other, as a sync would. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('control document', () => {
  it('a fresh document reads as idle and carries its layout once written', () => {
    const doc = new Y.Doc();
    expect(readLiveState(doc)).toEqual(idleLiveState);
    initControlDoc(doc);
    expect(doc.getMap('meta').toJSON()).toEqual({ layout: controlLayout, kind: 'workshop-control' });
  });

  it('startActivity sets the activity and starts its timer at the planned minutes', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'mapping', minutes: 60 }, t0);
    const state = readLiveState(doc);
    expect(state.activityId).toBe('mapping');
    expect(state.timer).toEqual({ durationMs: 60 * minute, startedAt: t0, elapsedBeforeMs: 0 });
    // A late joiner reading a copy later sees the same remaining time.
    expect(remainingMs(readLiveState(copyOf(doc)).timer!, t0 + 15 * minute)).toBe(45 * minute);
  });

  it('startActivity can leave the timer waiting', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'mapping', minutes: 60 }, t0, { startTimer: false });
    expect(readLiveState(doc).timer).toEqual({ durationMs: 60 * minute, startedAt: null, elapsedBeforeMs: 0 });
  });

  it('timer operations: pause, add minutes, resume', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'ethics', minutes: 30 }, t0);
    expect(pauseActivityTimer(doc, t0 + 10 * minute)).toBe(true);
    expect(addActivityMinutes(doc, 5)).toBe(true);
    expect(startActivityTimer(doc, t0 + 20 * minute)).toBe(true);
    const timer = readLiveState(doc).timer!;
    expect(timer).toEqual({ durationMs: 35 * minute, startedAt: t0 + 20 * minute, elapsedBeforeMs: 10 * minute });
    expect(remainingMs(timer, t0 + 21 * minute)).toBe(24 * minute);
  });

  it('timer operations with no activity running do nothing', () => {
    const doc = new Y.Doc();
    expect(startActivityTimer(doc, t0)).toBe(false);
    expect(addActivityMinutes(doc, 5)).toBe(false);
    expect(readLiveState(doc)).toEqual(idleLiveState);
  });

  it('a pause and an "add minutes" by two facilitators at once both survive', () => {
    const a = new Y.Doc();
    startActivity(a, { id: 'mapping', minutes: 60 }, t0);
    const b = copyOf(a);
    pauseActivityTimer(a, t0 + 10 * minute);
    addActivityMinutes(b, 10);
    sync(a, b);
    const expected = { durationMs: 70 * minute, startedAt: null, elapsedBeforeMs: 10 * minute };
    expect(readLiveState(a).timer).toEqual(expected);
    expect(readLiveState(b).timer).toEqual(expected);
  });

  it('starting the next activity drops a concurrent change to the previous one’s timer', () => {
    const a = new Y.Doc();
    startActivity(a, { id: 'mapping', minutes: 60 }, t0);
    const b = copyOf(a);
    startActivity(a, { id: 'ethics', minutes: 30 }, t0 + minute);
    addActivityMinutes(b, 10);
    sync(a, b);
    for (const doc of [a, b]) {
      expect(readLiveState(doc).activityId).toBe('ethics');
      expect(readLiveState(doc).timer?.durationMs).toBe(30 * minute);
    }
  });

  it('starting or ending an activity ends the spotlight and the gather', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'mapping', minutes: 60 }, t0);
    setSpotlight(doc, { groupId: 'g1', boardId: 'b1' });
    bringEveryoneHere(doc, { view: 'plenary' });
    startActivity(doc, { id: 'ethics', minutes: 30 }, t0);
    expect(readLiveState(doc)).toMatchObject({ spotlight: null, gather: null });
    setSpotlight(doc, { groupId: 'g1', boardId: 'b1' });
    endActivity(doc);
    expect(readLiveState(doc)).toMatchObject({ activityId: null, timer: null, spotlight: null });
  });

  it('spotlight sets and clears', () => {
    const doc = new Y.Doc();
    setSpotlight(doc, { groupId: 'g2', boardId: 'map-g2' });
    expect(readLiveState(doc).spotlight).toEqual({ groupId: 'g2', boardId: 'map-g2' });
    setSpotlight(doc, null);
    expect(readLiveState(doc).spotlight).toBeNull();
    expect(() => setSpotlight(doc, { groupId: '', boardId: 'x' })).toThrow(/groupId/);
  });

  it('"bring everyone here" counts up on every call, even after a release or a new activity', () => {
    const doc = new Y.Doc();
    expect(bringEveryoneHere(doc, { view: 'plenary' }).seq).toBe(1);
    expect(bringEveryoneHere(doc, { view: 'plenary' }).seq).toBe(2);
    releaseEveryone(doc);
    expect(readLiveState(doc).gather).toBeNull();
    startActivity(doc, { id: 'mapping', minutes: 5 }, t0);
    expect(bringEveryoneHere(doc, { view: 'board', boardId: 'map-g1' })).toEqual({ target: { view: 'board', boardId: 'map-g1' }, seq: 3 });
    expect(readLiveState(doc).gather).toEqual({ target: { view: 'board', boardId: 'map-g1' }, seq: 3 });
  });

  it('"bring everyone here" to a map carries where the facilitator is looking; old gathers without it still read', () => {
    const doc = new Y.Doc();
    const viewport = { x: 840, y: -120.5, zoom: 1.5 };
    expect(bringEveryoneHere(doc, { view: 'board', boardId: 'map-g1' }, viewport)).toEqual({
      target: { view: 'board', boardId: 'map-g1' },
      seq: 1,
      viewport,
    });
    expect(readLiveState(doc).gather?.viewport).toEqual(viewport);
    // The plenary view has no place on a board to go to.
    expect(bringEveryoneHere(doc, { view: 'plenary' }, viewport)).toEqual({ target: { view: 'plenary' }, seq: 2 });
    expect(() => bringEveryoneHere(doc, { view: 'board', boardId: 'map-g1' }, { x: 0, y: 0, zoom: 0 })).toThrow(/zoom/);
    // A document written before the viewport existed: the gather reads as it was.
    doc.getMap('live').set('gather', { target: { view: 'board', boardId: 'map-g2' }, seq: 3 });
    expect(readLiveState(doc).gather).toEqual({ target: { view: 'board', boardId: 'map-g2' }, seq: 3 });
  });

  it('voting: open makes a round current, opening another closes the first, close ends it', () => {
    const doc = new Y.Doc();
    openVoting(doc, { id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'end' });
    expect(readLiveState(doc).voting).toEqual({ id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'end', status: 'open' });
    openVoting(doc, { id: 'r2', boardId: 'b2', votesPerPerson: 2, reveal: 'live' });
    expect(readLiveState(doc).voting?.id).toBe('r2');
    expect(readVotingRounds(doc).map((r) => `${r.id}:${r.status}`)).toEqual(['r1:closed', 'r2:open']);
    expect(closeVoting(doc, 'r2')).toBe(true);
    expect(closeVoting(doc, 'r2')).toBe(false);
    // The closed round stays current, so its results stay on screen.
    expect(readLiveState(doc).voting).toMatchObject({ id: 'r2', status: 'closed' });
  });

  it('voting: refuses a reused round id and a bad budget', () => {
    const doc = new Y.Doc();
    openVoting(doc, { id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'end' });
    expect(() => openVoting(doc, { id: 'r1', boardId: 'b1', votesPerPerson: 3, reveal: 'end' })).toThrow(/exists already/);
    expect(() => openVoting(doc, { id: 'r9', boardId: 'b1', votesPerPerson: 0, reveal: 'end' })).toThrow(/votesPerPerson/);
  });

  it('never throws on malformed peer data: bad parts read as absent', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'mapping', minutes: 60 }, t0);
    const live = doc.getMap('live');
    // A Yjs type can sit in one place only, so each write gets a fresh one.
    const garbage: (() => unknown)[] = [
      () => null,
      () => 42,
      () => 'x',
      () => [1, 2],
      () => ({ groupId: 5 }),
      () => new Y.Text('hi'),
      () => new Y.Array(),
      () => new Y.Map(),
      () => -1,
      () => ({ target: { view: 'moon' }, seq: 1 }),
    ];
    for (const value of garbage) {
      doc.transact(() => {
        for (const key of ['spotlight', 'gather', 'votingRoundId', 'gatherSeq']) live.set(key, value());
        doc.getMap('votingRounds').set('r1', value());
        doc.getMap('handsLowered').set('ann', value());
      });
      const state = readLiveState(doc);
      expect(state).toMatchObject({ activityId: 'mapping', spotlight: null, gather: null, voting: null });
      // A setter still works on top of the garbage.
      expect(bringEveryoneHere(doc, { view: 'plenary' }).seq).toBeGreaterThan(0);
    }
    for (const value of garbage) {
      live.set('activity', value());
      expect(readLiveState(doc)).toMatchObject({ activityId: null, timer: null });
    }
  });

  it('a malformed timer reads as null, and a timer operation replaces it with a sound one', () => {
    const doc = new Y.Doc();
    startActivity(doc, { id: 'mapping', minutes: 60 }, t0);
    const run = doc.getMap('live').get('activity') as Y.Map<unknown>;
    run.set('durationMs', 'sixty');
    expect(readLiveState(doc)).toMatchObject({ activityId: 'mapping', timer: null });
    addActivityMinutes(doc, 5);
    expect(readLiveState(doc).timer).toEqual({ durationMs: 5 * minute, startedAt: null, elapsedBeforeMs: 0 });
  });

  it('a round stored under another key than its id is not trusted', () => {
    const doc = new Y.Doc();
    doc.getMap('votingRounds').set('r1', { id: 'r2', boardId: 'b', votesPerPerson: 1, reveal: 'live', status: 'open' });
    doc.getMap('live').set('votingRoundId', 'r1');
    expect(readLiveState(doc).voting).toBeNull();
  });
});
