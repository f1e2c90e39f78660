import { describe, expect, it } from 'vitest';
import { formatMapIssue, mapIssues, readMapFile, writeMapFile } from '../../../src/domain/map/index.js';
import { fixture, lineOf } from './fixtures.js';

describe('readMapFile: the golden file of each released version keeps loading', () => {
  it('loads v1-air-quality.json whole', () => {
    const result = readMapFile(fixture('v1-air-quality.json'));
    if (!result.ok) throw new Error(result.errors.map(formatMapIssue).join('\n'));
    const { map } = result;
    expect([map.id, map.title]).toEqual(['map-air-quality', 'Air quality sensing']);
    expect([map.actors.length, map.datasets.length, map.flows.length, map.notes.length]).toEqual([7, 4, 11, 5]);
    expect(new Set(map.flows.map((f) => f.kind))).toEqual(new Set(['data', 'money', 'service', 'value', 'oversight']));
    expect(map.actors[0]).toEqual({
      id: 'council',
      name: 'City Council',
      type: 'public',
      roles: ['steward', 'user'],
      description: 'Environmental health and transport teams',
      skills: 'Data team of three; runs the open data portal',
      tags: ['transport'],
      position: { x: 120, y: 80 },
    });
    // `"standard": null` reads as absent: the dataset's standard applies.
    expect(map.flows[0]).toEqual({
      id: 'f1',
      from: 'vendor',
      to: 'council',
      kind: 'data',
      dataset: 'readings',
      label: 'hourly upload',
      frequency: 'hourly',
      access: 'shared',
    });
    expect(map.notes[0]).toEqual({ id: 'n1', text: 'Readings also kept by the vendor', kind: 'issue', target: 'f1', author: 'Group 2' });
    expect(mapIssues(map)).toEqual([]);
  });

  it('reads back what it writes', () => {
    const first = readMapFile(fixture('v1-air-quality.json'));
    if (!first.ok) throw new Error('golden does not load');
    expect(readMapFile(writeMapFile(first.map))).toEqual(first);
  });
});

describe('readMapFile: a bad file is refused whole, each problem named by path and line', () => {
  const cases: { file: string; path: string; message: RegExp; lineAt?: string }[] = [
    { file: 'bad-dangling-ref.json', path: 'flows[3].to', message: /^no actor with id "vendr"$/, lineAt: '"vendr"' },
    { file: 'bad-duplicate-id.json', path: 'actors[2].id', message: /"council" is already the id of another actor/, lineAt: '(transport)' },
    { file: 'bad-newer-version.json', path: 'version', message: /version 2, newer .*reads \(up to 1\); update/, lineAt: '"version"' },
    { file: 'bad-not-json.txt', path: '', message: /^the file is not JSON/, lineAt: '"vendor"' },
    {
      file: 'bad-enum.json',
      path: 'actors[1].type',
      message: /^"business" is not one of public, private, third-sector/,
      lineAt: '"business"',
    },
    {
      file: 'bad-dataset-on-money-flow.json',
      path: 'flows[1].dataset',
      message: /only data flows name a dataset; this is a money flow/,
      lineAt: '"f2"',
    },
    {
      file: 'bad-other-format.json',
      path: 'format',
      message: /"opencities\/ethics-canvas", expected "opencities\/ecosystem-map"/,
      lineAt: '"format"',
    },
    { file: 'bad-note-too-long.json', path: 'notes[0].text', message: /^is longer than 1000 characters$/, lineAt: '"text"' },
  ];
  for (const { file, path, message, lineAt } of cases) {
    it(`refuses ${file} at ${path || 'the whole file'}`, () => {
      const text = fixture(file);
      const result = readMapFile(text);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result).not.toHaveProperty('map');
      expect(result.errors).toHaveLength(1);
      const [error] = result.errors;
      expect(error?.path).toBe(path);
      expect(error?.message).toMatch(message);
      if (lineAt) expect(error?.line).toBe(lineOf(text, lineAt));
    });
  }

  it('formats an issue as the user reads it', () => {
    const result = readMapFile(fixture('bad-dangling-ref.json'));
    expect(result.ok ? [] : result.errors.map(formatMapIssue)).toEqual(['flows[3].to: no actor with id "vendr" (line 14)']);
  });

  it('refuses the format doc example: it names actors it does not list', () => {
    const text = fixture('format-doc-example.json');
    const result = readMapFile(text);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'datasets[0].heldBy[1]: no actor with id "university"',
      'flows[0].from: no actor with id "vendor"',
    ]);
  });
});

/** A minimal valid file with some fields replaced, as text. */
function file(fields: Record<string, unknown>): string {
  const base = { format: 'opencities/ecosystem-map', version: 1, title: 'Map', actors: [{ id: 'a', name: 'A' }], flows: [] };
  return JSON.stringify({ ...base, ...fields }, null, 2);
}

function errorsOf(text: string): string[] {
  const result = readMapFile(text);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`);
}

describe('readMapFile: details of the contract', () => {
  it('needs format, version, title, actors and flows; the other lists default to empty', () => {
    const result = readMapFile(file({}));
    expect(result).toEqual({
      ok: true,
      map: { title: 'Map', actors: [{ id: 'a', name: 'A', roles: [], tags: [] }], datasets: [], flows: [], notes: [] },
    });
    expect(errorsOf(file({ title: undefined, actors: undefined, flows: undefined }))).toEqual([
      'title: is required',
      'actors: is required (a list, possibly empty)',
      'flows: is required (a list, possibly empty)',
    ]);
    expect(errorsOf(JSON.stringify({ version: 1 }))[0]).toMatch(/^format: is missing/);
    expect(errorsOf(file({ version: '1' }))).toEqual(['version: expected a whole number from 1, found "1"']);
  });

  it('reports every problem at once, each with its line', () => {
    const text = file({
      actors: [{ id: 'a', name: 'A', roles: ['steward', 'boss', 'steward'] }, { name: 'no id' }, 'not an object'],
      flows: [{ id: 'f1', from: 'a', to: 'b', kind: 'data', dataset: 'nope' }],
      notes: [{ id: 'n1', text: 'hi', target: 'gone', position: { x: 'left', y: 0 } }],
    });
    const result = readMapFile(text);
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message} @${e.line}`)).toEqual([
      `actors[0].roles[1]: "boss" is not one of steward, contributor, reuser, beneficiary, intermediary, user, regulator, funder @${lineOf(text, '"boss"')}`,
      `actors[0].roles[2]: "steward" is listed twice @${lineOf(text, '"boss"') + 1}`,
      `actors[1].id: is required @${lineOf(text, '"no id"') - 1}`,
      `actors[2]: expected an object, found "not an object" @${lineOf(text, '"not an object"')}`,
      `notes[0].position: expected { "x": number, "y": number }, found an object @${lineOf(text, '"position"')}`,
      `flows[0].to: no actor with id "b" @${lineOf(text, '"b"')}`,
      `flows[0].dataset: no dataset with id "nope" @${lineOf(text, '"nope"')}`,
      `notes[0].target: no actor, dataset or flow with id "gone" @${lineOf(text, '"gone"')}`,
    ]);
  });

  it('reads null in an optional field as absent, and allows ids shared between lists', () => {
    const result = readMapFile(
      file({
        description: null,
        actors: [{ id: 'x', name: 'X', type: null, position: null }],
        datasets: [{ id: 'x', name: 'Dataset X', steward: null }],
        flows: [{ id: 'x', from: 'x', to: 'x', kind: 'data', dataset: 'x', access: null, standard: null }],
        notes: [{ id: 'x', text: 'on whichever x', target: 'x', kind: null }],
      }),
    );
    expect(result.ok && result.map.flows).toEqual([{ id: 'x', from: 'x', to: 'x', kind: 'data', dataset: 'x' }]);
    expect(result.ok && result.map.description).toBeUndefined();
    expect(result.ok && 'type' in (result.map.actors[0] ?? {})).toBe(false);
  });

  it('refuses a dataset on a non-data flow, and limits text lengths in characters', () => {
    expect(errorsOf(file({ title: 't'.repeat(121) }))).toEqual(['title: is longer than 120 characters']);
    expect(errorsOf(file({ actors: [{ id: 'a', name: 'n'.repeat(121) }] }))).toEqual(['actors[0].name: is longer than 120 characters']);
    // 1000 emoji are 2000 UTF-16 code units but 1000 characters.
    expect(errorsOf(file({ notes: [{ id: 'n', text: '🚲'.repeat(1000) }] }))).toEqual([]);
    expect(errorsOf(file({ notes: [{ id: 'n', text: '🚲'.repeat(1001) }] }))).toEqual(['notes[0].text: is longer than 1000 characters']);
    expect(errorsOf(file({ actors: [{ id: 'a', name: 'A', tags: Array.from({ length: 31 }, (_, i) => `t${i}`) }] }))).toEqual([
      'actors[0].tags[30]: more than 30 items',
    ]);
  });

  it('refuses a file that is not a JSON object, an empty id, an infinite coordinate', () => {
    expect(errorsOf('[1, 2]')).toEqual([': expected a JSON object, found a list']);
    expect(errorsOf('')[0]).toMatch(/^: the file is not JSON/);
    expect(errorsOf(file({ actors: [{ id: '', name: 'A' }] }))).toEqual(['actors[0].id: expected an id (non-empty text), found ""']);
    expect(errorsOf(file({ actors: [{ id: 'a', name: 'A', position: { x: 1, y: 2, z: 3 } }] }))).toEqual([
      'actors[0].position: has fields other than x and y: z',
    ]);
    expect(errorsOf(file({ actors: [{ id: 'a', name: 'A', position: { x: 1, y: 2 } }] }).replace('2', '1e999'))).toEqual([
      'actors[0].position: expected { "x": number, "y": number }, found an object',
    ]);
  });

  it('accepts a byte order mark and counts lines after it', () => {
    const result = readMapFile(`\uFEFF${file({})}`);
    expect(result.ok).toBe(true);
    const bad = `\uFEFF${fixture('bad-enum.json')}`;
    expect(readMapFile(bad)).toMatchObject({ ok: false, errors: [{ path: 'actors[1].type', line: lineOf(bad, '"business"') }] });
  });

  it('names at most 100 problems, and says how many more there were', () => {
    const flows = Array.from({ length: 150 }, (_, i) => ({ id: `f${i}`, from: 'a', to: 'gone', kind: 'money' }));
    const errors = errorsOf(file({ flows }));
    expect(errors).toHaveLength(101);
    expect(errors[100]).toBe(': and 50 more problems');
  });
});
