import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildAtlas, mergeAtlas, nameKey, type AtlasSource } from '../../../src/domain/atlas/index.js';
import { readMapFile, writeMapFile } from '../../../src/domain/map/index.js';
import { analyzeMap } from '../../../src/domain/analysis/index.js';
import { decision, onBoard, projectMap } from './atlasFixtures.js';

const airQuality = () => {
  const read = readMapFile(readFileSync(new URL('../../fixtures/ecosystem-map/v1-air-quality.json', import.meta.url), 'utf8'));
  if (!read.ok) throw new Error('fixture');
  return read.map;
};
const sourcesOf = (element: { extra?: Record<string, unknown> }) => element.extra?.sources as AtlasSource[];

describe('T2: name keys', () => {
  it.each([
    ['Coventry City Council', 'coventry  city council.'],
    ['AirSense Ltd', 'Airsense Limited'],
    ['Smith & Co', 'Smith and Company'],
    ['Univ. of Warwick', 'University of Warwick'],
    ['The W.M.C.A.', 'WMCA'],
    ["People's Café", 'Peoples Cafe'],
    ['Fire + Rescue', 'fire and rescue'],
  ])('"%s" and "%s" are one name', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Council', 'City Council'],
    ['St Mary Trust', 'Street Mary Trust'],
    ['Coventry University', 'University of Coventry'],
  ])('"%s" and "%s" stay apart', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe('T2–T4: merging the project maps of a city', () => {
  it('the same map on two boards of two workshops: each actor, dataset and flow once, with both sources', () => {
    const map = airQuality();
    const { map: atlas, stale } = mergeAtlas('Coventry', [onBoard('b1', map, 'w1'), onBoard('b2', map, 'w2')], []);
    expect(atlas.actors).toHaveLength(map.actors.length);
    expect(atlas.datasets).toHaveLength(map.datasets.length);
    expect(atlas.flows).toHaveLength(map.flows.length);
    for (const element of [...atlas.actors, ...atlas.datasets, ...atlas.flows]) {
      expect(sourcesOf(element).map((s) => [s.workshop, s.board])).toEqual([
        ['w1', 'b1'],
        ['w2', 'b2'],
      ]);
    }
    const council = atlas.actors.find((a) => a.name === 'City Council')!;
    expect(sourcesOf(council)).toEqual([
      { workshop: 'w1', project: 'p-b1', board: 'b1', element: map.actors.find((a) => a.name === 'City Council')!.id },
      { workshop: 'w2', project: 'p-b2', board: 'b2', element: map.actors.find((a) => a.name === 'City Council')!.id },
    ]);
    expect(stale).toEqual([]);
  });

  it('names that differ by the name rules merge; the name shown is the most common', () => {
    const { map } = mergeAtlas(
      'C',
      [
        onBoard('b1', projectMap(['AirSense Ltd', 'City Council'], [[0, 1]])),
        onBoard('b2', projectMap(['Airsense Limited', 'city council'], [[0, 1]])),
        onBoard('b3', projectMap(['AirSense Ltd'])),
      ],
      [],
    );
    expect(map.actors.map((a) => a.name)).toEqual(['AirSense Ltd', 'City Council']);
    expect(map.flows).toHaveLength(1);
    expect(sourcesOf(map.flows[0]!)).toHaveLength(2);
  });

  it('datasets merge by name too and keep the most exposed sensitivity, de-identification and access', () => {
    const one = projectMap(['Council'], [], {
      datasets: [{ id: 'd1', name: 'Bin levels', heldBy: ['a1'], sensitivity: 'non-personal', access: 'closed' }],
    });
    const two = projectMap(['Contractor'], [], {
      datasets: [
        { id: 'x', name: 'bin  levels', heldBy: ['a1'], sensitivity: 'personal', deidentification: 'pseudonymised', access: 'shared' },
      ],
    });
    const { map } = mergeAtlas('C', [onBoard('b1', one), onBoard('b2', two)], []);
    expect(map.datasets).toHaveLength(1);
    expect(map.datasets[0]).toMatchObject({
      name: 'Bin levels',
      heldBy: ['actor:contractor', 'actor:council'],
      sensitivity: 'personal',
      deidentification: 'pseudonymised',
      access: 'shared',
    });
  });

  it('never changes the project maps it reads', () => {
    const map = airQuality();
    const before = writeMapFile(map);
    mergeAtlas('C', [onBoard('b1', map), onBoard('b2', map)], [decision('split', 'actor:city council', `b1/${map.actors[0]!.id}`)]);
    expect(writeMapFile(map)).toBe(before);
  });

  it('T4: an accepted suggestion merges, and stays merged on every rebuild', () => {
    const maps = [onBoard('b1', projectMap(['Coventry City Council Insights'])), onBoard('b2', projectMap(['Council Insights team']))];
    expect(mergeAtlas('C', maps, []).map.actors).toHaveLength(2);
    const accepted = [decision('accept', 'actor:coventry city council insights', 'actor:council insights team')];
    const once = mergeAtlas('C', maps, accepted);
    expect(once.map.actors).toHaveLength(1);
    expect(once.map.actors[0]!.id).toBe('actor:council insights team');
    expect(sourcesOf(once.map.actors[0]!)).toHaveLength(2);
    // A map made later with either name joins the merged actor.
    const later = mergeAtlas('C', [...maps, onBoard('b3', projectMap(['Coventry City Council insights']))], accepted);
    expect(later.map.actors).toHaveLength(1);
    expect(sourcesOf(later.map.actors[0]!)).toHaveLength(3);
  });

  it('T4: a rejected suggestion stays apart after a rebuild and is not offered again', () => {
    const maps = [onBoard('b1', projectMap(['Coventry City Council Insights'])), onBoard('b2', projectMap(['Council Insights team']))];
    expect(buildAtlas('C', maps, []).suggestions).toHaveLength(1);
    const rejected = [decision('reject', 'actor:council insights team', 'actor:coventry city council insights')];
    const atlas = buildAtlas('C', maps, rejected);
    expect(atlas.map.actors).toHaveLength(2);
    expect(atlas.suggestions).toEqual([]);
  });

  it('T4: a split takes one source out of a merged actor, and survives a rebuild with more maps', () => {
    const maps = [onBoard('b1', projectMap(['Fire Service'])), onBoard('b2', projectMap(['fire service']))];
    const split = [decision('split', 'actor:fire service', 'b2/a1')];
    const once = mergeAtlas('C', maps, split);
    expect(once.map.actors.map((a) => [a.id, sourcesOf(a).map((s) => s.board)])).toEqual([
      ['actor:fire service', ['b1']],
      ['actor:fire service@b2/a1', ['b2']],
    ]);
    const again = mergeAtlas('C', [...maps, onBoard('b3', projectMap(['Fire service']))], split);
    expect(again.map.actors.map((a) => [a.id, sourcesOf(a).map((s) => s.board)])).toEqual([
      ['actor:fire service', ['b1', 'b3']],
      ['actor:fire service@b2/a1', ['b2']],
    ]);
  });

  it('T5: a decision whose elements are on no map is kept and reported stale, not applied', () => {
    const gone = [decision('accept', 'actor:gone', 'actor:fire service'), decision('split', 'actor:fire service', 'b9/a1')];
    const result = mergeAtlas('C', [onBoard('b1', projectMap(['Fire Service']))], gone);
    expect(result.stale).toEqual(gone);
    expect(result.map.actors).toHaveLength(1);
  });

  it('the atlas is a valid map file that round-trips and analyses', () => {
    const map = airQuality();
    const atlas = buildAtlas(
      'Coventry',
      [onBoard('b1', map, 'w1'), onBoard('b2', projectMap(['Clean Air Now', 'Schools'], [[0, 1, 'data']]), 'w2')],
      [],
    );
    const text = writeMapFile(atlas.map);
    const read = readMapFile(text);
    expect(read.ok && writeMapFile(read.map)).toBe(text);
    expect(analyzeMap(atlas.map).metrics.actors).toBe(map.actors.length + 1);
  });

  it('the atlas file validates against the JSON Schema, sources included', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schema/ecosystem-map.schema.json', import.meta.url), 'utf8')) as object;
    const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
    const atlas = buildAtlas('Coventry', [onBoard('b1', airQuality(), 'w1'), onBoard('b2', airQuality(), 'w2', null)], []);
    const file = JSON.parse(writeMapFile(atlas.map)) as { actors: { sources: unknown[] }[] };
    expect(file.actors[0]!.sources).toHaveLength(2);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    file.actors[0]!.sources.push({ workshop: 'w3' });
    expect(validate(file)).toBe(false);
  });

  it('the same input in another order gives the same atlas', () => {
    const a = onBoard('b1', airQuality(), 'w1');
    const b = onBoard('b2', projectMap(['City Council', 'Schools'], [[0, 1]]), 'w2');
    const ids = (x: ReturnType<typeof buildAtlas>) => [x.map.actors.map((e) => e.id), x.map.flows.map((e) => e.id)];
    expect(ids(buildAtlas('C', [a, b], []))).toEqual(ids(buildAtlas('C', [b, a], [])));
  });
});
