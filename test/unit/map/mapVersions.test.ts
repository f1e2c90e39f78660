import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  initMapDoc,
  listMapVersions,
  mapVersion,
  mapVersionsOf,
  maxMapVersions,
  readMap,
  restoreMapVersion,
  saveMapVersion,
  updateActor,
} from '../../../src/doc/map/index.js';
import { mapChanges, mapToJson, readMapFile } from '../../../src/domain/map/index.js';
import { mapUndoManager } from '../../../src/web/map/hooks/mapUndoManager.js';
import { createMapActions } from '../../../src/web/map/mapActions.js';

const at = '2026-12-06T09:30:00.000Z';

/** A map document with this editor's actions and undo manager, as MapEditor makes them. */
function editor(doc = new Y.Doc()) {
  initMapDoc(doc);
  const origin = {};
  const problems: string[] = [];
  const actions = createMapActions(
    doc,
    origin,
    (m) => problems.push(m()),
    () => {},
  );
  const { undoManager } = mapUndoManager(doc, origin);
  return { doc, actions, undoManager, problems };
}

/** Sends each doc's missing updates to the other, as the server relays them. */
function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'peer');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'peer');
}

/** A map with two actors, a flow between them and a dataset on it. */
function built() {
  const e = editor();
  const council = e.actions.addActor('City council', { x: 0, y: 0 })!;
  const lab = e.actions.addActor('Urban lab', { x: 300, y: 0 })!;
  const flow = e.actions.addFlow(council, lab)!;
  const dataset = e.actions.addDatasetToFlow(flow, 'Traffic counts')!;
  return { ...e, council, lab, flow, dataset };
}

const names = (doc: Y.Doc) => readMap(doc).map.actors.map((a) => a.name);

describe('map versions (SPEC H1, H2): saved as the map file, listed, read back', () => {
  it('H1 saves the map as it is now under a label and a time, as map file JSON that reads back with the file checks', () => {
    const { doc } = built();
    expect(saveMapVersion(doc, { id: 'v1', label: '  First draft ', savedAt: at })).toBe(true);
    expect(listMapVersions(doc)).toEqual([{ id: 'v1', label: 'First draft', savedAt: at }]);
    const stored = mapVersionsOf(doc).get(0) as { map: string };
    const file = readMapFile(stored.map);
    expect(file.ok).toBe(true);
    expect(mapVersion(doc, 'v1')).toEqual(readMap(doc).map);
    expect(JSON.parse(stored.map)).toEqual(mapToJson(readMap(doc).map));
  });

  it('H1 refuses an empty label, a bad time or id, naming the field, and writes nothing', () => {
    const { doc } = built();
    expect(() => saveMapVersion(doc, { id: 'v1', label: '   ', savedAt: at })).toThrow(/label: is empty/);
    expect(() => saveMapVersion(doc, { id: 'v1', label: 'x', savedAt: 'yesterday' })).toThrow(/savedAt/);
    expect(() => saveMapVersion(doc, { id: 'has space', label: 'x', savedAt: at })).toThrow(/id:/);
    expect(() => saveMapVersion(doc, { id: 'v1', label: 'x'.repeat(201), savedAt: at })).toThrow(/label: is longer than 200/);
    expect(mapVersionsOf(doc).length).toBe(0);
  });

  it('H2 saves a version of an id once: asking again writes nothing', () => {
    const { doc } = built();
    expect(saveMapVersion(doc, { id: 'end-a1', label: 'End of Mapping', savedAt: at })).toBe(true);
    expect(saveMapVersion(doc, { id: 'end-a1', label: 'End of Mapping', savedAt: at })).toBe(false);
    expect(mapVersionsOf(doc).length).toBe(1);
  });

  it(`H2 keeps at most ${maxMapVersions} versions: one more is refused with VERSION_LIMIT, and extra entries a peer pushed are not read`, () => {
    const { doc } = built();
    for (let i = 0; i < maxMapVersions; i++) saveMapVersion(doc, { id: `v${i}`, label: `v${i}`, savedAt: at });
    expect(() => saveMapVersion(doc, { id: 'one-more', label: 'one more', savedAt: at })).toThrow(
      expect.objectContaining({ code: 'VERSION_LIMIT' }),
    );
    mapVersionsOf(doc).push([{ id: 'pushed', label: 'pushed', savedAt: at, map: (mapVersionsOf(doc).get(0) as { map: string }).map }]);
    expect(listMapVersions(doc)).toHaveLength(maxMapVersions);
    expect(mapVersion(doc, 'pushed')).toBeUndefined();
  });

  it('H2 refuses a map too large to keep as a version, with VERSION_LIMIT', () => {
    const { doc, actions } = editor();
    for (let i = 0; i < 200; i++) actions.addActor(`Actor ${i}`.padEnd(120, 'x'), { x: i, y: 0 });
    for (const a of readMap(doc).map.actors) updateActor(doc, a.id, { description: 'd'.repeat(1000) });
    expect(() => saveMapVersion(doc, { id: 'big', label: 'big', savedAt: at })).toThrow(
      expect.objectContaining({ code: 'VERSION_LIMIT', message: expect.stringMatching(/thousand characters/) }),
    );
  });

  it('H1 a version whose text does not read as a map file reads as no version', () => {
    const { doc } = built();
    mapVersionsOf(doc).push([{ id: 'bad', label: 'bad', savedAt: at, map: '{"format":"something else"}' }]);
    expect(listMapVersions(doc).map((v) => v.id)).toEqual(['bad']);
    expect(mapVersion(doc, 'bad')).toBeUndefined();
    expect(() => restoreMapVersion(doc, 'bad')).toThrow(/no readable version "bad"/);
  });
});

describe('restoring a map version (SPEC H3, H4)', () => {
  it('H3 puts the map back as it was: added elements go, removed ones come back, changed fields return', () => {
    const { doc, actions, council, lab, flow } = built();
    saveMapVersion(doc, { id: 'v1', label: 'v1', savedAt: at });
    const saved = readMap(doc).map;
    actions.addActor('Newcomer', { x: 0, y: 300 });
    actions.updateActor(council, { name: 'Mayor’s office', description: 'Runs the city' });
    actions.remove({ actors: [lab], flows: [], notes: [], datasets: [] });
    expect(readMap(doc).map.flows.map((f) => f.id)).not.toContain(flow);
    expect(mapChanges(readMap(doc).map, saved)).toMatchObject({
      actors: { added: 1, removed: 1, changed: 1 },
      flows: { added: 1, removed: 0, changed: 0 },
    });
    expect(actions.restoreVersion('v1')).toBe(true);
    expect(readMap(doc).map).toEqual(saved);
  });

  it('H3 one Undo takes the whole restore back, one Redo does it again', () => {
    const { doc, actions, undoManager, council } = built();
    saveMapVersion(doc, { id: 'v1', label: 'v1', savedAt: at });
    const saved = readMap(doc).map;
    actions.addActor('Newcomer', { x: 0, y: 300 });
    actions.updateActor(council, { name: 'Mayor’s office' });
    const before = readMap(doc).map;
    actions.restoreVersion('v1');
    expect(readMap(doc).map).toEqual(saved);
    undoManager.undo();
    expect(readMap(doc).map).toEqual(before);
    undoManager.redo();
    expect(readMap(doc).map).toEqual(saved);
    expect(listMapVersions(doc)).toHaveLength(1); // undo never takes a version away
  });

  it('H3 the restore reaches a second editor as one change, and its Undo reaches them too', () => {
    const a = built();
    const b = editor(new Y.Doc());
    sync(a.doc, b.doc);
    saveMapVersion(a.doc, { id: 'v1', label: 'v1', savedAt: at });
    a.actions.addActor('Newcomer', { x: 0, y: 300 });
    sync(a.doc, b.doc);
    expect(names(b.doc)).toContain('Newcomer');
    const updates: Uint8Array[] = [];
    a.doc.on('update', (u: Uint8Array) => updates.push(u));
    a.actions.restoreVersion('v1');
    expect(updates).toHaveLength(1);
    sync(a.doc, b.doc);
    expect(names(b.doc)).not.toContain('Newcomer');
    a.undoManager.undo();
    sync(a.doc, b.doc);
    expect(names(b.doc)).toContain('Newcomer');
  });

  it('H4 an edit a peer makes after the restore is kept, and survives the restorer’s Undo', () => {
    const a = built();
    const b = editor(new Y.Doc());
    sync(a.doc, b.doc);
    saveMapVersion(a.doc, { id: 'v1', label: 'v1', savedAt: at });
    a.actions.updateActor(a.council, { name: 'Renamed' });
    a.actions.restoreVersion('v1');
    sync(a.doc, b.doc);
    b.actions.updateActor(a.lab, { description: 'Edited after the restore' });
    const added = b.actions.addActor('Added after the restore', { x: 0, y: 500 })!;
    sync(a.doc, b.doc);
    expect(readMap(a.doc).map.actors.find((x) => x.id === a.lab)?.description).toBe('Edited after the restore');
    a.undoManager.undo();
    sync(a.doc, b.doc);
    for (const doc of [a.doc, b.doc]) {
      const map = readMap(doc).map;
      expect(map.actors.find((x) => x.id === a.council)?.name).toBe('Renamed');
      expect(map.actors.find((x) => x.id === a.lab)?.description).toBe('Edited after the restore');
      expect(map.actors.some((x) => x.id === added)).toBe(true);
    }
    expect(readMap(a.doc).map).toEqual(readMap(b.doc).map);
  });

  it('H4 an edit made at the same time as the restore, to something the version leaves as it is, survives the merge', () => {
    const a = built();
    const b = editor(new Y.Doc());
    sync(a.doc, b.doc);
    saveMapVersion(a.doc, { id: 'v1', label: 'v1', savedAt: at });
    a.actions.addActor('Newcomer', { x: 0, y: 300 });
    sync(a.doc, b.doc);
    // Neither has the other's change yet.
    a.actions.restoreVersion('v1');
    b.actions.updateActor(a.lab, { description: 'Typed while the map was restored' });
    b.actions.updateFlow(a.flow, { label: 'daily' });
    sync(a.doc, b.doc);
    for (const doc of [a.doc, b.doc]) {
      const map = readMap(doc).map;
      expect(map.actors.map((x) => x.name)).not.toContain('Newcomer');
      expect(map.actors.find((x) => x.id === a.lab)?.description).toBe('Typed while the map was restored');
      expect(map.flows.find((f) => f.id === a.flow)?.label).toBe('daily');
    }
    expect(readMap(a.doc).map).toEqual(readMap(b.doc).map);
  });

  it('H3 restoring a version equal to the map changes nothing', () => {
    const { doc, actions } = built();
    saveMapVersion(doc, { id: 'v1', label: 'v1', savedAt: at });
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    actions.restoreVersion('v1');
    expect(updates).toHaveLength(0);
  });
});
