import type { EcosystemMap } from './types.js';

/**
 * Writing the ecosystem map file (formats/ecosystem-map.md), apart from reading it (mapFile.ts):
 * a board copies its selection as a file without loading the reader and its problems.
 */
export const mapFormat = 'opencities/ecosystem-map';
/** The newest file version this code reads and the one it writes. */
export const mapFormatVersion = 1;

/** The fields of each element in the format's order: the key order files are written in. */
export const actorFields = ['id', 'name', 'type', 'roles', 'description', 'skills', 'tags', 'position'] as const;
export const datasetFields = [
  'id',
  'name',
  'description',
  'steward',
  'heldBy',
  'sensitivity',
  'deidentification',
  'access',
  'licence',
  'standard',
] as const;
export const flowFields = ['id', 'from', 'to', 'kind', 'dataset', 'label', 'frequency', 'access', 'standard'] as const;
export const noteFields = ['id', 'text', 'kind', 'target', 'author', 'position'] as const;

/**
 * The JSON form of an element: known fields in `fields` order, absent ones left out, then the
 * extra fields sorted by name (so equal elements give equal text whatever order their extras
 * were collected in). An extra that shadows a known field is ignored.
 */
export function elementToJson(element: object & { extra?: Record<string, unknown> }, fields: readonly string[]): Record<string, unknown> {
  const source = element as Record<string, unknown>;
  const known = fields.filter((key) => source[key] !== undefined).map((key) => [key, source[key]] as const);
  const extra = Object.entries(element.extra ?? {})
    .filter(([key]) => !fields.includes(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries([...known, ...extra]);
}

/** Drops properties whose value is undefined: absent is a missing property (see types.ts). */
export function withoutAbsent<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** The file's JSON value: the format's key order, extra fields last and sorted (see elementToJson). */
export function mapToJson(map: EcosystemMap): Record<string, unknown> {
  const file: Record<string, unknown> & { extra?: Record<string, unknown> } = {
    ...map,
    format: mapFormat,
    version: mapFormatVersion,
    actors: map.actors.map((a) => elementToJson(a, actorFields)),
    datasets: map.datasets.map((d) => elementToJson(d, datasetFields)),
    flows: map.flows.map((f) => elementToJson(f, flowFields)),
    notes: map.notes.map((n) => elementToJson(n, noteFields)),
  };
  return elementToJson(file, mapFields);
}

const mapFields = ['format', 'version', 'id', 'title', 'description', 'actors', 'datasets', 'flows', 'notes'];

/** The file text: 2-space indented JSON and a final newline; equal maps give equal text. */
export function writeMapFile(map: EcosystemMap): string {
  return `${JSON.stringify(mapToJson(map), null, 2)}\n`;
}
