import { useMemo, useRef } from 'react';
import type { EcosystemMap, MapNote, Position } from '../../../domain/map/index.js';
import { avoidActorsLimit, flowLanes, lanesOf, type Rect } from '../../../domain/render/index.js';
import { flowPlaces } from '../flow/flowPlaces.js';
import type { LabelSize } from '../flow/labelSizes.js';
import { actorWidth, noteWidth } from '../mapStyle.js';

interface Size {
  width: number;
  height: number;
}

const noSizes: ReadonlyMap<string, Size> = new Map();

/** What flows' lanes and labels depend on: where things are and how big, not what they say. */
interface Geometry {
  key: string;
  flows: EcosystemMap['flows'];
  rects: Map<string, Rect>;
  pinnedCounts: Map<string, number>;
  freeNotes: Rect[];
  /** False on a map of more than avoidActorsLimit actors: lanes only fan out, labels sit at their line's middle. */
  fitted: boolean;
}

function geometryOf(
  map: EcosystemMap,
  provisional: Map<string, Position>,
  pinned: Map<string, MapNote[]>,
  measured: ReadonlyMap<string, Size>,
): Geometry {
  const fitted = map.actors.length <= avoidActorsLimit;
  const rects = new Map(
    map.actors.map((a): [string, Rect] => {
      const at = a.position ?? provisional.get(a.id) ?? { x: 0, y: 0 };
      return [a.id, { ...at, ...((fitted && measured.get(a.id)) || { width: actorWidth, height: 100 }) }];
    }),
  );
  const pinnedCounts = new Map(map.actors.flatMap((a): [string, number][] => (pinned.has(a.id) ? [[a.id, pinned.get(a.id)!.length]] : [])));
  // Free sticky notes stay where people put them: labels keep clear of them too.
  const freeNotes = map.notes.flatMap((n) => {
    const at = n.target === undefined ? (n.position ?? provisional.get(n.id)) : undefined;
    return at ? [{ ...at, ...((fitted && measured.get(n.id)) || { width: noteWidth, height: 100 }) }] : [];
  });
  const flows = map.flows;
  const key = JSON.stringify([fitted, [...rects], flows.map((f) => [f.id, f.from, f.to]), [...pinnedCounts], freeNotes]);
  return { key, flows, rects, pinnedCounts, freeNotes, fitted };
}

/**
 * Each flow's lane and its label's place (src/domain/render: `flowLanes`, `placeFlowLabels`),
 * worked out again only when something moves, is resized or is connected differently, or a
 * label's size changes: typing a name or a description does not place every label again.
 */
export function useFlowPlacing(
  map: EcosystemMap,
  provisional: Map<string, Position>,
  pinned: Map<string, MapNote[]>,
  measured: ReadonlyMap<string, Size>,
  labelSizes: ReadonlyMap<string, LabelSize>,
): { lanes: Map<string, number>; labels: Map<string, { t: number; offset: number }> } {
  // On a map too big to fit labels, sizes are not used: a node measured as it comes into view
  // (every few frames of a pan) must not work the geometry out again.
  const sizes = map.actors.length <= avoidActorsLimit ? measured : noSizes;
  const fresh = useMemo(() => geometryOf(map, provisional, pinned, sizes), [map, provisional, pinned, sizes]);
  const kept = useRef(fresh);
  if (kept.current.key !== fresh.key) kept.current = fresh;
  const geometry = kept.current;
  const lanes = useMemo(() => (geometry.fitted ? flowLanes(geometry.flows, geometry.rects) : lanesOf(geometry.flows)), [geometry]);
  const labelSizesUsed = geometry.fitted ? labelSizes : null;
  const labels = useMemo(
    () =>
      labelSizesUsed
        ? flowPlaces(geometry.flows, geometry.rects, lanes, labelSizesUsed, geometry.pinnedCounts, geometry.freeNotes)
        : new Map<string, { t: number; offset: number }>(),
    [geometry, lanes, labelSizesUsed],
  );
  return { lanes, labels };
}
