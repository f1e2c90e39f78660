import type { EcosystemMap } from './types.js';
import { accessLevelLabels, type AccessLevel } from './vocabulary.js';

/**
 * The access a map gives a dataset, as a linked canvas shows it. The dataset's own place on
 * the closed–shared–open spectrum when it has one; else what the data flows carrying it say.
 * Flows that agree give one answer; flows that differ are each shown with the actors they
 * link ("Open (flow City → Public)"), because "Shared" alone would hide the open one.
 */
export interface DatasetAccess {
  access: AccessLevel;
  /** The flow this access is on, when flows differ; absent when one answer holds for the dataset. */
  flow?: { id: string; from: string; to: string };
}

/** Empty: the map says nothing of the dataset's access. */
export function datasetAccess(map: EcosystemMap, datasetId: string): DatasetAccess[] {
  const dataset = map.datasets.find((d) => d.id === datasetId);
  if (!dataset) return [];
  if (dataset.access) return [{ access: dataset.access }];
  const nameOf = (actorId: string) => map.actors.find((a) => a.id === actorId)?.name ?? actorId;
  const carrying = map.flows.filter((f) => f.kind === 'data' && f.dataset === datasetId && f.access !== undefined);
  const levels = new Set(carrying.map((f) => f.access));
  const [only] = levels;
  if (levels.size <= 1) return only ? [{ access: only }] : [];
  return carrying.map((f) => ({ access: f.access as AccessLevel, flow: { id: f.id, from: nameOf(f.from), to: nameOf(f.to) } }));
}

/** In words: "Open", or "Open (flow City → Public), Shared (flow City → Bins Ltd)"; null when not set. */
export function datasetAccessText(shown: readonly DatasetAccess[]): string | null {
  if (shown.length === 0) return null;
  return shown
    .map((s) => (s.flow ? `${accessLevelLabels[s.access]} (flow ${s.flow.from} → ${s.flow.to})` : accessLevelLabels[s.access]))
    .join(', ');
}
