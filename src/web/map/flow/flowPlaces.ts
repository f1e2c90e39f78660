import type { Flow } from '../../../domain/map/index.js';
import { curveOf, placeFlowLabels, typicalFlowLabel, type Rect } from '../../../domain/render/index.js';
import { noteWidth } from '../mapStyle.js';
import { pinnedNotesKey, type LabelSize } from './labelSizes.js';

/** Where an actor's pinned notes hang: this far right of its box (map.css, `.map-pinned-notes`). */
const pinnedNotesGap = 18;
/** A pinned note's height until it is measured. */
const pinnedNoteHeight = 100;

/**
 * Where each flow's label sits, worked out for the whole map from stored positions (not
 * during a drag: a label keeps its place along and off its line while the line moves) with
 * the labels' measured sizes, by the pictures' own placement (`placeFlowLabels`): clear of
 * every actor, the notes pinned to it, the free sticky notes and every other label. A label not yet drawn counts
 * with a typical size.
 */
export function flowPlaces(
  flows: Flow[],
  rects: ReadonlyMap<string, Rect>,
  lanes: ReadonlyMap<string, number>,
  sizes: ReadonlyMap<string, LabelSize>,
  pinnedCounts: ReadonlyMap<string, number>,
  freeNotes: Rect[],
): Map<string, { t: number; offset: number }> {
  const curves = flows.flatMap((flow) => {
    const from = rects.get(flow.from);
    const to = rects.get(flow.to);
    return from && to ? [{ id: flow.id, points: curveOf(flow, from, to, lanes.get(flow.id) ?? 0).points }] : [];
  });
  const notes = [...pinnedCounts].flatMap(([actorId, count]) => {
    const actor = rects.get(actorId);
    const size = sizes.get(pinnedNotesKey(actorId)) ?? { width: noteWidth, height: count * pinnedNoteHeight };
    return actor ? [{ x: actor.x + actor.width + pinnedNotesGap, y: actor.y, ...size }] : [];
  });
  const places = placeFlowLabels(curves, (id) => sizes.get(id) ?? typicalFlowLabel, [...rects.values(), ...notes, ...freeNotes]);
  return new Map([...places].map(([id, { t, offset }]) => [id, { t, offset }]));
}
