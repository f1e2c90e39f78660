import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import {
  accessLevels,
  actorRoles,
  actorTypes,
  deidentifications,
  flowKinds,
  mapLimits,
  noteKinds,
  readMapFile,
  sensitivities,
  writeMapFile,
} from '../../../src/domain/map/index.js';
import { createPrng } from '../../fuzz/prng.js';
import { fixture } from './fixtures.js';
import { randomMap } from './randomMap.js';

/** schema/ecosystem-map.schema.json, the JSON Schema shipped for other tools, against the reader. */
const schema = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../schema/ecosystem-map.schema.json', import.meta.url)), 'utf8'),
) as Record<string, any>;
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);
const valid = (text: string) => validate(JSON.parse(text));

describe('the JSON Schema of the map format', () => {
  it('accepts the example in the format doc (it cannot check references, which the example leaves dangling)', () => {
    expect(valid(fixture('format-doc-example.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts the golden file and the unknown-fields file', () => {
    for (const name of ['v1-air-quality.json', 'v1-unknown-fields.json'])
      expect(valid(fixture(name)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('rejects the bad files whose fault a schema can see', () => {
    for (const name of [
      'bad-newer-version.json',
      'bad-enum.json',
      'bad-dataset-on-money-flow.json',
      'bad-other-format.json',
      'bad-note-too-long.json',
    ])
      expect(valid(fixture(name)), name).toBe(false);
  });

  it('accepts every file the writer writes (random maps, seed 17)', () => {
    const rng = createPrng(17);
    for (let i = 0; i < 100; i++) {
      const text = writeMapFile(randomMap(rng, 8));
      expect(valid(text), JSON.stringify(validate.errors)).toBe(true);
      expect(readMapFile(text).ok).toBe(true);
    }
  });

  it('lists the same values and limits as the code', () => {
    const defs = schema['$defs'];
    const values = (s: any) => (s.anyOf ? s.anyOf[0].enum : s.enum) as string[];
    expect(values(defs.actor.properties.type)).toEqual([...actorTypes]);
    expect(defs.actor.properties.roles.items.enum).toEqual([...actorRoles]);
    expect(values(defs.flow.properties.kind)).toEqual([...flowKinds]);
    expect(values(defs.dataset.properties.sensitivity)).toEqual([...sensitivities]);
    expect(values(defs.dataset.properties.deidentification)).toEqual([...deidentifications]);
    expect(values(defs.dataset.properties.access)).toEqual([...accessLevels]);
    expect(values(defs.flow.properties.access)).toEqual([...accessLevels]);
    expect(values(defs.note.properties.kind)).toEqual([...noteKinds]);
    expect(schema['properties'].title.maxLength).toBe(mapLimits.title);
    expect(defs.actor.properties.name.maxLength).toBe(mapLimits.name);
    expect(defs.note.properties.text.maxLength).toBe(mapLimits.noteText);
    expect(defs.actor.properties.tags.maxItems).toBe(mapLimits.tags);
  });
});
