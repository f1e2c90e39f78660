import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaOf } from '../../../src/doc/index.js';
import {
  actorsOf,
  addActor,
  addDataset,
  addFlow,
  addMapNote,
  datasetsOf,
  flowsOf,
  mapInfoOf,
  mapNotesOf,
  NewerMapLayoutError,
  readMap,
  removeActor,
  removeDataset,
  setMapInfo,
  updateActor,
  updateFlow,
  writeMapToDoc,
} from '../../../src/doc/map/index.js';
import { mapIssues, readMapFile, writeMapFile } from '../../../src/domain/map/index.js';

const actor = (id: string) => ({ id, name: id.toUpperCase(), roles: [], tags: [] });

/** Two replicas that exchange everything they have. */
function sync(...docs: Y.Doc[]): void {
  for (const from of docs) for (const to of docs) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
}

function twoPeers(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  for (const id of ['council', 'vendor', 'university']) addActor(a, actor(id));
  addDataset(a, { id: 'readings', name: 'Readings', steward: 'vendor', heldBy: ['vendor', 'council'] });
  sync(a, b);
  return [a, b];
}

describe('readMap repairs what concurrent peers leave, the same on every replica', () => {
  it('a flow added to an actor removed concurrently is left out, with its notes', () => {
    const [a, b] = twoPeers();
    removeActor(a, 'vendor');
    addFlow(b, { id: 'f1', from: 'vendor', to: 'council', kind: 'data', dataset: 'readings' });
    addMapNote(b, { id: 'n1', text: 'on f1', target: 'f1' });
    updateActor(b, 'vendor', { name: 'Renamed meanwhile' });
    sync(a, b);
    const [ra, rb] = [readMap(a), readMap(b)];
    expect(ra).toEqual(rb);
    expect(ra.map.flows).toEqual([]);
    expect(ra.map.notes).toEqual([]);
    expect(ra.map.actors.map((x) => x.id)).toEqual(['council', 'university']);
    expect(ra.map.datasets).toEqual([{ id: 'readings', name: 'Readings', heldBy: ['council'] }]);
    expect(ra.repaired.map((r) => r.path)).toEqual(['flows.f1.from', 'notes.n1.target']);
    // The leftovers stay in the document, unseen; restoring the actor brings them back.
    expect(flowsOf(a).has('f1')).toBe(true);
  });

  it('a dataset removed while a peer points a flow or sets a steward at it is cleared', () => {
    const [a, b] = twoPeers();
    addFlow(a, { id: 'f1', from: 'vendor', to: 'council', kind: 'data' });
    sync(a, b);
    removeDataset(a, 'readings');
    updateFlow(b, 'f1', { dataset: 'readings' });
    addMapNote(b, { id: 'n1', text: 'about readings', target: 'readings' });
    sync(a, b);
    expect(readMap(a)).toEqual(readMap(b));
    expect(readMap(a).map.flows).toEqual([{ id: 'f1', from: 'vendor', to: 'council', kind: 'data' }]);
    expect(readMap(a).map.notes).toEqual([]);
  });

  it('a flow made a money flow while a peer sets its dataset keeps no dataset', () => {
    const [a, b] = twoPeers();
    addFlow(a, { id: 'f1', from: 'vendor', to: 'council', kind: 'data' });
    sync(a, b);
    updateFlow(a, 'f1', { kind: 'money' });
    updateFlow(b, 'f1', { dataset: 'readings' });
    sync(a, b);
    expect(readMap(a).map.flows).toEqual([{ id: 'f1', from: 'vendor', to: 'council', kind: 'money' }]);
    expect(readMap(a).repaired.map((r) => r.path)).toEqual(['flows.f1.dataset']);
  });
});

describe('readMap restores what a bad or newer peer wrote, and never throws', () => {
  it('drops, defaults or cuts values of the wrong type, and keeps unknown fields', () => {
    const doc = new Y.Doc();
    addActor(doc, actor('a'));
    addActor(doc, actor('b'));
    doc.transact(() => {
      const a = actorsOf(doc).get('a') as Y.Map<unknown>;
      a.set('name', 42);
      a.set('roles', 'steward');
      a.set('type', 'government');
      a.set('tags', ['ok', 7, 'ok']);
      a.set('position', { x: 'left' });
      a.set('id', 'not-the-key');
      a.set('colour', 'red');
      a.set('size', 10n);
      const nested = new Y.Map<unknown>();
      a.set('nested', nested);
      nested.set('k', 1);
      actorsOf(doc).set('junk', 'not a map');
      actorsOf(doc).set('', new Y.Map());
      flowsOf(doc).set('f1', new Y.Map([['from', 'a']]));
      flowsOf(doc).set(
        'f2',
        new Y.Map<unknown>([
          ['from', 'a'],
          ['to', 'b'],
          ['kind', 'data'],
          ['label', 'l'.repeat(300)],
        ]),
      );
      datasetsOf(doc).set('d1', new Y.Map<unknown>([['heldBy', 'a']]));
      mapNotesOf(doc).set(
        'n1',
        new Y.Map<unknown>([
          ['text', '🚲'.repeat(1200)],
          ['target', 'a'],
        ]),
      );
      mapInfoOf(doc).set('title', ['not', 'text']);
      mapInfoOf(doc).set('format', 'spoof');
      mapInfoOf(doc).set('workshop', 'Open cities day');
    });
    let result: ReturnType<typeof readMap> | undefined;
    expect(() => (result = readMap(doc))).not.toThrow();
    const { map, repaired } = result!;
    expect(map.actors).toEqual([
      { id: 'a', name: '', roles: [], tags: ['ok'], extra: { colour: 'red', nested: { k: 1 } } },
      { id: 'b', name: 'B', roles: [], tags: [] },
    ]);
    expect(map.flows).toEqual([{ id: 'f2', from: 'a', to: 'b', kind: 'data', label: 'l'.repeat(200) }]);
    expect(map.datasets).toEqual([{ id: 'd1', name: '', heldBy: [] }]);
    expect(map.notes).toEqual([{ id: 'n1', text: '🚲'.repeat(1000), target: 'a' }]);
    expect(map.title).toBe('');
    expect(map.extra).toEqual({ workshop: 'Open cities day' });
    expect(repaired.length).toBeGreaterThan(10);
    // Whatever it read, it is a valid map whose file loads back equal.
    expect(mapIssues(map)).toEqual([]);
    expect(readMapFile(writeMapFile(map))).toEqual({ ok: true, map });
  });

  it('reads a board of a newer layout, but refuses to write to it', () => {
    const doc = new Y.Doc();
    writeMapToDoc(doc, { title: 'Map', actors: [actor('a')], datasets: [], flows: [], notes: [] });
    metaOf(doc).set('mapLayout', 2);
    expect(readMap(doc).map.actors).toEqual([actor('a')]);
    expect(() => addActor(doc, actor('b'))).toThrow(NewerMapLayoutError);
    expect(() => setMapInfo(doc, { title: 'x' })).toThrow(/newer version of Open Cities Studio \(map layout 2\)/);
    expect(() => removeActor(doc, 'a')).toThrow(NewerMapLayoutError);
  });
});
