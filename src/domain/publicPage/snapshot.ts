import type { Canvas } from '../canvas/index.js';
import type { Actor, Dataset, EcosystemMap, Flow } from '../map/index.js';
import type { PublicCanvas, PublicSnapshot } from './types.js';

/* The map without notes (SPEC U4: notes are never published) and without `extra`: fields this
   version does not know could hold anything, so only the known ones are shown. */
function actorOf({ extra: _extra, ...actor }: Actor): Actor {
  return actor;
}
function datasetOf({ extra: _extra, ...dataset }: Dataset): Dataset {
  return dataset;
}
function flowOf({ extra: _extra, ...flow }: Flow): Flow {
  return flow;
}

export function publicMap(map: EcosystemMap, title: string): EcosystemMap {
  const out: EcosystemMap = {
    title,
    actors: map.actors.map(actorOf),
    datasets: map.datasets.map(datasetOf),
    flows: map.flows.map(flowOf),
    notes: [],
  };
  if (map.description) out.description = map.description;
  return out;
}

/**
 * What the page shows of a canvas (U3): the statuses of the sections and the actions the
 * facilitator picked, by id; an action's owner (often a person) and the canvas's notes never.
 */
export function publicCanvas(canvas: Canvas, sectionIds: readonly string[], actionIds: readonly string[]): PublicCanvas {
  const sections = new Set(sectionIds);
  const actions = new Set(actionIds);
  return {
    sections: canvas.sections.filter((s) => sections.has(s.id)).map((s) => ({ id: s.id, status: s.status })),
    actions: canvas.sections.flatMap((s) =>
      s.actions
        .filter((a) => actions.has(a.id))
        .map((a) => ({ section: s.id, text: a.text, priority: a.priority, done: a.done, ...(a.due ? { due: a.due } : {}) })),
    ),
  };
}

export interface SnapshotInput {
  slug: string;
  projectTitle: string;
  map: EcosystemMap;
  canvas: Canvas | null;
  sectionIds: readonly string[];
  actionIds: readonly string[];
  publishedAt: string;
}

/** The page as it is published: made once, stored, and shown until it is published again (U5). */
export function publicSnapshot(input: SnapshotInput): PublicSnapshot {
  const canvas = input.canvas ? publicCanvas(input.canvas, input.sectionIds, input.actionIds) : null;
  return {
    slug: input.slug,
    title: input.projectTitle,
    map: publicMap(input.map, input.projectTitle),
    canvas: canvas && (canvas.sections.length > 0 || canvas.actions.length > 0) ? canvas : null,
    publishedAt: input.publishedAt,
  };
}
