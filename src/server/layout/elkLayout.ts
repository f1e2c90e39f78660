import { createRequire } from 'node:module';
import type ElkModule from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest } from '../../domain/index.js';
import type { Position } from '../../domain/map/index.js';

// elkjs is CommonJS: its module.exports is the class, which TypeScript types as `default`.
const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as typeof ElkModule.default;

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

/**
 * Places the actors with ELK's layered algorithm (elkjs, EPL-2.0, used as a separate
 * library): flows run left to right, so who gives data to whom reads like a sentence; a long
 * chain wraps onto further rows to keep the map about the shape of the screen, so it fits
 * at a readable zoom instead of becoming one long strip. Flows to an actor outside the
 * request, and flows from an actor to itself, are left out. Positions are whole board
 * units, each actor's top-left corner, the whole starting at 0, 0.
 */
export async function elkLayout(request: LayoutRequest): Promise<Record<string, Position>> {
  const ids = new Set(request.actors.map((a) => a.id));
  const graph = {
    id: 'map',
    layoutOptions: { ...layoutOptions, 'elk.aspectRatio': request.aspectRatio.toFixed(2) },
    children: request.actors.map(({ id, width, height }) => ({ id, width, height })),
    edges: request.flows
      .filter((f) => f.from !== f.to && ids.has(f.from) && ids.has(f.to))
      .map((f, i) => ({ id: `f${i}`, sources: [f.from], targets: [f.to] })),
  };
  const result = await new ELK().layout(graph);
  const positions: Record<string, Position> = {};
  for (const child of result.children ?? []) positions[child.id] = { x: Math.round(child.x ?? 0), y: Math.round(child.y ?? 0) };
  return positions;
}
