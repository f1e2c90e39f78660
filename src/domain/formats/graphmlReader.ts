import { place, placed, sayFile, withField, type FilePlace } from '../fileProblems/index.js';
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
import { renamedPrefix } from './graphmlKeys.js';
import { parseGraphml, withDefaults } from './graphmlParse.js';
import type { Data, Item } from './graphmlParse.js';
import { claimNumbered } from './ids.js';
import { readListCell } from './listCell.js';
import { emptyOrigins, placeIssue } from './places.js';
import { record } from './rowReader.js';
import { sheetLimits } from './sheet.js';
import { matchWord } from './vocabularyMatch.js';

/**
 * Reads GraphML into an ecosystem map (formats/interop.md), all or nothing, problems named by
 * node or edge and line. Files from graph tools import too: a node's name from a `name` or
 * `label` key, else its id; an edge's kind from a `kind` or `type` key when it is one of ours,
 * else a `value` flow; edges become flows as written, whatever the graph's direction; every
 * other key is kept as an unknown field (typed by the key's `attr.type`). Key names are matched
 * without regard to case.
 */
export function readGraphml(text: string): ReadMapResult {
  const parsed = parseGraphml(text);
  if (!parsed.ok) return parsed;
  const { keys, graph, nodes, edges } = parsed.graph;
  if (nodes.length > sheetLimits.rows || edges.length > sheetLimits.rows)
    return refuse([{ path: '', ...sayFile('tooManyNodes', { nodes: nodes.length, edges: edges.length, max: sheetLimits.rows }) }]);
  const issues: MapIssue[] = [];
  const origins = emptyOrigins();

  const info = fieldsOf(withDefaults(graph, keys, 'graph'));
  const jsonList = (name: string): unknown[] => {
    const raw = info.take(name);
    if (raw === undefined) return [];
    try {
      const value: unknown = JSON.parse(raw);
      if (Array.isArray(value)) return value;
    } catch {
      // reported below
    }
    issues.push({ ...placed(place('graph', {}, name)), ...sayFile('notJsonList'), line: graph.line });
    return [];
  };
  const mapFields = record([
    ['id', info.take('id') || undefined],
    ['title', info.take('title')],
    ['description', info.take('description')],
  ]);
  const datasets = jsonList('datasets') as Record<string, unknown>[];
  const notes = jsonList('notes');
  datasets.forEach((_, i) => origins.datasets.push({ place: place('graph', {}, `datasets[${i}]`), fields: {}, line: graph.line }));
  notes.forEach((_, i) => origins.notes.push({ place: place('graph', {}, `notes[${i}]`), fields: {}, line: graph.line }));
  const mapExtras = info.rest(
    ['format', 'version', 'id', 'title', 'description', 'actors', 'datasets', 'flows', 'notes'],
    issues,
    place('graph', {}),
    graph.line,
  );
  origins.map = { place: place('graph', {}), fields: {}, line: graph.line };

  const nodeIds = new Set<string>();
  const actors = nodes.map((node, i) => {
    const id = node.attributes['id'];
    const at = id === undefined ? place('nodeAt', { number: i + 1 }) : place('node', { id });
    if (id === undefined || id === '') issues.push({ ...placed(at), ...sayFile('noNodeId'), line: node.line });
    else nodeIds.add(id);
    origins.actors.push({ place: at, fields: { position: 'x' }, line: node.line });
    return readNode(node, id ?? '', fieldsOf(withDefaults(node, keys, 'node')), issues, at);
  });

  const flowIds = new Set(edges.flatMap((edge) => edge.attributes['id'] || []));
  const datasetIds = new Set(datasets.map((d) => String(d['id'])));
  const flows = edges.map((edge, i) => {
    const explicit = edge.attributes['id'] || undefined;
    const at = explicit === undefined ? place('edgeAt', { number: i + 1 }) : place('edge', { id: explicit });
    origins.flows.push({ place: at, fields: {}, line: edge.line });
    const f = fieldsOf(withDefaults(edge, keys, 'edge'));
    const end = (attribute: 'source' | 'target') => {
      const id = edge.attributes[attribute];
      if (id === undefined || !nodeIds.has(id))
        issues.push({
          ...placed(withField(at, attribute)),
          ...(id === undefined ? sayFile('endMissing') : sayFile('noNode', { id })),
          line: edge.line,
        });
      return id;
    };
    const [from, to] = [end('source'), end('target')];
    // `kind`, else `type`, when it is one of ours; the other stays an unknown field.
    const candidates = ['kind', 'type'].flatMap((name) => {
      const text = f.peek(name);
      const kind = text === undefined ? undefined : matchWord(text, flowKinds, flowKindLabels);
      return kind === undefined ? [] : [{ name, kind }];
    });
    const chosen = candidates[0];
    if (chosen) f.take(chosen.name);
    const kind = chosen?.kind ?? 'value';
    let dataset: string | undefined;
    const datasetName = kind === 'data' ? f.take('dataset') : undefined;
    if (datasetName !== undefined && datasetName.trim() !== '') {
      dataset = datasetName;
      if (!datasetIds.has(datasetName)) {
        // A dataset another tool names on its edges: one dataset per distinct name.
        datasetIds.add(datasetName);
        datasets.push({ id: datasetName, name: datasetName, heldBy: [] });
        origins.datasets.push({ place: at, fields: { id: 'dataset', name: 'dataset' }, line: edge.line });
      }
    }
    return record([
      ['id', explicit ?? claimNumbered('f', flowIds)],
      ['from', from],
      ['to', to],
      ['kind', kind],
      ['dataset', dataset],
      ['label', f.take('label')],
      ['frequency', f.take('frequency')],
      ['access', f.take('access')],
      ['standard', f.take('standard')],
      ...f.rest(flowFields, issues, at, edge.line),
    ]);
  });
  if (issues.length > 0) return refuse(issues);
  const json = {
    title: '',
    ...mapFields,
    ...Object.fromEntries(mapExtras),
    format: mapFormat,
    version: mapFormatVersion,
    actors,
    datasets,
    flows,
    notes,
  };
  const result = restoreMapJson(json);
  return result.ok ? result : refuse(result.errors.map((issue) => placeIssue(issue, origins)));
}

function readNode(node: Item, id: string, f: Fields, issues: MapIssue[], at: FilePlace): Record<string, unknown> {
  const name = f.take('name') ?? f.take('label') ?? id;
  const tags = readListCell(f.take('tags') ?? '');
  const addTag = (tag: string) => void (tags.includes(tag) || tags.push(tag));
  const typeText = f.take('type')?.trim();
  const type = typeText ? matchWord(typeText, actorTypes, actorTypeLabels) : undefined;
  if (typeText && type === undefined) addTag(typeText);
  const roles = readListCell(f.take('roles') ?? '').flatMap((text) => {
    const role = matchWord(text, actorRoles, actorRoleLabels);
    if (role === undefined) addTag(text);
    return role ?? [];
  });
  // A position only from two numbers; anything else stays an unknown field, as found.
  const [x, y] = [Number(f.peek('x')?.trim() || NaN), Number(f.peek('y')?.trim() || NaN)];
  const position = Number.isFinite(x) && Number.isFinite(y) ? { x, y } : undefined;
  if (position) {
    f.take('x');
    f.take('y');
  }
  return record([
    ['id', id],
    ['name', name],
    ['type', type],
    ['roles', [...new Set(roles)]],
    ['description', f.take('description')],
    ['skills', f.take('skills')],
    ['tags', tags],
    ['position', position],
    ...f.rest(actorFields, issues, at, node.line),
  ]);
}

type Fields = ReturnType<typeof fieldsOf>;

/** An element's data by key name (ignoring case): known fields are taken, the rest are kept as unknown fields. */
function fieldsOf(data: Data[]) {
  const left = [...data];
  const find = (name: string) => left.findIndex((d) => d.name.toLowerCase() === name);
  return {
    peek(name: string): string | undefined {
      return left[find(name)]?.text;
    },
    take(name: string): string | undefined {
      const i = find(name);
      if (i < 0) return undefined;
      const [d] = left.splice(i, 1);
      return d?.text;
    },
    /** The rest as [name, typed value]; a name that is one of the element's own fields gets the prefix. */
    rest(reserved: readonly string[], issues: MapIssue[], at: FilePlace, line: number | undefined): [string, unknown][] {
      return left.flatMap((d): [string, unknown][] => {
        const name = d.name.startsWith(renamedPrefix)
          ? d.name.slice(renamedPrefix.length)
          : reserved.includes(d.name)
            ? `${renamedPrefix}${d.name}`
            : d.name;
        if (d.key?.json) {
          try {
            return [[name, JSON.parse(d.text)]];
          } catch {
            issues.push({ ...placed(withField(at, d.name)), ...sayFile('keyNotJson'), line });
            return [];
          }
        }
        return [[name, typed(d.text, d.key?.type ?? 'string')]];
      });
    },
  };
}

/** A value by the key's attr.type; text that does not fit the type is kept as text. */
function typed(text: string, type: string): unknown {
  if (type === 'boolean') {
    if (/^\s*(true|1)\s*$/i.test(text)) return true;
    if (/^\s*(false|0)\s*$/i.test(text)) return false;
    return text;
  }
  if (['int', 'long', 'float', 'double'].includes(type)) {
    const n = text.trim() === '' ? NaN : Number(text);
    return Number.isFinite(n) ? n : text;
  }
  return text;
}

function refuse(errors: MapIssue[]): ReadMapResult {
  return { ok: false, errors: errors.slice(0, 100) };
}
