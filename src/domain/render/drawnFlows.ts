import type { EcosystemMap, Flow } from '../map/index.js';
import { curveOf, type FlowCurve } from './flowGeometry.js';
import { flowLanes } from './flowLanes.js';
import type { Rect } from './layout.js';

/** A flow as the picture draws it: the editor's curve (flowGeometry.ts) on the editor's lane (flowLanes.ts). */
export type DrawnFlow = FlowCurve & { flow: Flow };

/** The curve of every flow between two drawn actors, in the map's order. */
export function drawnFlows(map: EcosystemMap, rects: ReadonlyMap<string, Rect>): DrawnFlow[] {
  const flows = map.flows.filter((f) => rects.has(f.from) && rects.has(f.to));
  const lanes = flowLanes(flows, rects);
  return flows.flatMap((flow) => {
    const from = rects.get(flow.from);
    const to = rects.get(flow.to);
    return from && to ? [{ flow, ...curveOf(flow, from, to, lanes.get(flow.id) ?? 0) }] : [];
  });
}
