import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { canvasLimits, noteColours, priorities, sectionIds, sectionStatuses } from '../../../src/domain/canvas/index.js';
import { fixture, formatDocExample } from './fixtures.js';

const schema = JSON.parse(readFileSync(fileURLToPath(new URL('../../../schema/ethics-canvas.schema.json', import.meta.url)), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(schema);

function problems(json: unknown): string[] {
  return validate(json) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('schema/ethics-canvas.schema.json (JSON Schema 2020-12)', () => {
  it.skipIf(formatDocExample() === undefined)('accepts the example in formats/ethics-canvas.md', () => {
    expect(problems(JSON.parse(formatDocExample()!))).toEqual([]);
  });

  it.each(['v1-air-quality.json', 'v1-unknown-fields.json', 'v1-minimal.json'])('accepts the fixture %s', (file) => {
    expect(problems(JSON.parse(fixture(file)))).toEqual([]);
  });

  // Duplicate ids and dates that do not exist (2027-02-30) are beyond a schema; the reader refuses them.
  it.each([
    'bad-other-format.json',
    'bad-newer-version.json',
    'bad-unknown-section.json',
    'bad-status.json',
    'bad-priority.json',
    'bad-next-review.json',
    'bad-note-too-long.json',
    'bad-missing-title.json',
  ])('refuses the bad fixture %s', (file) => {
    expect(problems(JSON.parse(fixture(file)))).not.toEqual([]);
  });

  it('lists the same sections, statuses, priorities, colours and limits as the code', () => {
    const defs = schema.$defs;
    expect(defs.section.properties.id.enum).toEqual(sectionIds);
    expect(defs.section.properties.status.enum).toEqual([...sectionStatuses, null]);
    expect(defs.action.properties.priority.enum).toEqual([...priorities, null]);
    expect(defs.note.properties.colour.enum).toEqual([...noteColours, null]);
    expect(defs.note.properties.text.maxLength).toBe(canvasLimits.noteText);
    expect(defs.action.properties.text.maxLength).toBe(canvasLimits.actionText);
    expect(defs.id.maxLength).toBe(canvasLimits.id);
    expect(schema.properties.title.maxLength).toBe(canvasLimits.title);
  });
});

describe('schema and writer agree', () => {
  it('R2: every file the writer makes is valid by the schema, 200 random canvases (seed 7)', async () => {
    const { createPrng } = await import('../../fuzz/prng.js');
    const { randomCanvas } = await import('./randomCanvas.js');
    const { canvasToJson } = await import('../../../src/domain/canvas/index.js');
    const rng = createPrng(7);
    for (let i = 0; i < 200; i++) expect(problems(canvasToJson(randomCanvas(rng)))).toEqual([]);
  });
});
