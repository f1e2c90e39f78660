import type * as Y from 'yjs';
import { elementToJson, mapIssues } from '../../domain/map/index.js';
import type { EcosystemMap } from '../../domain/map/index.js';
import { actorKind, datasetKind, flowKind, newElementMap, noteKind, plainCopy, refuseIssues } from './elementStore.js';
import type { ElementKind } from './elementStore.js';
import { mapInfoOf, mapTransact } from './mapLayout.js';

/**
 * Replaces the board's map with `map` (an import), in one transaction: one update for peers,
 * one undo step. Unknown fields are kept, as board fields. The map is checked first
 * (VALIDATION_FAILED), so a board never holds what a file could not. Quick notes and board
 * metadata are left alone.
 */
export function writeMapToDoc(doc: Y.Doc, map: EcosystemMap): void {
  refuseIssues(mapIssues(map));
  mapTransact(doc, () => {
    replaceList(doc, actorKind, map.actors);
    replaceList(doc, datasetKind, map.datasets);
    replaceList(doc, flowKind, map.flows);
    replaceList(doc, noteKind, map.notes);
    const info = mapInfoOf(doc);
    for (const key of [...info.keys()]) info.delete(key);
    const { actors: _a, datasets: _d, flows: _f, notes: _n, ...rest } = map;
    // Extras named like file fields could not be read back (readMapInfo ignores them): leave them out.
    const infoFields = ['id', 'title', 'description', 'format', 'version', 'actors', 'datasets', 'flows', 'notes'];
    for (const [key, value] of Object.entries(elementToJson(rest, infoFields))) info.set(key, plainCopy(value));
  });
}

function replaceList<T extends { id: string }>(doc: Y.Doc, kind: ElementKind<T>, elements: T[]): void {
  const list = kind.of(doc);
  for (const key of [...list.keys()]) list.delete(key);
  for (const element of elements) list.set(element.id, newElementMap(elementToJson(element, kind.fields)));
}
