import * as Y from 'yjs';
import { AppError } from '../../shared/index.js';
import { elementToJson, mapIssues, mapLimits, mapToJson, readMapFile } from '../../domain/map/index.js';
import type { EcosystemMap } from '../../domain/map/index.js';
import { actorKind, datasetKind, flowKind, newElementMap, noteKind, plainCopy, refuseIssues } from './elementStore.js';
import type { ElementKind } from './elementStore.js';
import { mapInfoOf, mapTransact } from './mapLayout.js';
import { readMap } from './readMap.js';

/**
 * Saved versions of a map board (SPEC H1–H6), in the top-level Y.Array `mapVersions` beside the
 * map layout: each entry a plain value `{ id, label, savedAt, map }`, `map` the map file's JSON
 * text (formats/ecosystem-map.md), so a version reads back through the file reader's checks
 * and stays readable whatever the live layout becomes. Append-only.
 *
 * The array is outside the types the editor's UndoManager tracks (mapTypesOf): undo never
 * takes a version away, and a restore (a change to the map itself) is one undo step.
 */
export const mapVersionsName = 'mapVersions';

/**
 * A map keeps at most this many versions; entries past it are not read (a peer that pushed
 * more gains nothing). With `maxVersionChars` it bounds what versions add to a board: 50 ×
 * 160,000 characters is 8 MB of ASCII text, at most 24 MB in any script, under the 32 MiB
 * board limit (SPEC L2), and one version's write stays under the 1 MiB message limit (L1).
 */
export const maxMapVersions = 50;
/** The longest map file text (compact JSON, in UTF-16 code units) kept as a version: about 800 actors with their flows. */
export const maxVersionChars = 160_000;

export interface MapVersionInfo {
  id: string;
  /** What the version marks, e.g. "before the merge", "End of Mapping the ecosystem". */
  label: string;
  /** When it was saved, ISO 8601 in UTC (`2026-12-06T09:30:00.000Z`), from the saver's clock. */
  savedAt: string;
}

const idPattern = /^[A-Za-z0-9_:.-]{1,80}$/;
const timePattern = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?Z$/;

export function mapVersionsOf(doc: Y.Doc): Y.Array<unknown> {
  return doc.getArray(mapVersionsName);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Valid entries in the order saved, the first `maxMapVersions` of them; should two share an id, the first counts. */
function entries(doc: Y.Doc): (MapVersionInfo & { map: string })[] {
  const out: (MapVersionInfo & { map: string })[] = [];
  const seen = new Set<string>();
  for (const value of mapVersionsOf(doc).toArray()) {
    if (out.length >= maxMapVersions) break;
    if (!isRecord(value)) continue;
    const { id, label, savedAt, map } = value;
    if (typeof id !== 'string' || typeof label !== 'string' || typeof savedAt !== 'string' || typeof map !== 'string' || seen.has(id))
      continue;
    if (Number.isNaN(Date.parse(savedAt))) continue;
    seen.add(id);
    out.push({ id, label, savedAt, map });
  }
  return out;
}

function checkInfo(version: MapVersionInfo): void {
  const problems: string[] = [];
  if (!idPattern.test(version.id)) problems.push('id: expected 1 to 80 letters, digits or _ : . -');
  const label = version.label.trim();
  if (label === '') problems.push('label: is empty: name the version, e.g. "before the merge"');
  else if (label.length > mapLimits.shortText) problems.push(`label: is longer than ${mapLimits.shortText} characters`);
  if (!timePattern.test(version.savedAt) || Number.isNaN(Date.parse(version.savedAt)))
    problems.push('savedAt: expected a UTC date and time such as 2026-12-06T09:30:00Z');
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems.join('; '));
}

/**
 * Saves the map as it is now as a labelled version. False, and nothing written, when a
 * version with this id is already saved: an id made from what the version marks (the end of
 * one run of an activity) is saved once however often it is asked for. Bad input throws
 * VALIDATION_FAILED; a map already holding `maxMapVersions`, or too large for one, throws
 * VERSION_LIMIT. Not an undo step (see above).
 */
export function saveMapVersion(doc: Y.Doc, version: MapVersionInfo): boolean {
  checkInfo(version);
  const saved = entries(doc);
  if (saved.some((v) => v.id === version.id)) return false;
  if (saved.length >= maxMapVersions)
    throw new AppError('VERSION_LIMIT', `This map already keeps ${maxMapVersions} versions, the most one map keeps`);
  const text = JSON.stringify(mapToJson(readMap(doc).map));
  if (text.length > maxVersionChars)
    throw new AppError(
      'VERSION_LIMIT',
      `This map is ${Math.ceil(text.length / 1000)} thousand characters as a file, over the ${maxVersionChars / 1000} thousand a version keeps`,
    );
  mapTransact(doc, () => {
    mapVersionsOf(doc).push([{ id: version.id, label: version.label.trim(), savedAt: version.savedAt, map: text }]);
  });
  return true;
}

/** The saved versions, oldest first. */
export function listMapVersions(doc: Y.Doc): MapVersionInfo[] {
  return entries(doc).map(({ id, label, savedAt }) => ({ id, label, savedAt }));
}

/** The map as saved in a version, read with the map file's checks; undefined when there is no such version or it does not read. */
export function mapVersion(doc: Y.Doc, id: string): EcosystemMap | undefined {
  const entry = entries(doc).find((v) => v.id === id);
  if (!entry) return undefined;
  const result = readMapFile(entry.map);
  return result.ok ? result.map : undefined;
}

/**
 * Puts the map back as it was in version `id`, in one transaction: run it inside the editor's
 * transaction (its undo origin) and one Undo puts the map back as it was before the restore.
 * Only what differs is written: an element not in the version is removed, a missing one is
 * added, and of one on both sides only the fields that differ are set or removed. So the edits
 * a peer makes concurrently to anything the version leaves as it is survive the merge, and
 * edits made after the restore are edits like any other. Quick notes and the versions are left
 * alone. Throws VALIDATION_FAILED when there is no such version or it does not read.
 */
export function restoreMapVersion(doc: Y.Doc, id: string): void {
  const map = mapVersion(doc, id);
  if (!map) throw new AppError('VALIDATION_FAILED', `version: this map has no readable version "${id}"`);
  refuseIssues(mapIssues(map));
  mapTransact(doc, () => {
    restoreList(doc, actorKind, map.actors);
    restoreList(doc, datasetKind, map.datasets);
    restoreList(doc, flowKind, map.flows);
    restoreList(doc, noteKind, map.notes);
    const { actors: _a, datasets: _d, flows: _f, notes: _n, ...rest } = map;
    // As writeMapToDoc: extras named like file fields could not be read back.
    const infoFields = ['id', 'title', 'description', 'format', 'version', 'actors', 'datasets', 'flows', 'notes'];
    const info = mapInfoOf(doc);
    const { title, ...otherInfo } = elementToJson(rest, infoFields);
    // A board never titled reads as "": it needs no title written to read the same.
    restoreFields(info, title === '' && !info.has('title') ? otherInfo : { title, ...otherInfo });
  });
}

function restoreList<T extends { id: string }>(doc: Y.Doc, kind: ElementKind<T>, elements: T[]): void {
  const list = kind.of(doc);
  const wanted = new Map(elements.map((e) => [e.id, elementToJson(e, kind.fields)]));
  for (const key of [...list.keys()]) if (!wanted.has(key)) list.delete(key);
  for (const [id, json] of wanted) {
    const current = list.get(id);
    if (current instanceof Y.Map) restoreFields(current as Y.Map<unknown>, json, 'id');
    else list.set(id, newElementMap(json));
  }
}

/**
 * Makes `target` hold exactly the fields of `json`, writing only those that differ. An
 * element's id is its key, not a field (`skip` = 'id'); the map's own id is a field of mapInfo.
 */
function restoreFields(target: Y.Map<unknown>, json: Record<string, unknown>, skip?: string): void {
  for (const key of [...target.keys()]) if (key !== skip && !(key in json)) target.delete(key);
  for (const [key, value] of Object.entries(json)) {
    if (key === skip) continue;
    if (JSON.stringify(plainCopy(target.get(key))) !== JSON.stringify(value)) target.set(key, plainCopy(value));
  }
}
