import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addQuickNote, metaOf, readQuickNotes } from '../../../src/doc/index.js';
import {
  addActor,
  addDataset,
  addFlow,
  addMapNote,
  initMapDoc,
  mapLayoutOf,
  mapLayoutVersion,
  moveActors,
  moveMapNotes,
  readMap,
  removeActor,
  removeDataset,
  removeFlow,
  removeMapNote,
  setMapInfo,
  updateActor,
  updateDataset,
  updateFlow,
  updateMapNote,
  writeMapToDoc,
} from '../../../src/doc/map/index.js';
import { readMapFile, sortMapById } from '../../../src/domain/map/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { fixture } from './fixtures.js';

function golden(): EcosystemMap {
  const result = readMapFile(fixture('v1-air-quality.json'));
  if (!result.ok) throw new Error('golden does not load');
  return result.map;
}

function boardWith(map: EcosystemMap): Y.Doc {
  const doc = new Y.Doc();
  writeMapToDoc(doc, map);
  return doc;
}

/** Counts the updates (transactions that changed something) `edit` makes. */
function updatesOf(doc: Y.Doc, edit: () => void): number {
  let count = 0;
  const count1 = () => count++;
  doc.on('update', count1);
  edit();
  doc.off('update', count1);
  return count;
}

const ids = (items: { id: string }[]) => items.map((i) => i.id);
const actor = (id: string, name = id) => ({ id, name, roles: [], tags: [] });

describe('map board: writeMapToDoc and readMap', () => {
  it('a written map reads back equal, sorted by id, its unknown fields kept', () => {
    for (const name of ['v1-air-quality.json', 'v1-unknown-fields.json']) {
      const result = readMapFile(fixture(name));
      if (!result.ok) throw new Error(name);
      expect(readMap(boardWith(result.map))).toEqual({ map: sortMapById(result.map), repaired: [] });
    }
  });

  it('replaces the map in one update and leaves quick notes and board metadata alone', () => {
    const doc = new Y.Doc();
    metaOf(doc).set('kind', 'ecosystem-map');
    addQuickNote(doc, { id: 'q1', text: 'quick', author: 'Ana' });
    addActor(doc, actor('old'));
    expect(updatesOf(doc, () => writeMapToDoc(doc, golden()))).toBe(1);
    expect(ids(readMap(doc).map.actors)).not.toContain('old');
    expect(readQuickNotes(doc)).toEqual([{ id: 'q1', text: 'quick', author: 'Ana' }]);
    expect(metaOf(doc).get('kind')).toBe('ecosystem-map');
    expect(mapLayoutOf(doc)).toBe(mapLayoutVersion);
  });

  it('refuses to write an invalid map', () => {
    const map = golden();
    expect(() =>
      writeMapToDoc(new Y.Doc(), { ...map, flows: [...map.flows, { id: 'f99', from: 'council', to: 'vendr', kind: 'money' }] }),
    ).toThrow(/flows\[11\]\.to: no actor with id "vendr"/);
  });

  it('a fresh board reads as an empty map, and initMapDoc marks its layout', () => {
    const doc = new Y.Doc();
    expect(readMap(doc)).toEqual({ map: { title: '', actors: [], datasets: [], flows: [], notes: [] }, repaired: [] });
    initMapDoc(doc);
    expect(metaOf(doc).get('mapLayout')).toBe(1);
  });
});

describe('map board: actors', () => {
  it('add, update (only the fields given), remove', () => {
    const doc = new Y.Doc();
    addActor(doc, { ...actor('council', 'City Council'), type: 'public', roles: ['steward'] });
    expect(updateActor(doc, 'council', { name: 'Council', type: undefined, tags: ['transport'] })).toBe(true);
    expect(readMap(doc).map.actors).toEqual([{ id: 'council', name: 'Council', roles: ['steward'], tags: ['transport'] }]);
    expect(updateActor(doc, 'nobody', { name: 'x' })).toBe(false);
    expect(removeActor(doc, 'council')).toBe(true);
    expect(removeActor(doc, 'council')).toBe(false);
    expect(readMap(doc).map.actors).toEqual([]);
  });

  it('refuses bad values, naming the field, and a taken id', () => {
    const doc = new Y.Doc();
    expect(() => addActor(doc, actor('a', 'n'.repeat(121)))).toThrow(/actor\.name: is longer than 120 characters/);
    addActor(doc, actor('a'));
    expect(() => addActor(doc, actor('a'))).toThrow(/an actor with id "a" is already on the board/);
    expect(() => updateActor(doc, 'a', { roles: ['boss' as 'user'] })).toThrow(/actor\.roles\[0\]/);
    expect(readMap(doc).map.actors).toEqual([actor('a')]);
  });

  it('removeActor is one update that takes its flows, their notes and its place on datasets', () => {
    const doc = boardWith(golden());
    expect(updatesOf(doc, () => removeActor(doc, 'vendor'))).toBe(1);
    const { map, repaired } = readMap(doc);
    expect(ids(map.flows)).toEqual(['f2', 'f3', 'f4', 'f6', 'f8', 'f10', 'f11']);
    expect(ids(map.notes)).toEqual(['n2', 'n3', 'n4', 'n5']);
    expect(map.datasets.find((d) => d.id === 'raw-feed')).toEqual(expect.objectContaining({ heldBy: [] }));
    expect(map.datasets.find((d) => d.id === 'raw-feed')).not.toHaveProperty('steward');
    expect(repaired).toEqual([]);
  });

  it('moveActors stores drag ends in one update, skips actors gone, refuses non-finite coordinates', () => {
    const doc = boardWith(golden());
    const moves = [
      { id: 'council', x: 10, y: 20 },
      { id: 'lep', x: -5.5, y: 0 },
      { id: 'gone', x: 1, y: 1 },
    ];
    let moved = 0;
    expect(updatesOf(doc, () => (moved = moveActors(doc, moves)))).toBe(1);
    expect(moved).toBe(2);
    expect(readMap(doc).map.actors.find((a) => a.id === 'lep')?.position).toEqual({ x: -5.5, y: 0 });
    expect(updatesOf(doc, () => moveActors(doc, moves.slice(0, 1)))).toBe(0);
    expect(() => moveActors(doc, [{ id: 'council', x: Number.NaN, y: 0 }])).toThrow(/finite/);
  });

  it('peers editing different fields of one actor keep both edits', () => {
    const [a, b] = [new Y.Doc(), new Y.Doc()];
    addActor(a, actor('council', 'Council'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateActor(a, 'council', { name: 'City Council' });
    updateActor(b, 'council', { type: 'public' });
    moveActors(b, [{ id: 'council', x: 1, y: 2 }]);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const expected = { ...actor('council', 'City Council'), type: 'public', position: { x: 1, y: 2 } };
    expect(readMap(a).map.actors).toEqual([expected]);
    expect(readMap(b).map.actors).toEqual([expected]);
  });
});

describe('map board: datasets, flows and notes', () => {
  it('checks references when they are set', () => {
    const doc = boardWith(golden());
    expect(() => addDataset(doc, { id: 'd9', name: 'D', steward: 'nobody', heldBy: [] })).toThrow(
      /dataset\.steward: no actor with id "nobody"/,
    );
    expect(() => updateDataset(doc, 'readings', { heldBy: ['council', 'vendr'] })).toThrow(/dataset\.heldBy\[1\]/);
    expect(() => addFlow(doc, { id: 'f99', from: 'council', to: 'vendr', kind: 'money' })).toThrow(/flow\.to: no actor with id "vendr"/);
    expect(() => addFlow(doc, { id: 'f99', from: 'council', to: 'vendor', kind: 'money', dataset: 'readings' })).toThrow(/only data flows/);
    expect(() => addMapNote(doc, { id: 'n9', text: 'hi', target: 'f99' })).toThrow(/note\.target/);
    expect(() => addMapNote(doc, { id: 'n9', text: 'x'.repeat(1001) })).toThrow(/note\.text: is longer than 1000 characters/);
    expect(readMap(doc).map).toEqual(sortMapById(golden()));
  });

  it('updateFlow: a kind other than data clears the dataset; a dataset on a money flow is refused', () => {
    const doc = boardWith(golden());
    expect(updatesOf(doc, () => updateFlow(doc, 'f1', { kind: 'service' }))).toBe(1);
    expect(readMap(doc).map.flows.find((f) => f.id === 'f1')).not.toHaveProperty('dataset');
    expect(() => updateFlow(doc, 'f7', { dataset: 'readings' })).toThrow(/only data flows name a dataset; this is a money flow/);
    updateFlow(doc, 'f7', { kind: 'data', dataset: 'readings', label: undefined });
    expect(readMap(doc).map.flows.find((f) => f.id === 'f7')).toEqual({
      id: 'f7',
      from: 'council',
      to: 'vendor',
      kind: 'data',
      dataset: 'readings',
    });
  });

  it('removeDataset leaves its flows without it and takes its notes; removeFlow takes its notes', () => {
    const doc = boardWith(golden());
    removeDataset(doc, 'readings');
    let { map } = readMap(doc);
    expect(map.flows.filter((f) => f.dataset === 'readings')).toEqual([]);
    expect(ids(map.flows)).toHaveLength(11);
    removeFlow(doc, 'f2');
    ({ map } = readMap(doc));
    expect(ids(map.notes)).toEqual(['n1', 'n2', 'n3', 'n4']);
  });

  it('notes: add, pin, unpin, move, remove', () => {
    const doc = boardWith(golden());
    addMapNote(doc, { id: 'n9', text: 'Who pays?', kind: 'question', target: 'f7', author: 'Group 3' });
    updateMapNote(doc, 'n9', { target: undefined, kind: 'issue' });
    expect(moveMapNotes(doc, [{ id: 'n9', x: 3, y: 4 }])).toBe(1);
    expect(readMap(doc).map.notes.find((n) => n.id === 'n9')).toEqual({
      id: 'n9',
      text: 'Who pays?',
      kind: 'issue',
      author: 'Group 3',
      position: { x: 3, y: 4 },
    });
    expect(removeMapNote(doc, 'n9')).toBe(true);
    expect(removeMapNote(doc, 'n9')).toBe(false);
  });

  it('setMapInfo sets and clears the map fields, within limits', () => {
    const doc = new Y.Doc();
    setMapInfo(doc, { title: 'Air quality', description: 'who shares what', id: 'map-1' });
    setMapInfo(doc, { description: undefined });
    expect(readMap(doc).map).toMatchObject({ id: 'map-1', title: 'Air quality' });
    expect(readMap(doc).map).not.toHaveProperty('description');
    expect(() => setMapInfo(doc, { title: 't'.repeat(121) })).toThrow(/title: is longer than 120 characters/);
  });
});
