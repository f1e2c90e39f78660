import type * as Y from 'yjs';
import { compareIds, readMapInfo, repairMap } from '../../domain/map/index.js';
import type { EcosystemMap, MapIssue } from '../../domain/map/index.js';
import { actorKind, datasetKind, elementRecord, flowKind, noteKind, plainFields, withArticle } from './elementStore.js';
import type { ElementKind } from './elementStore.js';
import { mapInfoOf } from './mapLayout.js';

export interface ReadMapFromDocResult {
  /** Always a valid map: its file would load (mapIssues finds nothing). */
  map: EcosystemMap;
  /** What was left out, cleared, cut or defaulted to get there, paths by id (`flows.f3.to`). */
  repaired: MapIssue[];
}

/**
 * The board as a domain map. Whatever concurrent peers left is repaired here, deterministically:
 * a flow whose actor was deleted concurrently is left out, a note pinned to something gone is
 * left out, a reference to a removed dataset or actor is cleared, and a value of the wrong type
 * (a bad or newer peer) falls back as a file reader would (dropped, defaulted or cut). Docs
 * that converged read the same on every client. Never throws.
 *
 * The leftovers stay in the document, unseen: repairing by writing would have every client
 * rewrite the same thing at once, and undoing the removal of an actor brings its flows back.
 * Lists are sorted by id (compareIds): board elements are keyed, not ordered.
 */
export function readMap(doc: Y.Doc): ReadMapFromDocResult {
  const issues: MapIssue[] = [];
  const info = plainFields(mapInfoOf(doc)) ?? {};
  const draft: EcosystemMap = {
    ...readMapInfo(info, issues),
    actors: readList(doc, actorKind, issues),
    datasets: readList(doc, datasetKind, issues),
    flows: readList(doc, flowKind, issues),
    notes: readList(doc, noteKind, issues),
  };
  const { map, repaired } = repairMap(draft);
  return { map, repaired: [...issues, ...repaired] };
}

function readList<T extends { id: string }>(doc: Y.Doc, kind: ElementKind<T>, issues: MapIssue[]): T[] {
  const list = kind.of(doc);
  return [...list.keys()].sort(compareIds).flatMap((id) => {
    const path = `${kind.list}.${id}`;
    const record = elementRecord(list.get(id), id);
    if (!record) {
      issues.push({ path, message: `expected ${withArticle(kind.noun)}, found something else; left out` });
      return [];
    }
    const element = kind.read(record, path, issues);
    return element ? [element] : [];
  });
}
