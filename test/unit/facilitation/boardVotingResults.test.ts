import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, initCanvasDoc } from '../../../src/doc/canvas/index.js';
import { boardVotingResults, castVote, retractVote, votableItems, voteKey, votesMap } from '../../../src/doc/control/index.js';
import { addQuickNote, initBoardDoc } from '../../../src/doc/index.js';
import { addActor, addDataset, addFlow, addMapNote, removeMapNote } from '../../../src/doc/map/index.js';
import { addReflectionNote, initReflectionDoc } from '../../../src/doc/reflection/index.js';
import { mayVote, rankVotes, votableKindText, type VotingRound } from '../../../src/domain/facilitation/index.js';

const round: VotingRound = { id: 'r1', boardId: 'map1', votesPerPerson: 3, reveal: 'live', status: 'open' };
const actor = (id: string, name: string) => ({ id, name, roles: [], tags: [] });

function mapBoard(): Y.Doc {
  const doc = new Y.Doc();
  initBoardDoc(doc, 'ecosystem-map');
  addActor(doc, actor('council', 'City Council'));
  addActor(doc, actor('vendor', 'Sensor vendor'));
  addFlow(doc, { id: 'f1', from: 'vendor', to: 'council', kind: 'data', label: 'Readings' });
  addMapNote(doc, { id: 'n1', text: 'Who owns the sensors?', kind: 'question' });
  addMapNote(doc, { id: 'n2', text: 'No standard', kind: 'issue', target: 'f1' });
  addMapNote(doc, { id: 'n3', text: 'Asks too much', kind: 'issue', target: 'council' });
  addQuickNote(doc, { id: 'q1', text: 'Bring the budget', author: 'Ann' });
  return doc;
}

const ids = (doc: Y.Doc, kind: Parameters<typeof votableItems>[1]) => {
  const set = new Set(votableItems(doc, kind).map((i) => i.id));
  return (id: string) => set.has(id);
};

describe('voting on a board’s own items (one model for every board kind)', () => {
  it('lists a map’s actors, flows, notes (free and pinned, with their kind) and quick notes', () => {
    const items = votableItems(mapBoard(), 'ecosystem-map');
    expect(items.map((i) => [i.id, votableKindText(i), i.label])).toEqual([
      ['council', 'Actor', 'City Council'],
      ['vendor', 'Actor', 'Sensor vendor'],
      ['f1', 'Flow (Data)', 'Readings (Sensor vendor → City Council)'],
      ['n1', 'Map note (Question)', 'Who owns the sensors?'],
      ['n2', 'Map note (Issue on the flow Readings)', 'No standard'],
      ['n3', 'Map note (Issue on City Council)', 'Asks too much'],
      ['q1', 'Note', 'Bring the budget'],
    ]);
  });

  it('names a flow without a label by the dataset it carries, as the map draws it', () => {
    const doc = mapBoard();
    addDataset(doc, { id: 'd1', name: 'Air quality alerts', heldBy: ['council'] });
    addFlow(doc, { id: 'f2', from: 'council', to: 'vendor', kind: 'data', dataset: 'd1' });
    addFlow(doc, { id: 'f3', from: 'council', to: 'vendor', kind: 'money' });
    const label = (id: string) => votableItems(doc, 'ecosystem-map').find((i) => i.id === id)?.label;
    expect(label('f2')).toBe('Air quality alerts (City Council → Sensor vendor)');
    expect(label('f3')).toBe('City Council → Sensor vendor');
  });

  it('lists a canvas’s notes with their section and a reflection’s with their column', () => {
    const canvas = new Y.Doc();
    initCanvasDoc(canvas);
    expect(addNote(canvas, { id: 'c1', section: 'data-sources', text: 'Sensor readings', author: 'Ann' }).ok).toBe(true);
    expect(votableItems(canvas, 'ethics-canvas').map((i) => [i.id, votableKindText(i), i.label])).toEqual([
      ['c1', 'Canvas note (Data sources)', 'Sensor readings'],
    ]);
    const reflection = new Y.Doc();
    initReflectionDoc(reflection);
    addReflectionNote(reflection, { id: 'k1', text: 'Mixed groups', column: 'keep', author: 'ann', createdAt: '2026-12-06T10:00:00Z' });
    expect(votableItems(reflection, 'reflection').map((i) => [i.id, votableKindText(i)])).toEqual([['k1', 'Reflection note (Keep)']]);
  });

  it('tallies dots on every kind of item, most votes first, with label and kind (the results view and the report)', () => {
    const doc = mapBoard();
    const isTarget = ids(doc, 'ecosystem-map');
    for (const t of ['n1', 'council', 'n1']) expect(castVote(doc, round, 'ann', t, isTarget)).toBe(true);
    for (const t of ['f1', 'n1', 'q1']) expect(castVote(doc, round, 'bob', t, isTarget)).toBe(true);
    expect(boardVotingResults(doc, 'ecosystem-map', round).map((r) => [r.label, r.kind, r.votes])).toEqual([
      ['Who owns the sensors?', 'map-note', 3],
      ['Bring the budget', 'quick-note', 1],
      ['City Council', 'actor', 1],
      ['Readings (Sensor vendor → City Council)', 'flow', 1],
    ]);
  });

  it('budget: a voter’s dots beyond the round’s budget are refused when cast and not counted when a peer writes them', () => {
    const doc = mapBoard();
    const small = { ...round, votesPerPerson: 2 };
    expect(castVote(doc, small, 'ann', 'n1')).toBe(true);
    expect(castVote(doc, small, 'ann', 'n1')).toBe(true);
    expect(castVote(doc, small, 'ann', 'council')).toBe(false);
    votesMap(doc).set(voteKey('r1', 'mallory'), ['council', 'council', 'council', 'council']);
    expect(boardVotingResults(doc, 'ecosystem-map', small).map((r) => [r.id, r.votes])).toEqual([
      ['council', 2],
      ['n1', 2],
    ]);
  });

  it('closed round: no dot is placed or taken back, and the board is left as it was', () => {
    const doc = mapBoard();
    castVote(doc, round, 'ann', 'n1');
    const before = Y.encodeStateVector(doc);
    const closed = { ...round, status: 'closed' as const };
    expect(castVote(doc, closed, 'ann', 'council')).toBe(false);
    expect(retractVote(doc, closed, 'ann', 'n1')).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(boardVotingResults(doc, 'ecosystem-map', closed).map((r) => [r.id, r.votes])).toEqual([['n1', 1]]);
  });

  it('per board and per round: dots of another round, on ids that are not this board’s items, or on deleted items do not count', () => {
    const doc = mapBoard();
    castVote(doc, round, 'ann', 'n1');
    castVote(doc, { ...round, id: 'r2' }, 'ann', 'council');
    // A dot on an item of another board (a peer wrote it here) neither counts nor spends budget.
    votesMap(doc).set(voteKey('r1', 'bob'), ['other-boards-note', 'n3']);
    // Equal counts by label: "Asks too much" before "Who owns the sensors?".
    expect(boardVotingResults(doc, 'ecosystem-map', round).map((r) => [r.id, r.votes])).toEqual([
      ['n3', 1],
      ['n1', 1],
    ]);
    removeMapNote(doc, 'n3');
    expect(boardVotingResults(doc, 'ecosystem-map', round).map((r) => [r.id, r.votes])).toEqual([['n1', 1]]);
  });

  it('another group’s board: a dot from someone who may not vote on it is refused and not counted', () => {
    const group = { groupId: 'g1' };
    const people = new Map([
      ['ann', { role: 'participant' as const, groupId: 'g1' }],
      ['zoe', { role: 'participant' as const, groupId: 'g2' }],
      ['obs', { role: 'observer' as const, groupId: null }],
    ]);
    const isVoter = (id: string) => {
      const p = people.get(id);
      return p !== undefined && mayVote(p, group);
    };
    expect(mayVote({ role: 'participant', groupId: 'g2' }, { groupId: null })).toBe(true);
    const doc = mapBoard();
    expect(castVote(doc, round, 'zoe', 'n1', undefined, isVoter)).toBe(false);
    expect(votesMap(doc).size).toBe(0);
    castVote(doc, round, 'ann', 'n1', undefined, isVoter);
    // Peers that write anyway: another group's member, an observer, an id nobody has.
    votesMap(doc).set(voteKey('r1', 'zoe'), ['council']);
    votesMap(doc).set(voteKey('r1', 'obs'), ['council']);
    votesMap(doc).set(voteKey('r1', 'ghost'), ['council']);
    expect(boardVotingResults(doc, 'ecosystem-map', round, isVoter).map((r) => [r.id, r.votes])).toEqual([['n1', 1]]);
  });

  it('ranks equal counts by label, then id, and leaves out items without votes', () => {
    const items = [
      { id: 'b', kind: 'actor' as const, label: 'Beta' },
      { id: 'a', kind: 'actor' as const, label: 'Alpha' },
      { id: 'c', kind: 'actor' as const, label: 'Gamma' },
    ];
    expect(
      rankVotes(items, [
        { targetId: 'b', votes: 2 },
        { targetId: 'a', votes: 2 },
        { targetId: 'c', votes: 0 },
        { targetId: 'gone', votes: 5 },
      ]).map((r) => r.id),
    ).toEqual(['a', 'b']);
  });
});
