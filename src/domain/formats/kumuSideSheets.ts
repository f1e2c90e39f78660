import { saySheet } from '../fileProblems/index.js';
import { datasetFields, noteFields } from '../map/index.js';
import type { MapIssue } from '../map/index.js';
import type { Found } from './elementNames.js';
import { claimId, claimNumbered, slugOf } from './ids.js';
import { datasetHeadings, mapHeadings, noteHeadings } from './kumuHeadings.js';
import type { Origin } from './places.js';
import { record, RowReader } from './rowReader.js';
import type { Sheet } from './sheet.js';

/**
 * The sheets a Kumu workbook made by this app adds for what Kumu has no place for: Datasets,
 * Notes and Map (the map's own title and fields). Each gives elements in the map file's JSON
 * form (checked afterwards by the map reader) and where each came from.
 */

export interface Read {
  items: Record<string, unknown>[];
  origins: Origin[];
}

const mapReserved = ['format', 'version', 'id', 'title', 'description', 'actors', 'datasets', 'flows', 'notes'];

export function readDatasetSheet(sheet: Sheet, find: (name: string) => Found, issues: MapIssue[]): Read {
  const r = new RowReader(sheet, datasetHeadings, issues);
  const rows = r.rows();
  const taken = new Set(rows.flatMap((row) => r.text(row, 'id') || []));
  const element = (row: (typeof rows)[number], field: 'steward' | 'heldBy', name: string) => {
    const found = find(name);
    if ('id' in found) return found.id;
    r.report(row, field, found);
    return undefined;
  };
  const items = rows.map((row) => {
    const name = r.text(row, 'name');
    if (name === undefined) r.report(row, 'name', saySheet('emptyDatasetName'));
    const steward = r.filled(row, 'steward');
    return record([
      ['id', r.text(row, 'id') || claimId(slugOf(name ?? '', 'dataset'), taken)],
      ['name', name ?? ''],
      ['description', r.text(row, 'description')],
      ['steward', steward === undefined ? undefined : element(row, 'steward', steward)],
      ['heldBy', r.list(row, 'heldBy').flatMap((held) => element(row, 'heldBy', held) ?? [])],
      ['sensitivity', r.text(row, 'sensitivity')],
      ['deidentification', r.text(row, 'deidentification')],
      ['access', r.text(row, 'access')],
      ['licence', r.text(row, 'licence')],
      ['standard', r.text(row, 'standard')],
      ...r.custom(row, datasetFields),
    ]);
  });
  return { items, origins: rows.map((row) => r.origin(row, datasetHeadings)) };
}

export function readNoteSheet(sheet: Sheet, issues: MapIssue[]): Read {
  const r = new RowReader(sheet, noteHeadings, issues);
  const rows = r.rows();
  const taken = new Set(rows.flatMap((row) => r.text(row, 'id') || []));
  const items = rows.map((row) => {
    const text = r.text(row, 'text');
    if (text === undefined) r.report(row, 'text', saySheet('emptyNoteText'));
    return record([
      ['id', r.text(row, 'id') || claimNumbered('n', taken)],
      ['text', text ?? ''],
      ['kind', r.text(row, 'kind')],
      ['target', r.text(row, 'target')],
      ['author', r.text(row, 'author')],
      ['position', r.position(row, 'x', 'y')],
      ...r.custom(row, noteFields),
    ]);
  });
  return { items, origins: rows.map((row) => r.origin(row, { ...noteHeadings, position: 'x' })) };
}

/** The map's own fields, from the first row under the headings. */
export function readMapSheet(sheet: Sheet, issues: MapIssue[]): { fields: Record<string, unknown>; origin?: Origin } {
  const r = new RowReader(sheet, mapHeadings, issues);
  const [row, extra] = r.rows();
  if (extra) r.report(extra, undefined, saySheet('mapSheetOneRow'));
  if (!row) return { fields: {} };
  const fields = record([
    ['id', r.text(row, 'id') || undefined],
    ['title', r.text(row, 'title')],
    ['description', r.text(row, 'description')],
    ...r.custom(row, mapReserved),
  ]);
  return { fields, origin: r.origin(row, mapHeadings) };
}
