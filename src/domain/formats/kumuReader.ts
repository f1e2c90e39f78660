import { saySheet } from '../fileProblems/index.js';
import {
  actorFields,
  actorRoleLabels,
  actorRoles,
  actorTypeLabels,
  actorTypes,
  flowFields,
  flowKindLabels,
  flowKinds,
  mapFormat,
  mapFormatVersion,
  restoreMapJson,
} from '../map/index.js';
import type { MapIssue, ReadMapResult } from '../map/index.js';
import { elementFinder } from './elementNames.js';
import type { Found } from './elementNames.js';
import { claimId, claimNumbered, slugOf } from './ids.js';
import { connectionHeadings, elementHeadings } from './kumuHeadings.js';
import { readDatasetSheet, readMapSheet, readNoteSheet } from './kumuSideSheets.js';
import { emptyOrigins, placeIssue } from './places.js';
import type { Origin } from './places.js';
import { record, RowReader } from './rowReader.js';
import type { KumuWorkbook, Sheet } from './sheet.js';
import { sheetLimits } from './sheet.js';
import { matchWord } from './vocabularyMatch.js';
import { pushAll } from '../../shared/index.js';

/**
 * Reads a Kumu workbook (formats/interop.md) into an ecosystem map, all or nothing: every
 * problem is reported at its sheet, row and column, and a workbook with any problem is refused
 * whole. The map it gives is then checked by the map file's own reader (restoreMapJson), so an
 * imported map holds exactly what a map file could.
 *
 * Lenient where Kumu users differ: headings in any case and order, a type or role in our word or
 * our label; an element type that is not ours becomes a tag, a connection type that is not ours
 * a `value` flow (keeping the type as a custom field), so nothing in the file is lost.
 */
export function readKumuWorkbook(book: KumuWorkbook): ReadMapResult {
  const sheets = [book.elements, book.connections, book.datasets, book.notes, book.map].filter((s): s is Sheet => s !== undefined);
  const tooBig = sheets.filter((s) => s.rows.length > sheetLimits.rows + 1);
  if (tooBig.length > 0)
    return refuse(
      tooBig.map((s) => ({ path: s.name, ...saySheet('sheetTooManyRows', { count: s.rows.length - 1, max: sheetLimits.rows }) })),
    );
  const issues: MapIssue[] = [];
  const origins = emptyOrigins();
  const actors = readElements(book.elements, issues, origins.actors);
  const find = elementFinder(actors.map((a) => ({ id: String(a['id']), name: String(a['name']) })));
  const datasets = book.datasets ? readDatasetSheet(book.datasets, find, issues) : { items: [], origins: [] };
  pushAll(origins.datasets, datasets.origins);
  const flows = book.connections ? readConnections(book.connections, find, datasets.items, origins, issues) : [];
  const notes = book.notes ? readNoteSheet(book.notes, issues) : { items: [], origins: [] };
  pushAll(origins.notes, notes.origins);
  const info = book.map ? readMapSheet(book.map, issues) : { fields: {} };
  if (info.origin) origins.map = info.origin;
  if (issues.length > 0) return refuse(issues);
  const json = {
    title: '',
    ...info.fields,
    format: mapFormat,
    version: mapFormatVersion,
    actors,
    datasets: datasets.items,
    flows,
    notes: notes.items,
  };
  const result = restoreMapJson(json);
  return result.ok ? result : refuse(result.errors.map((issue) => placeIssue(issue, origins)));
}

function readElements(sheet: Sheet, issues: MapIssue[], origins: Origin[]): Record<string, unknown>[] {
  const r = new RowReader(sheet, elementHeadings, issues);
  if (!r.has('name')) {
    issues.push({ path: sheet.name, ...saySheet('noLabelColumn') });
    return [];
  }
  const rows = r.rows();
  const taken = new Set(rows.flatMap((row) => r.text(row, 'id') || []));
  return rows.map((row) => {
    const name = r.text(row, 'name');
    if (name === undefined) r.report(row, 'name', saySheet('emptyLabel'));
    const tags = r.list(row, 'tags');
    const addTag = (tag: string) => void (tags.includes(tag) || tags.push(tag));
    const typeText = r.filled(row, 'type');
    const type = typeText === undefined ? undefined : matchWord(typeText, actorTypes, actorTypeLabels);
    if (typeText !== undefined && type === undefined) addTag(typeText);
    const roles = r.list(row, 'roles').flatMap((text) => {
      const role = matchWord(text, actorRoles, actorRoleLabels);
      if (role === undefined) addTag(text);
      return role ?? [];
    });
    origins.push(
      r.origin(row, {
        id: 'id',
        name: 'name',
        type: 'type',
        roles: 'roles',
        description: 'description',
        skills: 'skills',
        tags: 'tags',
        position: 'x',
      }),
    );
    return record([
      ['id', r.text(row, 'id') || claimId(slugOf(name ?? '', 'element'), taken)],
      ['name', name ?? ''],
      ['type', type],
      ['roles', [...new Set(roles)]],
      ['description', r.text(row, 'description')],
      ['skills', r.text(row, 'skills')],
      ['tags', tags],
      ['position', r.position(row, 'x', 'y')],
      ...r.custom(row, actorFields),
    ]);
  });
}

/**
 * One flow per target of each connection row. A data connection's dataset is named by id
 * (`Dataset ID`, ours) or by name (`Dataset`, Kumu's custom field): a dataset of the Datasets
 * sheet when one fits, else one new dataset per distinct name.
 */
function readConnections(
  sheet: Sheet,
  find: (name: string) => Found,
  datasets: Record<string, unknown>[],
  origins: ReturnType<typeof emptyOrigins>,
  issues: MapIssue[],
): Record<string, unknown>[] {
  const r = new RowReader(sheet, connectionHeadings, issues);
  for (const field of ['from', 'to'] as const)
    if (!r.has(field)) issues.push({ path: sheet.name, ...saySheet('noEndColumn', { column: field === 'from' ? 'From' : 'To' }) });
  if (!r.has('from') || !r.has('to')) return [];
  const rows = r.rows();
  const flowIds = new Set(rows.flatMap((row) => r.text(row, 'id') || []));
  const datasetIds = new Set(datasets.map((d) => String(d['id'])));
  const byName = new Map<string, string>();
  const datasetOf = (row: (typeof rows)[number]): string | undefined => {
    const id = r.text(row, 'dataset') || undefined;
    const name = r.text(row, 'datasetName');
    if (id === undefined && (name === undefined || name.trim() === '')) return undefined;
    if (id !== undefined && datasetIds.has(id)) return id;
    const sameName = id === undefined ? datasets.filter((d) => d['name'] === name) : [];
    if (sameName.length === 1) return String(sameName[0]?.['id']);
    const key = id ?? `name:${name}`;
    const known = byName.get(key);
    if (known !== undefined) return known;
    const created = id ?? claimId(slugOf(name ?? '', 'dataset'), datasetIds);
    datasetIds.add(created);
    byName.set(key, created);
    datasets.push({ id: created, name: name ?? created, heldBy: [] });
    origins.datasets.push({ place: r.place(row), fields: { id: r.heading('dataset'), name: r.heading('datasetName') } });
    return created;
  };
  const flows: { row: (typeof rows)[number]; id?: string; flow: Record<string, unknown> }[] = [];
  for (const row of rows) {
    const fromText = r.text(row, 'from');
    const targets = r.list(row, 'to');
    if (fromText === undefined || fromText.trim() === '') r.report(row, 'from', saySheet('emptyFrom'));
    if (targets.length === 0) r.report(row, 'to', saySheet('emptyTo'));
    const end = (field: 'from' | 'to', name: string) => {
      const found = find(name);
      if ('id' in found) return found.id;
      r.report(row, field, found);
      return undefined;
    };
    const from = fromText === undefined || fromText.trim() === '' ? undefined : end('from', fromText);
    const tos = targets.map((name) => end('to', name));
    const typeText = r.filled(row, 'kind');
    const kind = (typeText === undefined ? undefined : matchWord(typeText, flowKinds, flowKindLabels)) ?? 'value';
    const kept: [string, unknown][] = [];
    if (typeText !== undefined && matchWord(typeText, flowKinds, flowKindLabels) === undefined)
      kept.push([r.heading('kind'), r.cell(row, 'kind')]);
    const direction = r.filled(row, 'direction');
    if (direction !== undefined && direction.toLowerCase() !== 'directed') kept.push([r.heading('direction'), r.cell(row, 'direction')]);
    let dataset: string | undefined;
    if (kind === 'data') dataset = datasetOf(row);
    else
      for (const field of ['datasetName', 'dataset'] as const)
        if (r.cell(row, field) !== undefined) kept.push([r.heading(field), r.cell(row, field)]);
    const id = r.text(row, 'id') || undefined;
    tos.forEach((to, k) => {
      const fields = record([
        ['from', from],
        ['to', to],
        ['kind', kind],
        ['dataset', dataset],
        ['label', r.text(row, 'label')],
        ['frequency', r.text(row, 'frequency')],
        ['access', r.text(row, 'access')],
        ['standard', r.text(row, 'standard')],
        ...kept,
        ...r.custom(row, flowFields),
      ]);
      flows.push({ row, id: id === undefined ? undefined : k === 0 ? id : claimId(`${id}-${k + 1}`, flowIds), flow: fields });
    });
  }
  return flows.map(({ row, id, flow }) => {
    origins.flows.push(
      r.origin(row, {
        id: 'id',
        from: 'from',
        to: 'to',
        kind: 'kind',
        dataset: 'dataset',
        label: 'label',
        frequency: 'frequency',
        access: 'access',
        standard: 'standard',
      }),
    );
    return { id: id ?? claimNumbered('f', flowIds), ...flow };
  });
}

function refuse(errors: MapIssue[]): ReadMapResult {
  return { ok: false, errors: errors.slice(0, 100) };
}
