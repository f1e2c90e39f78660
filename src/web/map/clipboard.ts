import { mapFormat, writeMapFile } from '../../domain/map/index.js';
import type { Actor, Dataset, EcosystemMap, Flow, MapIssue, MapNote, Position } from '../../domain/map/index.js';

/**
 * Copy and paste carry a small map in the file format (writeMapFile), as text: the system
 * clipboard can take it to another board or a text editor, and a paste is read back with
 * readMapFile, so pasted text is restored and checked like any imported file (STYLE 5). The
 * reader and its problems load at the first paste, not with the board.
 */

/** The selection as a map of its own: selected actors, flows among them (or selected), their datasets and notes. */
export function copyOf(map: EcosystemMap, selected: ReadonlySet<string>): EcosystemMap | null {
  const actors = map.actors.filter((a) => selected.has(a.id));
  const actorIds = new Set(actors.map((a) => a.id));
  const flows = map.flows.filter((f) => actorIds.has(f.from) && actorIds.has(f.to));
  const flowIds = new Set(flows.map((f) => f.id));
  const datasetIds = new Set(flows.flatMap((f) => (f.dataset ? [f.dataset] : [])));
  const datasets = map.datasets
    .filter((d) => datasetIds.has(d.id))
    .map((d) => ({
      ...d,
      steward: d.steward && actorIds.has(d.steward) ? d.steward : undefined,
      heldBy: d.heldBy.filter((h) => actorIds.has(h)),
    }))
    .map(({ steward, ...rest }) => (steward ? { ...rest, steward } : rest));
  const pinnedHere = (n: MapNote) => n.target !== undefined && (actorIds.has(n.target) || flowIds.has(n.target));
  // A selected note pinned to something not copied travels free, at its target's place.
  const notes = map.notes
    .filter((n) => selected.has(n.id) || pinnedHere(n))
    .map((n) => (n.target === undefined || pinnedHere(n) ? n : freed(n, map)));
  if (actors.length === 0 && notes.length === 0) return null;
  return { title: map.title, actors, datasets, flows, notes };
}

function freed(note: MapNote, map: EcosystemMap): MapNote {
  const { target, ...rest } = note;
  const at = map.actors.find((a) => a.id === target)?.position;
  return { ...rest, position: note.position ?? (at ? { x: at.x + 260, y: at.y } : { x: 0, y: 0 }) };
}

export function clipboardText(copy: EcosystemMap): string {
  return writeMapFile(copy);
}

/** Whether pasted text claims to be a map file: ours to paste (and read), else the page's. */
export const isMapText = (text: string): boolean => text.includes(mapFormat);

/**
 * The map in pasted text; its problems when the text is a JSON object but not a valid map file
 * (each with its code, to say in the person's language); null otherwise (not ours to paste).
 */
export async function mapFromText(text: string): Promise<{ ok: true; map: EcosystemMap } | { ok: false; errors: MapIssue[] } | null> {
  const { readMapFile } = await import('../../domain/map/mapFile.js');
  const result = readMapFile(text);
  if (result.ok) return { ok: true, map: result.map };
  return text.trimStart().startsWith('{') && result.errors.length > 0 ? { ok: false, errors: result.errors } : null;
}

export interface PastePlan {
  actors: Actor[];
  datasets: Dataset[];
  flows: Flow[];
  notes: MapNote[];
}

/**
 * What pasting `copy` onto `board` adds: everything under new ids (so pasting twice makes two
 * copies), moved by `offset`. A dataset already on this board (pasting on the board it came
 * from) is shared, not duplicated; references to actors not pasted are kept when those actors
 * are on this board and dropped otherwise.
 */
export function pastePlan(
  copy: EcosystemMap,
  board: EcosystemMap,
  offset: Position,
  newId: (prefix: 'actor' | 'flow' | 'dataset' | 'note') => string,
): PastePlan {
  const ids = new Map<string, string>();
  const onBoard = new Set([...board.actors, ...board.flows].map((e) => e.id));
  const boardDatasets = new Set(board.datasets.map((d) => d.id));
  for (const a of copy.actors) ids.set(a.id, newId('actor'));
  for (const f of copy.flows) ids.set(f.id, newId('flow'));
  for (const d of copy.datasets) ids.set(d.id, boardDatasets.has(d.id) ? d.id : newId('dataset'));
  const ref = (id: string) => ids.get(id) ?? (onBoard.has(id) || boardDatasets.has(id) ? id : undefined);
  const moved = (p: Position | undefined) => p && { x: p.x + offset.x, y: p.y + offset.y };

  const actors = copy.actors.map((a) => ({ ...a, id: ids.get(a.id)!, position: moved(a.position) ?? offset }));
  const datasets = copy.datasets
    .filter((d) => !boardDatasets.has(d.id))
    .map(({ steward, ...d }) => {
      const stewardId = steward === undefined ? undefined : ref(steward);
      const heldBy = d.heldBy.flatMap((h) => (ref(h) ? [ref(h)!] : []));
      return { ...d, id: ids.get(d.id)!, heldBy, ...(stewardId ? { steward: stewardId } : {}) };
    });
  const flows = copy.flows.map(({ dataset, ...f }) => ({
    ...f,
    id: ids.get(f.id)!,
    from: ids.get(f.from)!,
    to: ids.get(f.to)!,
    ...(dataset && ids.get(dataset) ? { dataset: ids.get(dataset)! } : {}),
  }));
  const notes = copy.notes.map(({ target, position, ...n }) => {
    const pinned = target === undefined ? undefined : ref(target);
    return pinned ? { ...n, id: newId('note'), target: pinned } : { ...n, id: newId('note'), position: moved(position) ?? offset };
  });
  return { actors, datasets, flows, notes };
}
