import { describe, expect, it } from 'vitest';
import {
  actorIssues,
  compareIds,
  effectiveAccess,
  effectiveStandard,
  flowIssues,
  mapIssues,
  noteIssues,
  noteTarget,
  readMapFile,
  removeActor,
  removeDataset,
  removeFlow,
  removeNote,
  repairMap,
} from '../../../src/domain/map/index.js';
import type { EcosystemMap, MapIssue } from '../../../src/domain/map/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { fixture } from './fixtures.js';
import { randomMap } from './randomMap.js';

function golden(): EcosystemMap {
  const result = readMapFile(fixture('v1-air-quality.json'));
  if (!result.ok) throw new Error('golden does not load');
  return result.map;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);

describe('removing keeps the invariants', () => {
  it('removeActor takes its flows, the notes pinned to it or to them, and its place on datasets', () => {
    const before = golden();
    const after = removeActor(before, 'vendor');
    expect(ids(after.actors)).not.toContain('vendor');
    expect(ids(after.flows)).toEqual(['f2', 'f3', 'f4', 'f6', 'f8', 'f10', 'f11']);
    // n1 was pinned to f1 (vendor → council).
    expect(ids(after.notes)).toEqual(['n2', 'n3', 'n4', 'n5']);
    const rawFeed = after.datasets.find((d) => d.id === 'raw-feed');
    expect(rawFeed?.steward).toBeUndefined();
    expect(rawFeed?.heldBy).toEqual([]);
    expect(mapIssues(after)).toEqual([]);
    expect(before.actors).toHaveLength(7);
  });

  it('removeDataset leaves its flows without a dataset and takes the notes pinned to it', () => {
    const after = removeDataset(golden(), 'admissions-study');
    expect(after.flows.find((f) => f.id === 'f6')).not.toHaveProperty('dataset');
    expect(ids(after.notes)).not.toContain('n3');
    expect(mapIssues(after)).toEqual([]);
  });

  it('removeFlow takes the notes pinned to it; removeNote takes one note', () => {
    const after = removeFlow(golden(), 'f2');
    expect(ids(after.flows)).not.toContain('f2');
    expect(ids(after.notes)).toEqual(['n1', 'n2', 'n3', 'n4']);
    expect(ids(removeNote(after, 'n4').notes)).toEqual(['n1', 'n2', 'n3']);
  });

  it('a missing id changes nothing', () => {
    const map = golden();
    for (const remove of [removeActor, removeDataset, removeFlow, removeNote]) expect(remove(map, 'nobody')).toBe(map);
  });

  it('a note stays when its target id still names another element', () => {
    const map: EcosystemMap = {
      title: 'shared ids',
      actors: [{ id: 'x', name: 'X', roles: [], tags: [] }],
      datasets: [{ id: 'x', name: 'Dataset X', heldBy: [] }],
      flows: [],
      notes: [{ id: 'n', text: 'about x', target: 'x' }],
    };
    expect(ids(removeActor(map, 'x').notes)).toEqual(['n']);
    expect(noteTarget(removeActor(map, 'x'), { id: 'n', text: '', target: 'x' })?.kind).toBe('dataset');
    expect(ids(removeDataset(removeActor(map, 'x'), 'x').notes)).toEqual([]);
  });

  it('property: random removals from random maps leave no problem (seed 5)', () => {
    const rng = createPrng(5);
    for (let i = 0; i < 100; i++) {
      let map = randomMap(rng, 10);
      for (let step = 0; step < 6; step++) {
        const pick = (items: { id: string }[]) => (items.length ? rng.pick(items).id : 'none');
        const removals = [
          () => removeActor(map, pick(map.actors)),
          () => removeDataset(map, pick(map.datasets)),
          () => removeFlow(map, pick(map.flows)),
          () => removeNote(map, pick(map.notes)),
        ];
        map = rng.pick(removals)();
        expect(mapIssues(map), `map ${i} step ${step}`).toEqual([]);
      }
    }
  });
});

describe('repairMap', () => {
  const broken: EcosystemMap = {
    title: 'left by concurrent edits',
    actors: [
      { id: 'a', name: 'A', roles: [], tags: [] },
      { id: 'b', name: 'B', roles: [], tags: [] },
      { id: 'a', name: 'A again', roles: [], tags: [] },
    ],
    datasets: [{ id: 'd', name: 'D', steward: 'gone', heldBy: ['a', 'gone', 'b'] }],
    flows: [
      { id: 'f1', from: 'a', to: 'gone', kind: 'data' },
      { id: 'f2', from: 'a', to: 'b', kind: 'money', dataset: 'd' },
      { id: 'f3', from: 'b', to: 'a', kind: 'data', dataset: 'removed' },
    ],
    notes: [
      { id: 'n1', text: 'on f1', target: 'f1' },
      { id: 'n2', text: 'on nothing', target: 'nothing' },
      { id: 'n3', text: 'free' },
    ],
  };

  it('drops what cannot stand, clears what points nowhere, and says so', () => {
    const { map, repaired } = repairMap(broken);
    expect(map).toEqual({
      ...broken,
      actors: broken.actors.slice(0, 2),
      datasets: [{ id: 'd', name: 'D', heldBy: ['a', 'b'] }],
      flows: [
        { id: 'f2', from: 'a', to: 'b', kind: 'money' },
        { id: 'f3', from: 'b', to: 'a', kind: 'data' },
      ],
      notes: [{ id: 'n3', text: 'free' }],
    });
    expect(repaired.map((r) => `${r.path}: ${r.message}`)).toEqual([
      'actors.a.id: "a" is already the id of another actor; left out',
      'datasets.d.steward: no actor with id "gone"; cleared',
      'datasets.d.heldBy[1]: no actor with id "gone"; taken out of the list',
      'flows.f1.to: no actor with id "gone"; left out',
      'flows.f2.dataset: only data flows name a dataset; this is a money flow; cleared',
      'flows.f3.dataset: no dataset with id "removed"; cleared',
      'notes.n2.target: no actor, dataset or flow with id "nothing"; left out',
      // Found in a second round: its flow was left out in the first.
      'notes.n1.target: no actor, dataset or flow with id "f1"; left out',
    ]);
    expect(mapIssues(map)).toEqual([]);
  });

  it('is deterministic and returns a valid map unchanged', () => {
    expect(repairMap(broken)).toEqual(repairMap(structuredClone(broken)));
    const valid = golden();
    expect(repairMap(valid)).toEqual({ map: valid, repaired: [] });
    expect(repairMap(valid).map).toBe(valid);
  });
});

describe('effective access and standard', () => {
  it('fall back to the dataset when the flow has none', () => {
    const map = golden();
    const flow = (id: string) => map.flows.find((f) => f.id === id)!;
    expect([effectiveAccess(map, flow('f1')), effectiveStandard(map, flow('f1'))]).toEqual(['shared', 'SensorThings API']);
    expect([effectiveAccess(map, flow('f2')), effectiveStandard(map, flow('f2'))]).toEqual(['open', 'SensorThings API']);
    expect([effectiveAccess(map, flow('f4')), effectiveStandard(map, flow('f4'))]).toEqual(['shared', undefined]);
    expect([effectiveAccess(map, flow('f7')), effectiveStandard(map, flow('f7'))]).toEqual([undefined, undefined]);
  });
});

describe('checks of values built in code', () => {
  it('name each bad field, with the limits', () => {
    // Each issue also carries its problem as data (fileProblems/), checked in problemWords.test.ts.
    const said = (issues: MapIssue[]) => issues.map(({ path, message }) => ({ path, message }));
    expect(said(actorIssues({ id: 'a', name: 'n'.repeat(121), roles: ['boss' as 'user'], tags: [] }))).toEqual([
      { path: 'actor.name', message: 'is longer than 120 characters' },
      {
        path: 'actor.roles[0]',
        message: '"boss" is not one of steward, contributor, reuser, beneficiary, intermediary, user, regulator, funder',
      },
    ]);
    expect(said(noteIssues({ id: 'n', text: 't'.repeat(1001) }))).toEqual([
      { path: 'note.text', message: 'is longer than 1000 characters' },
    ]);
    expect(said(flowIssues({ id: '', from: 'a', to: 'b', kind: 'data' }))).toEqual([
      { path: 'flow.id', message: 'expected an id (non-empty text), found ""' },
    ]);
    expect(actorIssues({ id: 'a', name: 'A', roles: [], tags: [], position: { x: Number.NaN, y: 0 } })).toHaveLength(1);
  });
});

describe('compareIds', () => {
  it('orders digit runs as numbers and everything else by code unit', () => {
    const sorted = ['f10', 'f2', 'f1', 'a', 'f01', 'F3', 'f', 'actor_9', 'actor_10', 'é', '10', '9'].sort(compareIds);
    expect(sorted).toEqual(['9', '10', 'F3', 'a', 'actor_9', 'actor_10', 'f', 'f01', 'f1', 'f2', 'f10', 'é']);
  });

  it('is a total order: antisymmetric and transitive on random ids (seed 3)', () => {
    const rng = createPrng(3);
    const id = () => Array.from({ length: 1 + rng.int(4) }, () => rng.pick(['a', 'b', '0', '1', '9', '10', '007', '-'])).join('');
    const all = Array.from({ length: 200 }, id);
    const sorted = [...all].sort(compareIds);
    for (let i = 1; i < sorted.length; i++) expect(compareIds(sorted[i - 1]!, sorted[i]!)).toBeLessThanOrEqual(0);
    const few = all.slice(0, 30);
    for (const a of few)
      for (const b of few) {
        expect(Math.sign(compareIds(a, b)) + Math.sign(compareIds(b, a))).toBe(0);
        if (compareIds(a, b) === 0) expect(a).toBe(b);
        for (const c of few) if (compareIds(a, b) <= 0 && compareIds(b, c) <= 0) expect(compareIds(a, c)).toBeLessThanOrEqual(0);
      }
  });
});
