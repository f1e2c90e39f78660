import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import type { EcosystemMap } from '../map/index.js';
import { writeCsvSheet } from './csvWriter.js';
import { writeKumuWorkbook } from './kumuWriter.js';
import type { KumuWorkbook } from './sheet.js';

/** The files of the `kumu-csv` archive: Kumu imports the first two; all five give the map back. */
export const kumuCsvFileNames = {
  elements: 'elements.csv',
  connections: 'connections.csv',
  datasets: 'datasets.csv',
  notes: 'notes.csv',
  map: 'map.csv',
} as const satisfies Record<keyof KumuWorkbook, string>;

/** Each CSV file's text (see writeKumuWorkbook for the columns, writeCsvSheet for the CSV). */
export function writeKumuCsvFiles(map: EcosystemMap): Record<keyof KumuWorkbook, string> {
  const book = writeKumuWorkbook(map, { typed: false });
  return {
    elements: writeCsvSheet(book.elements),
    connections: writeCsvSheet(book.connections),
    datasets: writeCsvSheet(book.datasets),
    notes: writeCsvSheet(book.notes),
    map: writeCsvSheet(book.map),
  };
}

/**
 * The files in one zip archive, so the export is one file to save or download. A fixed date on
 * every entry (domain code reads no clock): the same map gives the same bytes, in one time zone
 * (zip dates are local times).
 */
export function writeKumuCsvArchive(map: EcosystemMap): Uint8Array {
  const texts = writeKumuCsvFiles(map);
  const mtime = new Date(Date.UTC(2020, 0, 1));
  const entries: Zippable = Object.fromEntries(
    (Object.keys(kumuCsvFileNames) as (keyof KumuWorkbook)[]).map((role) => [
      kumuCsvFileNames[role],
      [strToU8(texts[role]), { mtime }] as const,
    ]),
  );
  return zipSync(entries, { level: 6 });
}
