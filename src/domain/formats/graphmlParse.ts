import { sayFile } from '../fileProblems/index.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { MapIssue } from '../map/index.js';
import { jsonDesc } from './graphmlKeys.js';

/**
 * GraphML's structure as read by fast-xml-parser: the keys, and every node and edge of the one
 * graph (nodes of nested graphs included), each with its data and its line in the file. Text
 * is kept exactly (no trimming, character references decoded); namespace prefixes are dropped.
 */

export interface Key {
  id: string;
  name: string;
  for: string;
  type: string;
  json: boolean;
  default?: string;
  /** yEd's drawing data (`yfiles.type`): how yEd draws a node, not a field of it. */
  drawing: boolean;
}

export interface Data {
  name: string;
  text: string;
  key?: Key;
}

export interface Item {
  attributes: Record<string, string>;
  data: Data[];
  line?: number;
}

export interface Graph {
  keys: Key[];
  graph: Item;
  nodes: Item[];
  edges: Item[];
}

type Raw = Record<string, unknown>;

const lists = new Set(['key', 'graph', 'node', 'edge', 'data', 'hyperedge', 'default', 'desc']);
const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;

export function parseGraphml(text: string): { ok: true; graph: Graph } | { ok: false; errors: MapIssue[] } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const valid = XMLValidator.validate(body);
  if (valid !== true) return refuse({ path: '', ...sayFile('notXml', { reason: valid.err.msg }), line: valid.err.line });
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    attributesGroupName: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    removeNSPrefix: true,
    // An empty table keeps named HTML entities out but decodes numeric references (&#10;).
    htmlEntities: {},
    isArray: (name: string) => lists.has(name),
    captureMetaData: true,
  } as unknown as ConstructorParameters<typeof XMLParser>[0]);
  let doc: Raw;
  try {
    doc = parser.parse(body) as Raw;
  } catch (e) {
    return refuse({ path: '', ...sayFile('unreadableXml', { reason: e instanceof Error ? e.message : String(e) }) });
  }
  // An element with neither attributes nor content reads as '' (`<graphml/>`).
  const root = doc['graphml'] === '' ? {} : doc['graphml'];
  if (!isRaw(root)) {
    const found = Object.keys(doc).find((k) => !k.startsWith('?'));
    return refuse({ path: '', ...sayFile('notGraphml', { root: found ?? '' }) });
  }
  const lineAt = lineFinder(body);
  const keys = children(root, 'key').map((raw) => readKey(raw));
  const graphs = children(root, 'graph');
  if (graphs.length !== 1)
    return refuse({ path: '', ...(graphs.length === 0 ? sayFile('noGraph') : sayFile('severalGraphs', { count: graphs.length })) });
  const [graphRaw] = graphs as [Raw];
  const nodes: Item[] = [];
  const edges: Item[] = [];
  const errors: MapIssue[] = [];
  const item = (raw: Raw): Item => ({ attributes: attributes(raw), data: readData(raw, keys), line: lineAt(raw) });
  const walk = (graph: Raw) => {
    for (const hyper of children(graph, 'hyperedge')) errors.push({ path: 'hyperedge', ...sayFile('hyperedge'), line: lineAt(hyper) });
    for (const node of children(graph, 'node')) {
      nodes.push(item(node));
      for (const nested of children(node, 'graph')) walk(nested);
    }
    for (const edge of children(graph, 'edge')) edges.push(item(edge));
  };
  walk(graphRaw);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, graph: { keys, graph: item(graphRaw), nodes, edges } };
}

function readKey(raw: Raw): Key {
  const a = attributes(raw);
  const defaults = children(raw, 'default');
  const desc = children(raw, 'desc').map(textOf).join('');
  return {
    id: a['id'] ?? '',
    name: a['attr.name'] ?? a['id'] ?? '',
    for: a['for'] ?? 'all',
    type: (a['attr.type'] ?? 'string').toLowerCase(),
    json: desc.trim() === jsonDesc,
    default: defaults.length > 0 ? defaults.map(textOf).join('') : undefined,
    drawing: a['yfiles.type'] !== undefined,
  };
}

/** An element's data as written, yEd's drawings left out. */
function readData(raw: Raw, keys: Key[]): Data[] {
  const out: Data[] = children(raw, 'data').map((d) => {
    const keyId = attributes(d)['key'] ?? '';
    const key = keys.find((k) => k.id === keyId);
    return { name: key?.name ?? keyId, text: textOf(d), key };
  });
  return out.filter((d) => !d.key?.drawing);
}

/** An element's data, then the defaults of keys for its kind that it has no data for (as NetworkX reads them). */
export function withDefaults(item: Item, keys: Key[], target: 'graph' | 'node' | 'edge'): Data[] {
  const present = new Set(item.data.map((d) => d.key?.id));
  const defaults = keys
    .filter((k) => (k.for === target || k.for === 'all') && k.default !== undefined && !k.drawing && !present.has(k.id))
    .map((k) => ({ name: k.name, text: k.default ?? '', key: k }));
  return [...item.data, ...defaults];
}

function children(raw: Raw, name: string): Raw[] {
  const value = raw[name];
  return Array.isArray(value) ? value.map((v) => (isRaw(v) ? v : { '#text': String(v ?? '') })) : [];
}

function attributes(raw: Raw): Record<string, string> {
  const a = raw['@'];
  return isRaw(a) ? (Object.fromEntries(Object.entries(a).map(([k, v]) => [k, String(v)])) as Record<string, string>) : {};
}

/** The text directly inside an element (child elements, such as yEd's drawings, left out). */
function textOf(raw: Raw): string {
  const text = raw['#text'];
  return typeof text === 'string' ? text : text === undefined ? '' : String(text);
}

function isRaw(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineFinder(text: string): (raw: Raw) => number | undefined {
  const breaks: number[] = [];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) breaks.push(i);
  return (raw) => {
    const start = (raw as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex;
    if (start === undefined) return undefined;
    let [lo, hi] = [0, breaks.length];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((breaks[mid] ?? 0) < start) lo = mid + 1;
      else hi = mid;
    }
    return lo + 1;
  };
}

function refuse(issue: MapIssue): { ok: false; errors: MapIssue[] } {
  return { ok: false, errors: [issue] };
}
