import { sayFile, type FileProblem } from '../fileProblems/index.js';
import { strFromU8 } from 'fflate';
import type { MapIssue, ReadMapResult } from '../map/index.js';
import { readCsvSheet } from './csvReader.js';
import { kumuCsvFileNames } from './kumuCsvWriter.js';
import { readKumuWorkbook } from './kumuReader.js';
import { readMeasuredZip } from './measuredZip.js';
import type { KumuWorkbook, Sheet } from './sheet.js';
import { sheetLimits } from './sheet.js';
import { pushAll } from '../../shared/index.js';

/**
 * Kumu CSV, the two ways it arrives: as CSV files (an elements file and, if there are
 * connections, a connections file: Kumu's own pair), or as the archive this app's `kumu-csv`
 * export writes (elements.csv, connections.csv, and datasets.csv, notes.csv, map.csv for what
 * Kumu has no place for). Both go through readKumuWorkbook: all or nothing, by row.
 */

export interface CsvFile {
  name: string;
  text: string;
}

export function readKumuCsvFiles(files: { elements: CsvFile; connections?: CsvFile }): ReadMapResult {
  const errors: MapIssue[] = [];
  const sheet = (file: CsvFile | undefined): Sheet | undefined => {
    if (!file) return undefined;
    const read = readCsvSheet(file.text, file.name);
    if (read.ok) return read.sheet;
    pushAll(errors, read.errors);
    return undefined;
  };
  const elements = sheet(files.elements);
  const connections = sheet(files.connections);
  if (!elements || errors.length > 0) return { ok: false, errors };
  return readKumuWorkbook({ elements, connections });
}

/**
 * Which of Kumu's two CSV files this is, by its headings (in any case): `From` and `To` make a
 * connections file, `Label` an elements file; undefined when it is neither, or not readable
 * CSV (its reader then says why). Lets two CSV files arrive together in any order, named anyhow.
 */
export function kumuCsvRole(file: CsvFile): 'elements' | 'connections' | undefined {
  const read = readCsvSheet(file.text, file.name);
  if (!read.ok) return undefined;
  const headings = new Set(
    (read.sheet.rows[0]?.cells ?? []).map((cell) =>
      String(cell ?? '')
        .trim()
        .toLowerCase(),
    ),
  );
  if (headings.has('from') && headings.has('to')) return 'connections';
  return headings.has('label') ? 'elements' : undefined;
}

/** The archive, by the names of the files in it (in any folder, in any case). */
export function readKumuCsvArchive(bytes: Uint8Array, name: string): ReadMapResult {
  if (bytes.length > sheetLimits.fileBytes) return refuse(name, sayFile('fileOverMegabytes', { mb: sheetLimits.fileBytes / 1024 / 1024 }));
  const wanted = new Set<string>(Object.values(kumuCsvFileNames));
  // Entries counted and measured while inflating, never trusting the sizes the archive declares.
  const read = readMeasuredZip(bytes, (path) => wanted.has(baseName(path)), 'map');
  if (!read.ok) return refuse(name, read.unreadable ? sayFile('notKumuArchive', { reason: read.message }) : read);
  const byName = new Map(read.files.map(({ name: path, data }) => [baseName(path), { path, data }]));
  const elements = byName.get(kumuCsvFileNames.elements);
  if (!elements) return refuse(name, sayFile('archiveWithoutElements', { file: kumuCsvFileNames.elements }));
  const errors: MapIssue[] = [];
  const book: Partial<KumuWorkbook> = {};
  for (const [role, fileName] of Object.entries(kumuCsvFileNames) as [keyof KumuWorkbook, string][]) {
    const file = byName.get(fileName);
    if (!file) continue;
    const text = strFromU8(file.data);
    const place = `${name}: ${file.path}`;
    if (text.includes('\uFFFD')) {
      errors.push({ path: place, ...sayFile('csvNotUtf8') });
      continue;
    }
    const read = readCsvSheet(text, place);
    if (read.ok) book[role] = read.sheet;
    else pushAll(errors, read.errors);
  }
  if (errors.length > 0 || !book.elements) return { ok: false, errors };
  return readKumuWorkbook({ ...book, elements: book.elements });
}

function baseName(path: string): string {
  return (path.split('/').pop() ?? path).toLowerCase();
}

function refuse(path: string, said: { message: string; problem?: FileProblem }): ReadMapResult {
  return { ok: false, errors: [{ path, message: said.message, ...(said.problem && { problem: said.problem }) }] };
}
