import type { EcosystemMap, Position } from '../map/index.js';
import { minOf, maxOf, pushAll } from '../../shared/index.js';

/** An actor's card on the picture: top-left corner and size, in board units. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Actors laid out below positioned ones start this far under them. */
const belowGap = 120;
/** Horizontal and vertical gaps between the cards of actors with no flows, set out in a row. */
const rowGapX = 40;
const rowGapY = 50;
/** Between two positioned cards, room for a flow label: this much side by side, or `roomY` one above the other. */
const roomX = 150;
const roomY = 80;
const maxSpread = 2;

/**
 * How much to stretch the distances between positioned actors (1 = as placed, at most 2), so
 * that every two cards leave room between them for a flow's label, side by side or one above
 * the other. On the board people zoom and hover; a picture has to show every label at once.
 * The arrangement people made is kept: all distances grow by the same factor, cards do not.
 */
export function spreadFactor(map: EcosystemMap, sizeOf: (actorId: string) => { width: number; height: number }): number {
  const placed = map.actors.flatMap((a) => (a.position ? [{ ...a.position, ...sizeOf(a.id) }] : []));
  // Only two cards closer than a card and its room, across and down, can ask for more than 1:
  // sorted by x, each card is compared with those that start less than that far to its right
  // (every card at its limits against every other took seconds on a board at its limits).
  placed.sort((a, b) => a.x - b.x);
  const reachX = maxOf(placed.map((p) => p.width)) + roomX;
  let factor = 1;
  for (let i = 0; i < placed.length; i++) {
    const a = placed[i]!;
    for (let j = i + 1; j < placed.length && placed[j]!.x - a.x < reachX; j++) {
      const b = placed[j]!;
      const [top, bottom] = a.y <= b.y ? [a, b] : [b, a];
      const dx = b.x - a.x;
      const dy = bottom.y - top.y;
      const needX = dx === 0 ? Infinity : (a.width + roomX) / dx;
      const needY = dy === 0 ? Infinity : (top.height + roomY) / dy;
      factor = Math.max(factor, Math.min(needX, needY, maxSpread));
    }
  }
  return factor;
}

/**
 * Where each actor's card goes. Actors with a `position` stay where people put them (it is
 * the card's top-left corner, as on the board), distances stretched by `spread`. The rest
 * ("lay it out for me", the format says) are set round a ring, with the hub of the ecosystem in the middle when it has one
 * (see `arrange`), and placed below the positioned actors when there are some.
 * Deterministic: it depends only on the map's order and content, so the same map draws the
 * same picture.
 */
export function layoutActors(
  map: EcosystemMap,
  sizeOf: (actorId: string) => { width: number; height: number },
  spread = spreadFactor(map, sizeOf),
): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  const loose: string[] = [];
  for (const actor of map.actors) {
    const size = sizeOf(actor.id);
    if (actor.position) rects.set(actor.id, { x: actor.position.x * spread, y: actor.position.y * spread, ...size });
    else loose.push(actor.id);
  }
  if (loose.length === 0) return rects;

  const placed = [...rects.values()];
  const origin: Position =
    placed.length === 0 ? { x: 0, y: 0 } : { x: minOf(placed.map((r) => r.x)), y: maxOf(placed.map((r) => r.y + r.height)) + belowGap };

  const { hub, ring, alone } = arrange(loose, map);
  const ringRects = ringLayout(hub, ring, sizeOf);
  const ringBox = bounds([...ringRects.values()]);
  for (const [id, r] of ringRects) rects.set(id, { ...r, x: r.x - ringBox.x + origin.x, y: r.y - ringBox.y + origin.y });
  // Actors with no flows sit in rows under the rest: nothing ties them to a place in the ring.
  let x = origin.x;
  let y = origin.y + (ringRects.size > 0 ? ringBox.height + belowGap : 0);
  let rowHeight = 0;
  const rowWidth = Math.max(4 * (sizeOf(alone[0] ?? '').width + rowGapX), ringBox.width);
  for (const id of alone) {
    const size = sizeOf(id);
    if (x > origin.x && x + size.width > origin.x + rowWidth) {
      x = origin.x;
      y += rowHeight + rowGapY;
      rowHeight = 0;
    }
    rects.set(id, { x, y, ...size });
    x += size.width + rowGapX;
    rowHeight = Math.max(rowHeight, size.height);
  }
  return rects;
}

function bounds(rects: Rect[]): Rect {
  if (rects.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = minOf(rects.map((r) => r.x));
  const y = minOf(rects.map((r) => r.y));
  return { x, y, width: maxOf(rects.map((r) => r.x + r.width)) - x, height: maxOf(rects.map((r) => r.y + r.height)) - y };
}

/** Distinct neighbours of each actor among `ids`, by flows of any kind in either direction, in map order. */
function neighbours(ids: string[], map: EcosystemMap): Map<string, string[]> {
  const inSet = new Set(ids);
  const out = new Map(ids.map((id) => [id, [] as string[]]));
  const link = (a: string, b: string) => {
    const list = out.get(a);
    if (list && !list.includes(b)) list.push(b);
  };
  for (const flow of map.flows) {
    if (flow.from === flow.to || !inSet.has(flow.from) || !inSet.has(flow.to)) continue;
    link(flow.from, flow.to);
    link(flow.to, flow.from);
  }
  return out;
}

/**
 * Who goes where: the best-linked actor in the middle when it is a real hub (linked to at
 * least three others and a third of them), which is how many city data ecosystems look;
 * the other linked actors round it in an order that keeps linked actors next to each other
 * (each next one is the one with most links to those just placed); actors with no flows apart.
 */
function arrange(ids: string[], map: EcosystemMap): { hub: string | undefined; ring: string[]; alone: string[] } {
  const links = neighbours(ids, map);
  const degree = (id: string) => links.get(id)?.length ?? 0;
  const linked = ids.filter((id) => degree(id) > 0);
  const alone = ids.filter((id) => degree(id) === 0);
  const best = linked.reduce<string | undefined>((top, id) => (top === undefined || degree(id) > degree(top) ? id : top), undefined);
  const hub = best !== undefined && degree(best) >= 3 && degree(best) >= (linked.length - 1) / 3 ? best : undefined;

  const left = linked.filter((id) => id !== hub);
  const ring: string[] = [];
  const score = (id: string) => {
    const own = links.get(id) ?? [];
    // Links to the last placed actor count most, then to the one before it.
    return (
      (ring.length > 0 && own.includes(ring[ring.length - 1] ?? '') ? 2 : 0) +
      (ring.length > 1 && own.includes(ring[ring.length - 2] ?? '') ? 1 : 0)
    );
  };
  while (left.length > 0) {
    let pick = 0;
    for (let i = 1; i < left.length; i++) {
      const a = left[i] ?? '';
      const b = left[pick] ?? '';
      if (score(a) > score(b) || (score(a) === score(b) && ring.length === 0 && degree(a) > degree(b))) pick = i;
    }
    pushAll(ring, left.splice(pick, 1));
  }
  return { hub, ring, alone };
}

/**
 * Cards round an ellipse (wider than tall, as cards are), first at the top and on clockwise;
 * the hub, if any, in the middle. The ellipse grows until neighbouring cards, and each card
 * and the hub, leave room for a flow label between them.
 */
function ringLayout(
  hub: string | undefined,
  ring: string[],
  sizeOf: (actorId: string) => { width: number; height: number },
): Map<string, Rect> {
  const rects = new Map<string, Rect>();
  const place = (id: string, cx: number, cy: number) => {
    const size = sizeOf(id);
    rects.set(id, { x: cx - size.width / 2, y: cy - size.height / 2, ...size });
  };
  if (hub !== undefined) place(hub, 0, 0);
  if (ring.length === 0) return rects;
  const clear = (a: Rect, b: Rect) =>
    Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width) >= roomX ||
    Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height) >= roomY;
  let rx = hub === undefined ? 260 : 540;
  let ry = hub === undefined ? 200 : 370;
  for (let attempt = 0; attempt < 80; attempt++) {
    ring.forEach((id, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
      place(id, rx * Math.cos(angle), ry * Math.sin(angle));
    });
    const around = ring.map((id) => rects.get(id)).filter((r): r is Rect => r !== undefined);
    const centre = hub === undefined ? undefined : rects.get(hub);
    const crowded =
      (around.length > 1 && around.some((r, i) => !clear(r, around[(i + 1) % around.length] ?? r))) ||
      (centre !== undefined && around.some((r) => !clear(r, centre)));
    if (!crowded) break;
    rx *= 1.08;
    ry *= 1.08;
  }
  return rects;
}
