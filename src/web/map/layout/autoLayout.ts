import type { EcosystemMap, Position } from '../../../domain/map/index.js';
import { actorWidth, noteWidth, pinnedNoteGap } from '../mapStyle.js';

export interface Box {
  width: number;
  height: number;
}

/**
 * Automatic layout with ELK's layered algorithm (elkjs, EPL-2.0, used as a separate library):
 * flows run left to right, so who gives data to whom reads like a sentence; a long chain
 * wraps onto further rows to keep the map about the shape of the screen (so it fits at a
 * readable zoom instead of becoming one long strip). ELK runs in a
 * Web Worker served from this site (never a third party), loaded only the first time someone
 * lays out a map, so it costs nothing in the app's main bundle and never freezes the page.
 */
async function elk() {
  const [{ default: ELK }, { default: workerUrl }] = await Promise.all([
    import('elkjs/lib/elk-api.js'),
    import('elkjs/lib/elk-worker.min.js?url&no-inline'),
  ]);
  return new ELK({ workerUrl });
}

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '80',
  'elk.layered.spacing.nodeNodeBetweenLayers': '280', // room for a flow's label between two actors
  'elk.spacing.componentComponent': '120',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.separateConnectedComponents': 'true',
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
};

/** An actor's size for the layout: as measured, plus room for the notes hanging at its right. */
export function layoutBox(map: EcosystemMap, id: string, measured: Box | undefined): Box {
  const pinned = map.notes.some((n) => n.target === id);
  const width = (measured?.width ?? actorWidth) + (pinned ? pinnedNoteGap + noteWidth : 0);
  return { width, height: measured?.height ?? 110 };
}

/**
 * Positions for `actorIds`, laid out by the flows among them (flows to actors outside the set
 * are ignored). Positions are whole board units, top-left corners, starting at `origin`;
 * `aspectRatio` (width / height) is the shape to aim for, the canvas's.
 */
export async function layoutActors(
  map: EcosystemMap,
  actorIds: string[],
  sizeOf: (id: string) => Box,
  origin: Position,
  aspectRatio: number,
): Promise<Map<string, Position>> {
  const inSet = new Set(actorIds);
  const graph = {
    id: 'map',
    layoutOptions: { ...layoutOptions, 'elk.aspectRatio': aspectRatio.toFixed(2) },
    children: actorIds.map((id) => ({ id, ...sizeOf(id) })),
    edges: map.flows
      .filter((f) => f.from !== f.to && inSet.has(f.from) && inSet.has(f.to))
      .map((f) => ({ id: f.id, sources: [f.from], targets: [f.to] })),
  };
  const engine = await elk();
  try {
    const result = await engine.layout(graph);
    const positions = new Map<string, Position>();
    for (const child of result.children ?? [])
      positions.set(child.id, { x: Math.round(origin.x + (child.x ?? 0)), y: Math.round(origin.y + (child.y ?? 0)) });
    return positions;
  } finally {
    engine.terminateWorker();
  }
}

/** Where new actors go in "place new actors only": below everything already placed, left-aligned. */
export function belowPlaced(map: EcosystemMap, sizeOf: (id: string) => Box): Position {
  const placed = map.actors.filter((a) => a.position);
  if (placed.length === 0) return { x: 0, y: 0 };
  const left = Math.min(...placed.map((a) => a.position!.x));
  const bottom = Math.max(...placed.map((a) => a.position!.y + sizeOf(a.id).height));
  return { x: left, y: bottom + 160 };
}
