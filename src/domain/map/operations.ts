import type { AccessLevel } from './vocabulary.js';
import type { EcosystemMap, Flow, MapNote } from './types.js';

/**
 * Pure edits that keep the map's invariants (see mapProblems): what depends on the removed
 * element goes or lets go of it in the same step. A missing id changes nothing.
 *
 * One rule for notes: a note goes with what it is pinned to (actor, dataset or flow), the
 * same outcome repairMap gives when the removal happened concurrently on another peer.
 * Because ids are unique only within a list, a note whose target id still names another
 * element (say a dataset with the removed actor's id) stays.
 */

/** Removes an actor, its flows (either end), the notes pinned to it or to those flows, and
 *  its place as steward or holder of any dataset. */
export function removeActor(map: EcosystemMap, actorId: string): EcosystemMap {
  if (!map.actors.some((a) => a.id === actorId)) return map;
  const flows = map.flows.filter((f) => f.from !== actorId && f.to !== actorId);
  const removedFlows = map.flows.filter((f) => !flows.includes(f)).map((f) => f.id);
  const next: EcosystemMap = {
    ...map,
    actors: map.actors.filter((a) => a.id !== actorId),
    datasets: map.datasets.map(({ steward, ...rest }) => ({
      ...rest,
      ...(steward !== undefined && steward !== actorId ? { steward } : {}),
      heldBy: rest.heldBy.filter((holder) => holder !== actorId),
    })),
    flows,
  };
  return { ...next, notes: keepPinnedNotes(next, [actorId, ...removedFlows]) };
}

/** Removes a dataset; flows that carried it stay without one; notes pinned to it go. */
export function removeDataset(map: EcosystemMap, datasetId: string): EcosystemMap {
  if (!map.datasets.some((d) => d.id === datasetId)) return map;
  const next: EcosystemMap = {
    ...map,
    datasets: map.datasets.filter((d) => d.id !== datasetId),
    flows: map.flows.map(({ dataset, ...rest }) => (dataset === undefined || dataset === datasetId ? rest : { ...rest, dataset })),
  };
  return { ...next, notes: keepPinnedNotes(next, [datasetId]) };
}

/** Removes a flow and the notes pinned to it. */
export function removeFlow(map: EcosystemMap, flowId: string): EcosystemMap {
  if (!map.flows.some((f) => f.id === flowId)) return map;
  const next: EcosystemMap = { ...map, flows: map.flows.filter((f) => f.id !== flowId) };
  return { ...next, notes: keepPinnedNotes(next, [flowId]) };
}

export function removeNote(map: EcosystemMap, noteId: string): EcosystemMap {
  if (!map.notes.some((n) => n.id === noteId)) return map;
  return { ...map, notes: map.notes.filter((n) => n.id !== noteId) };
}

/** The element a note is pinned to, looked up actor first, then dataset, then flow. */
export function noteTarget(map: EcosystemMap, note: MapNote) {
  if (note.target === undefined) return undefined;
  const id = note.target;
  const actor = map.actors.find((a) => a.id === id);
  if (actor) return { kind: 'actor' as const, actor };
  const dataset = map.datasets.find((d) => d.id === id);
  if (dataset) return { kind: 'dataset' as const, dataset };
  const flow = map.flows.find((f) => f.id === id);
  return flow ? { kind: 'flow' as const, flow } : undefined;
}

/** A flow's access: its own, else its dataset's (formats/ecosystem-map.md), else undefined. */
export function effectiveAccess(map: EcosystemMap, flow: Flow): AccessLevel | undefined {
  return flow.access ?? datasetOf(map, flow)?.access;
}

/** A flow's standard: its own, else its dataset's, else undefined (no standard). */
export function effectiveStandard(map: EcosystemMap, flow: Flow): string | undefined {
  return flow.standard ?? datasetOf(map, flow)?.standard;
}

function datasetOf(map: EcosystemMap, flow: Flow) {
  return flow.dataset === undefined ? undefined : map.datasets.find((d) => d.id === flow.dataset);
}

/** The notes, less those pinned to one of `removed` that no longer names any element. */
function keepPinnedNotes(map: EcosystemMap, removed: string[]): MapNote[] {
  const ids = new Set([...map.actors, ...map.datasets, ...map.flows].map((e) => e.id));
  return map.notes.filter((n) => n.target === undefined || !removed.includes(n.target) || ids.has(n.target));
}
