/**
 * The benchmark's map, made deterministically from a seed: actors on a grid, flows mostly
 * between neighbours (as on a real ecosystem map, where related organisations sit together)
 * with some running across the map. The same map goes to our editor (as a map file imported
 * into a board) and, as plain React Flow nodes and edges, to the bare page.
 */
import type { Actor, Dataset, EcosystemMap, Flow, FlowKind } from '../../src/domain/map/index.js';
import { actorRoles, actorTypes } from '../../src/domain/map/index.js';
import { createPrng } from '../../test/fuzz/prng.js';

export interface GraphOptions {
  actors: number;
  flows: number;
  seed: number;
}

/** Board units between grid points: an actor is 240 wide (mapStyle.ts) and about 110 high. */
export const gridStep = { x: 320, y: 220 };
/** The box each node has on the bare page: our actors' width and React Flow's initial height for them. */
export const nodeBox = { width: 240, height: 110 };

const places = ['City', 'County', 'Harbour', 'Riverside', 'North', 'South', 'Metro', 'Valley', 'Old Town', 'Airport'];
const kinds = ['Council', 'Transport', 'Health Trust', 'Energy Co', 'University', 'Residents Group', 'Data Lab', 'Water Board', 'Library'];
const flowWeights: [FlowKind, number][] = [
  ['data', 0.5],
  ['money', 0.15],
  ['service', 0.15],
  ['value', 0.1],
  ['oversight', 0.1],
];

const pad = (n: number) => String(n).padStart(4, '0');

export function benchMap({ actors: actorCount, flows: flowCount, seed }: GraphOptions): EcosystemMap {
  const rng = createPrng(seed);
  const columns = Math.ceil(Math.sqrt(actorCount * 1.6)); // wider than high, like a screen
  const actors: Actor[] = Array.from({ length: actorCount }, (_, i) => ({
    id: `a${pad(i)}`,
    name: `${rng.pick(places)} ${rng.pick(kinds)} ${i + 1}`,
    type: rng.pick(actorTypes),
    roles: rng.chance(0.7) ? [...new Set([rng.pick(actorRoles), rng.pick(actorRoles)])] : [rng.pick(actorRoles)],
    tags: [],
    position: { x: (i % columns) * gridStep.x, y: Math.floor(i / columns) * gridStep.y },
  }));
  const datasetCount = Math.max(1, Math.round(actorCount / 8));
  const datasets: Dataset[] = Array.from({ length: datasetCount }, (_, i) => ({
    id: `d${pad(i)}`,
    name: `Dataset ${i + 1}`,
    steward: rng.pick(actors).id,
    heldBy: [],
  }));
  const kindOf = () => {
    let r = rng.next();
    for (const [kind, weight] of flowWeights) if ((r -= weight) < 0) return kind;
    return 'data';
  };
  // A neighbour within two grid steps most of the time, anyone otherwise; never itself.
  const partnerOf = (i: number) => {
    for (;;) {
      let j: number;
      if (rng.chance(0.85)) {
        const col = (i % columns) + rng.int(5) - 2;
        const row = Math.floor(i / columns) + rng.int(5) - 2;
        j = col >= 0 && col < columns ? row * columns + col : -1;
      } else j = rng.int(actorCount);
      if (j >= 0 && j < actorCount && j !== i) return j;
    }
  };
  const flows: Flow[] = Array.from({ length: flowCount }, (_, i) => {
    const from = rng.int(actorCount);
    const kind = kindOf();
    const flow: Flow = { id: `f${pad(i)}`, from: actors[from]!.id, to: actors[partnerOf(from)]!.id, kind };
    if (kind === 'data') {
      flow.dataset = rng.pick(datasets).id;
      if (rng.chance(0.5)) flow.frequency = rng.pick(['daily', 'weekly', 'monthly', 'real time']);
    } else if (rng.chance(0.3)) flow.label = rng.pick(['grant', 'contract', 'reports', 'advice', 'licence fee']);
    return flow;
  });
  return {
    title: `Bench map: ${actorCount} actors, ${flowCount} flows`,
    actors,
    datasets,
    flows,
    notes: [],
  };
}

/** The bare page's graph: the same ids, positions, boxes and links, for React Flow's default node and edge. */
export interface BareGraph {
  nodes: { id: string; position: { x: number; y: number }; data: { label: string }; width: number; height: number }[];
  edges: { id: string; source: string; target: string }[];
}

export function bareGraph(map: EcosystemMap): BareGraph {
  return {
    nodes: map.actors.map((a) => ({ id: a.id, position: a.position ?? { x: 0, y: 0 }, data: { label: a.name }, ...nodeBox })),
    edges: map.flows.map((f) => ({ id: f.id, source: f.from, target: f.to })),
  };
}
