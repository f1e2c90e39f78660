import { createRequire } from 'node:module';
import type ElkModule from 'elkjs/lib/elk.bundled.js';
import type { LayoutRequest } from '../../domain/index.js';
import type { Position } from '../../domain/map/index.js';
import { minOf, maxOf } from '../../shared/index.js';

// elkjs is CommonJS: its module.exports is the class, which TypeScript types as `default`.
const ELK = createRequire(import.meta.url)('elkjs/lib/elk.bundled.js') as typeof ElkModule.default;

const layoutOptions = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.spacing.nodeNode': '80',
  // A flow's label is a box of its own between its two actors' layers (below): this is the
  // space on either side of it, or between two actors when a flow has no label.
  'elk.layered.spacing.nodeNodeBetweenLayers': '120',
  'elk.spacing.componentComponent': '120',
  'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
  'elk.separateConnectedComponents': 'true',
  'elk.layered.wrapping.strategy': 'MULTI_EDGE',
};

/** Space between the connected actors and the rows of unconnected ones, and between those, board units. */
const rowGap = { x: 80, y: 80, below: 160 };
/** A handful of unconnected actors always fits on one row: a row reads better than a column. */
const oneRowUpTo = 4;

type Box = LayoutRequest['actors'][number];
type Positions = Record<string, Position>;

/** The box around placed actors, or null for none. */
function extent(actors: Box[], positions: Positions): { width: number; height: number } | null {
  if (actors.length === 0) return null;
  return {
    width: maxOf(actors.map((a) => positions[a.id]!.x + a.width)),
    height: maxOf(actors.map((a) => positions[a.id]!.y + a.height)),
  };
}

/**
 * Unconnected actors in rows, in the order given, starting at `top`: as wide as the
 * connected part above, or wider when that keeps the whole about `aspectRatio` (width /
 * height), never a column of a few.
 */
function rowsOf(actors: Box[], top: number, minWidth: number, aspectRatio: number): Positions {
  const area = actors.reduce((sum, a) => sum + (a.width + rowGap.x) * (a.height + rowGap.y), 0);
  const widest = maxOf(actors.map((a) => a.width));
  const few = actors.slice(0, oneRowUpTo).reduce((sum, a) => sum + a.width + rowGap.x, -rowGap.x);
  const rowWidth = Math.max(minWidth, widest, few, Math.sqrt(area * aspectRatio));
  const positions: Positions = {};
  let x = 0;
  let y = top;
  let rowHeight = 0;
  for (const actor of actors) {
    if (x > 0 && x + actor.width > rowWidth) {
      x = 0;
      y += rowHeight + rowGap.y;
      rowHeight = 0;
    }
    positions[actor.id] = { x, y };
    x += actor.width + rowGap.x;
    rowHeight = Math.max(rowHeight, actor.height);
  }
  return positions;
}

/**
 * A flow's label at the middle of its flow: ELK gives it a place of its own, off every actor.
 * ELK reads a label only when it has text; what the text says does not matter, its size does.
 */
const labelOptions = { 'elk.edgeLabels.placement': 'CENTER' };
const labelText = 'label';

type Flow = LayoutRequest['flows'][number];

/** The connected actors by ELK's layered algorithm, positions rounded, the whole from 0, 0. */
async function layered(actors: Box[], flows: Flow[], aspectRatio: number): Promise<Positions> {
  const graph = {
    id: 'map',
    layoutOptions: { ...layoutOptions, 'elk.aspectRatio': aspectRatio.toFixed(2) },
    children: actors.map(({ id, width, height }) => ({ id, width, height })),
    edges: flows.map((f, i) => ({
      id: `f${i}`,
      sources: [f.from],
      targets: [f.to],
      labels: f.label
        ? [{ id: `f${i}-label`, text: labelText, width: f.label.width, height: f.label.height, layoutOptions: labelOptions }]
        : [],
    })),
  };
  const children = (await new ELK().layout(graph)).children ?? [];
  // ELK leaves a margin round the graph: the board's origin is the top-left actor's corner.
  const left = minOf(children.map((c) => c.x ?? 0));
  const top = minOf(children.map((c) => c.y ?? 0));
  const positions: Positions = {};
  for (const child of children) positions[child.id] = { x: Math.round((child.x ?? 0) - left), y: Math.round((child.y ?? 0) - top) };
  return positions;
}

/**
 * Places the actors with ELK's layered algorithm (elkjs, EPL-2.0, used as a separate
 * library): flows run left to right, so who gives data to whom reads like a sentence; a long
 * chain wraps onto further rows to keep the map about the shape of the screen, so it fits
 * at a readable zoom instead of becoming one long strip. A flow given its label's size gets
 * room for the label between its actors, off every actor. Actors with no flow among those laid
 * out (flows to an actor outside the request, and from an actor to itself, do not count) are
 * gathered in rows underneath, in the order given, ready to be connected. Positions are whole
 * board units, each actor's top-left corner, the whole starting at 0, 0.
 */
export async function elkLayout(request: LayoutRequest): Promise<Positions> {
  const ids = new Set(request.actors.map((a) => a.id));
  const flows = request.flows.filter((f) => f.from !== f.to && ids.has(f.from) && ids.has(f.to));
  const linked = new Set(flows.flatMap((f) => [f.from, f.to]));
  const connected = request.actors.filter((a) => linked.has(a.id));
  const unconnected = request.actors.filter((a) => !linked.has(a.id));

  const positions = connected.length > 0 ? await layered(connected, flows, request.aspectRatio) : {};
  if (unconnected.length === 0) return positions;
  const above = extent(connected, positions);
  return { ...positions, ...rowsOf(unconnected, above ? above.height + rowGap.below : 0, above?.width ?? 0, request.aspectRatio) };
}
