import { describe, expect, it } from 'vitest';
import { mapIssues, readMapFile, writeMapFile } from '../../../src/domain/map/index.js';
import type { EcosystemMap } from '../../../src/domain/map/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { fixture } from './fixtures.js';
import { randomMap } from './randomMap.js';

function read(text: string): EcosystemMap {
  const result = readMapFile(text);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.map;
}

describe('writeMapFile → readMapFile', () => {
  it('keeps unknown fields, at the top level and in every element', () => {
    const map = read(fixture('v1-unknown-fields.json'));
    expect(map.extra).toEqual({ workshop: { name: 'Open cities day', date: '2024-05-01' }, exportedBy: 'kumu-converter 0.3' });
    expect(map.actors[0]?.extra).toEqual({ colour: '#1f77b4', contacts: [{ name: 'Data team', email: 'data@example.org' }] });
    expect(map.actors[1]?.extra).toEqual({ kumu: { layer: 'suppliers' } });
    // Datasets have no position in version 1: it is kept as an unknown field.
    expect(map.datasets[0]?.extra).toEqual({ updated: '2024-05-01', position: { x: 5, y: 6 } });
    expect(map.flows[0]?.extra).toEqual({ weight: 3 });
    expect(map.notes[0]?.extra).toEqual({ votes: 4, createdAt: '2024-05-01T10:00:00Z' });
    const text = writeMapFile(map);
    expect(read(text)).toEqual(map);
    expect(JSON.parse(text)).toMatchObject({ workshop: { name: 'Open cities day' }, actors: [{ colour: '#1f77b4' }, { kumu: {} }] });
  });

  it('writes known fields in the format order, unknown ones after them, sorted, 2-space indented', () => {
    const map = read(fixture('v1-unknown-fields.json'));
    const text = writeMapFile(map);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'format',
      'version',
      'title',
      'actors',
      'datasets',
      'flows',
      'notes',
      'exportedBy',
      'workshop',
    ]);
    expect(Object.keys((JSON.parse(text) as { actors: object[] }).actors[0] ?? {})).toEqual([
      'id',
      'name',
      'type',
      'roles',
      'tags',
      'colour',
      'contacts',
    ]);
    expect(text.startsWith('{\n  "format": "opencities/ecosystem-map",\n  "version": 1,\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    // Equal maps give equal text, whatever order their unknown fields were collected in.
    const reordered = { ...map, extra: { exportedBy: map.extra?.['exportedBy'], workshop: map.extra?.['workshop'] } };
    expect(writeMapFile(reordered)).toBe(text);
  });

  it('keeps a field named __proto__ as a plain field', () => {
    const text =
      '{"format":"opencities/ecosystem-map","version":1,"title":"t","actors":[{"id":"a","name":"A","__proto__":{"polluted":true}}],"flows":[]}';
    const map = read(text);
    expect(Object.hasOwn(map.actors[0]?.extra ?? {}, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    const written = JSON.parse(writeMapFile(map)) as { actors: Record<string, unknown>[] };
    expect(Object.getOwnPropertyDescriptor(written.actors[0], '__proto__')?.value).toEqual({ polluted: true });
    expect(read(writeMapFile(map))).toEqual(map);
  });

  it('property: for random valid maps, read(write(map)) equals map (200 maps, seed 11)', () => {
    const rng = createPrng(11);
    for (let i = 0; i < 200; i++) {
      const map = randomMap(rng, 1 + (i % 12));
      expect(mapIssues(map), `map ${i} is valid`).toEqual([]);
      const text = writeMapFile(map);
      expect(read(text), `map ${i}`).toEqual(map);
      expect(writeMapFile(read(text)), `map ${i} text`).toBe(text);
    }
  });
});
