import { datasetFields, elementToJson, noteFields } from '../map/index.js';
import type { EcosystemMap, Extra } from '../map/index.js';
import { edgeKeys, graphKeys, graphmlNamespace, jsonDesc, nodeKeys, renamedPrefix } from './graphmlKeys.js';
import { writeListCell } from './listCell.js';

/**
 * Writes a map as GraphML (formats/interop.md): actors are nodes, flows are directed edges, each
 * field a `<key>`; the map's own fields, its datasets and notes (which no graph tool draws) are
 * data of the graph. Unknown fields get a key each, typed `double` or `boolean` when every value
 * is one, `string` when every value is text, else JSON text (the key's `<desc>` says `JSON`),
 * so readGraphml gives back the same map. Equal maps give equal text.
 */
export function writeGraphml(map: EcosystemMap): string {
  const keys: string[] = [];
  const declare = (target: 'graph' | 'node' | 'edge', prefix: string, name: string, type: string, json = false) => {
    const id = `${prefix}${keys.length}`;
    const desc = json ? `<desc>${jsonDesc}</desc>` : '';
    keys.push(`  <key id="${id}" for="${target}" attr.name="${attr(name)}" attr.type="${type}"${desc ? `>${desc}</key>` : '/>'}`);
    return id;
  };
  const known = <K extends string>(
    target: 'graph' | 'node' | 'edge',
    prefix: string,
    names: readonly K[],
    types: Partial<Record<K, string>>,
    json: K[] = [],
  ) =>
    Object.fromEntries(names.map((name) => [name, declare(target, prefix, name, types[name] ?? 'string', json.includes(name))])) as Record<
      K,
      string
    >;
  const g = known('graph', 'g', graphKeys, {}, ['datasets', 'notes']);
  const n = known('node', 'n', nodeKeys, { x: 'double', y: 'double' });
  const e = known('edge', 'e', edgeKeys, {});
  const gx = extraKeys([map.extra], 'graph', 'g', declare, graphKeys);
  const nx = extraKeys(
    map.actors.map((a) => a.extra),
    'node',
    'n',
    declare,
    nodeKeys,
  );
  const ex = extraKeys(
    map.flows.map((f) => f.extra),
    'edge',
    'e',
    declare,
    edgeKeys,
  );

  const graphData = [
    data(g.id, map.id),
    data(g.title, map.title),
    data(g.description, map.description),
    data(g.datasets, JSON.stringify(map.datasets.map((d) => elementToJson(d, datasetFields)))),
    data(g.notes, JSON.stringify(map.notes.map((note) => elementToJson(note, noteFields)))),
    ...gx(map.extra),
  ].map((line) => `    ${line}`);
  const nodes = map.actors.map((a) => {
    const fields = [
      data(n.name, a.name),
      data(n.type, a.type),
      data(n.roles, writeListCell(a.roles)),
      data(n.description, a.description),
      data(n.skills, a.skills),
      data(n.tags, writeListCell(a.tags)),
      data(n.x, a.position === undefined ? undefined : String(a.position.x)),
      data(n.y, a.position === undefined ? undefined : String(a.position.y)),
      ...nx(a.extra),
    ];
    return element('node', `id="${attr(a.id)}"`, fields);
  });
  const edges = map.flows.map((f) => {
    const fields = [
      data(e.kind, f.kind),
      data(e.dataset, f.dataset),
      data(e.label, f.label),
      data(e.frequency, f.frequency),
      data(e.access, f.access),
      data(e.standard, f.standard),
      ...ex(f.extra),
    ];
    return element('edge', `id="${attr(f.id)}" source="${attr(f.from)}" target="${attr(f.to)}"`, fields);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<graphml xmlns="${graphmlNamespace}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="${graphmlNamespace} ${graphmlNamespace}/1.0/graphml.xsd">`,
    ...keys,
    '  <graph edgedefault="directed">',
    ...graphData.filter((line) => line.trim() !== ''),
    ...nodes,
    ...edges,
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

type Declare = (target: 'graph' | 'node' | 'edge', prefix: string, name: string, type: string, json?: boolean) => string;

/**
 * Declares one key per unknown field name (sorted) and returns how to write an element's
 * unknown fields. A name that is also one of our keys (an actor's unknown `x`), or that starts
 * with the renamed prefix, is written with the prefix, and readGraphml takes it off again.
 */
function extraKeys(
  extras: (Extra | undefined)[],
  target: 'graph' | 'node' | 'edge',
  prefix: string,
  declare: Declare,
  ours: readonly string[],
) {
  const names = [...new Set(extras.flatMap((x) => Object.keys(x ?? {})))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const columns = names.map((name) => {
    const values = extras.flatMap((x) => (x && Object.hasOwn(x, name) ? [x[name]] : []));
    const type = values.every((v) => typeof v === 'string')
      ? 'string'
      : values.every((v) => typeof v === 'number' && Number.isFinite(v) && !Object.is(v, -0))
        ? 'double'
        : values.every((v) => typeof v === 'boolean')
          ? 'boolean'
          : 'json';
    const attrName = ours.includes(name) || name.startsWith(renamedPrefix) ? `${renamedPrefix}${name}` : name;
    const id = declare(target, prefix, attrName, type === 'json' ? 'string' : type, type === 'json');
    return { name, id, text: (v: unknown) => (type === 'json' ? JSON.stringify(v) : String(v)) };
  });
  return (extra: Extra | undefined) => columns.map((c) => (extra && Object.hasOwn(extra, c.name) ? data(c.id, c.text(extra[c.name])) : ''));
}

function data(key: string, value: string | undefined): string {
  return value === undefined ? '' : `<data key="${key}">${text(value)}</data>`;
}

function element(tag: 'node' | 'edge', attributes: string, fields: string[]): string {
  const inner = fields.filter((f) => f !== '');
  if (inner.length === 0) return `    <${tag} ${attributes}/>`;
  return [`    <${tag} ${attributes}>`, ...inner.map((f) => `      ${f}`), `    </${tag}>`].join('\n');
}

/** Text content: a carriage return as a reference, or XML parsers would turn it into a line feed. */
function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

/** Attribute values: line breaks and tabs as references, or XML parsers would turn them into spaces. */
function attr(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}
