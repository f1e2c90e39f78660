import type { Flow } from '../../../domain/map/index.js';
import { curveOf, placeFlowLabels, typicalFlowLabel, type Rect } from '../../../domain/render/index.js';
import type { LabelSize } from './labelSizes.js';

/**
 * Where each flow's label sits, worked out for the whole map from stored positions (not
 * during a drag: a label keeps its place along and off its line while the line moves) with
 * the labels' measured sizes, by the pictures' own placement (`placeFlowLabels`): clear of
 * every actor and every other label. A label not yet drawn counts with a typical size.
 */
export function flowPlaces(
  flows: Flow[],
  rects: ReadonlyMap<string, Rect>,
  lanes: ReadonlyMap<string, number>,
  sizes: ReadonlyMap<string, LabelSize>,
): Map<string, { t: number; offset: number }> {
  const curves = flows.flatMap((flow) => {
    const from = rects.get(flow.from);
    const to = rects.get(flow.to);
    return from && to ? [{ id: flow.id, points: curveOf(flow, from, to, lanes.get(flow.id) ?? 0).points }] : [];
  });
  const places = placeFlowLabels(curves, (id) => sizes.get(id) ?? typicalFlowLabel, [...rects.values()]);
  return new Map([...places].map(([id, { t, offset }]) => [id, { t, offset }]));
}
