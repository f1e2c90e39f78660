import { describe, expect, it } from 'vitest';
import {
  readCsvSheet,
  readGraphml,
  readKumuCsvArchive,
  readKumuWorkbook,
  writeCsvSheet,
  writeGraphml,
  writeKumuCsvArchive,
  writeKumuWorkbook,
} from '../../../src/domain/formats/index.js';
import type { KumuWorkbook, Sheet } from '../../../src/domain/formats/index.js';
import { mapIssues, readMapFile, sortMapById } from '../../../src/domain/map/index.js';
import type { EcosystemMap, ReadMapResult } from '../../../src/domain/map/index.js';
import { readKumuXlsx } from '../../../src/server/services/kumuXlsxReader.js';
import { writeKumuXlsx } from '../../../src/server/services/kumuXlsxWriter.js';
import { createPrng } from '../../fuzz/prng.js';
import { randomMap } from '../map/randomMap.js';
import { fixtureText } from './fixtures.js';

/**
 * STYLE.md habit 8: every format is exported and imported back to an equal map, ids and
 * unknown fields included, on seeded random maps (awkward text, empty texts, unknown fields
 * holding any JSON, self-loops, ids shared between lists). Lists are compared sorted by id.
 */

function mapOf(result: ReadMapResult, what: string): EcosystemMap {
  if (!result.ok) throw new Error(`${what}: ${JSON.stringify(result.errors.slice(0, 5))}`);
  return result.map;
}

function viaCsvText(sheet: Sheet): Sheet {
  const read = readCsvSheet(writeCsvSheet(sheet), sheet.name);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  return read.sheet;
}

function maps(seed: number, count: number): EcosystemMap[] {
  const rng = createPrng(seed);
  return Array.from({ length: count }, (_, i) => randomMap(rng, 1 + (i % 12)));
}

describe('round trips on random maps', () => {
  it('Kumu CSV files: read(write(map)) equals map (150 maps, seed 21)', () => {
    maps(21, 150).forEach((map, i) => {
      expect(mapIssues(map), `map ${i} is valid`).toEqual([]);
      const book = writeKumuWorkbook(map, { typed: false });
      const back: KumuWorkbook = {
        elements: viaCsvText(book.elements),
        connections: viaCsvText(book.connections),
        datasets: viaCsvText(book.datasets),
        notes: viaCsvText(book.notes),
        map: viaCsvText(book.map),
      };
      expect(sortMapById(mapOf(readKumuWorkbook(back), `map ${i}`)), `map ${i}`).toEqual(sortMapById(map));
    });
  });

  it('Kumu CSV archive (kumu-csv): read(write(map)) equals map (100 maps, seed 22)', () => {
    maps(22, 100).forEach((map, i) => {
      expect(sortMapById(mapOf(readKumuCsvArchive(writeKumuCsvArchive(map), 'map.zip'), `map ${i}`)), `map ${i}`).toEqual(sortMapById(map));
    });
  });

  it('Kumu workbook (kumu-xlsx): read(write(map)) equals map (60 maps, seed 23)', async () => {
    for (const [i, map] of maps(23, 60).entries()) {
      const back = mapOf(await readKumuXlsx(await writeKumuXlsx(map), 'map.xlsx'), `map ${i}`);
      expect(sortMapById(back), `map ${i}`).toEqual(sortMapById(map));
    }
  });

  it('GraphML: read(write(map)) equals map, and equal maps give equal text (150 maps, seed 24)', () => {
    maps(24, 150).forEach((map, i) => {
      const text = writeGraphml(map);
      const back = mapOf(readGraphml(text), `map ${i}`);
      expect(sortMapById(back), `map ${i}`).toEqual(sortMapById(map));
      expect(writeGraphml(back), `map ${i} text`).toBe(text);
    });
  });

  it('the golden map files (one with unknown fields everywhere) through every format', async () => {
    for (const name of ['v1-air-quality.json', 'v1-unknown-fields.json', 'format-doc-example.json']) {
      const read = readMapFile(fixtureText(`ecosystem-map/${name}`));
      if (!read.ok) continue; // format-doc-example is refused on purpose (docs/formats.md)
      const map = sortMapById(read.map);
      expect(sortMapById(mapOf(readKumuCsvArchive(writeKumuCsvArchive(map), 'm.zip'), name)), `${name} kumu-csv`).toEqual(map);
      expect(sortMapById(mapOf(await readKumuXlsx(await writeKumuXlsx(map), 'm.xlsx'), name)), `${name} kumu-xlsx`).toEqual(map);
      expect(sortMapById(mapOf(readGraphml(writeGraphml(map)), name)), `${name} graphml`).toEqual(map);
    }
  });
});
