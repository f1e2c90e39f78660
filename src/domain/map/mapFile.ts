import { readActor, readDataset, readFlow, readNote } from './elements.js';
import { mapFormat, mapFormatVersion, withoutAbsent } from './mapJson.js';
import { found, sayMap as say } from '../fileProblems/index.js';
import { FieldReader, isRecord } from './fieldReader.js';
import { lineOfPath, syntaxErrorLine, valueLines } from './jsonLines.js';
import { mapProblems } from './mapProblems.js';
import type { MapList } from './mapProblems.js';
import { mapLimits } from './types.js';
import type { EcosystemMap, MapIssue } from './types.js';

/**
 * The ecosystem map file (formats/ecosystem-map.md): reading is all or nothing. A file with
 * any problem is refused whole with every problem found (up to `maxIssues`), each named by
 * its path and, when it can be placed, its line. Nothing is half-imported.
 */
export type ReadMapResult = { ok: true; map: EcosystemMap } | { ok: false; errors: MapIssue[] };

const maxIssues = 100;

export function readMapFile(text: string): ReadMapResult {
  // Editors on Windows may save a byte order mark; it is not part of the JSON.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    // The engine's message quotes the text around the error; keep it short and on one line.
    const reason = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 160);
    return refuse([withLine({ path: '', ...say('notJson', { reason }) }, syntaxErrorLine(body))]);
  }
  const result = restoreMapJson(data);
  if (result.ok) return result;
  const lines = valueLines(body);
  // A whole-file problem (path '') has no useful line once the text is JSON.
  return { ok: false, errors: result.errors.map((issue) => (issue.path === '' ? issue : withLine(issue, lineOfPath(lines, issue.path)))) };
}

/** Reads a map from an already parsed JSON value (a request body, a stored snapshot). */
export function restoreMapJson(data: unknown): ReadMapResult {
  if (!isRecord(data)) return refuse([{ path: '', ...say('notJsonObject', { found: found(data) }) }]);
  const issues: MapIssue[] = [];
  const r = new FieldReader(data, '', issues);
  const format = r.take('format');
  if (format !== mapFormat) {
    const said = format === undefined ? say('mapFormatMissing') : say('mapFormatWrong', { found: found(format) });
    return refuse([{ path: 'format', ...said }]);
  }
  const version = r.take('version');
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return refuse([{ path: 'version', ...say('mapVersionNotWhole', { found: found(version) }) }]);
  if (version > mapFormatVersion) {
    return refuse([{ path: 'version', ...say('mapVersionNewer', { version, max: mapFormatVersion }) }]);
  }
  const indexes: Record<MapList, number[]> = { actors: [], datasets: [], flows: [], notes: [] };
  const list = <T>(key: MapList, required: boolean, read: (raw: unknown, path: string, issues: MapIssue[]) => T | undefined): T[] => {
    const raw = r.take(key);
    if (raw === undefined && !required) return [];
    if (!Array.isArray(raw)) {
      r.report(key, raw === undefined ? say('listRequired') : say('notList', { found: found(raw) }));
      return [];
    }
    return raw.flatMap((item: unknown, index) => {
      const element = read(item, `${key}[${index}]`, issues);
      if (element === undefined) return [];
      indexes[key].push(index);
      return [element];
    });
  };
  const map: EcosystemMap = {
    id: r.id('id', false),
    title: r.text('title', mapLimits.title, true) ?? '',
    description: r.text('description', mapLimits.description),
    actors: list('actors', true, readActor),
    datasets: list('datasets', false, readDataset),
    flows: list('flows', true, readFlow),
    notes: list('notes', false, readNote),
    extra: r.extra(),
  };
  // Paths by index in the file: an element left out above shifts the map's indexes.
  for (const p of mapProblems(map))
    issues.push({ path: `${p.list}[${indexes[p.list][p.index] ?? p.index}].${p.field}`, message: p.message, problem: p.problem });
  if (issues.length > 0) return refuse(issues);
  return { ok: true, map: withoutAbsent(map) };
}

function refuse(errors: MapIssue[]): ReadMapResult {
  if (errors.length <= maxIssues) return { ok: false, errors };
  const more = { path: '', ...say('moreProblems', { count: errors.length - maxIssues }) };
  return { ok: false, errors: [...errors.slice(0, maxIssues), more] };
}

function withLine(issue: MapIssue, line: number | undefined): MapIssue {
  return line === undefined ? issue : { ...issue, line };
}
