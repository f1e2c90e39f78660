import { removeActor, removeDataset, removeFlow, removeNote, type EcosystemMap } from '../../domain/map/index.js';
import type { Removal } from './mapActions.js';

/** The selected ids that are on the map, by list (a peer may have removed some meanwhile). */
export function selectionOf(map: EcosystemMap, selected: ReadonlySet<string>): Removal {
  return {
    actors: map.actors.filter((a) => selected.has(a.id)).map((a) => a.id),
    flows: map.flows.filter((f) => selected.has(f.id)).map((f) => f.id),
    notes: map.notes.filter((n) => selected.has(n.id)).map((n) => n.id),
    datasets: [],
  };
}

export interface Consequences {
  /** Flows that go although they were not asked for (they end at a removed actor). */
  flows: number;
  /** Notes that go with what they were pinned to. */
  notes: number;
}

/**
 * What else a removal takes with it, worked out with the domain's own removal rules (the same
 * the document operations follow), so the question asked matches what happens.
 */
export function consequencesOf(map: EcosystemMap, removal: Removal): Consequences {
  let after = map;
  for (const id of removal.notes) after = removeNote(after, id);
  for (const id of removal.flows) after = removeFlow(after, id);
  for (const id of removal.actors) after = removeActor(after, id);
  for (const id of removal.datasets) after = removeDataset(after, id);
  const asked = new Set([...removal.flows, ...removal.notes]);
  const gone = <T extends { id: string }>(before: T[], remaining: T[]) => {
    const left = new Set(remaining.map((e) => e.id));
    return before.filter((e) => !left.has(e.id) && !asked.has(e.id)).length;
  };
  return { flows: gone(map.flows, after.flows), notes: gone(map.notes, after.notes) };
}
