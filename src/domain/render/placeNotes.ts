import type { EcosystemMap, MapNote, noteTarget } from '../map/index.js';
import type { Point } from './flowGeometry.js';
import type { DrawnFlow } from './drawnFlows.js';
import type { Rect } from './layout.js';
import { sizes } from './pictureStyle.js';
import { englishPictureWords, type PictureWords } from './pictureWords.js';
import { RectIndex } from './rectIndex.js';
import { charsIn, wrapText } from './textWrap.js';
import { firstById, maxOf } from '../../shared/index.js';

/** A sticky note on the picture: where it goes, its text in lines, and what it points at. */
export interface PlacedNote {
  note: MapNote;
  rect: Rect;
  kindLabel: string;
  lines: string[];
  /** The centre of the actor or flow label it is pinned to; absent for a free note. */
  anchor?: Point;
}

export const notePad = { x: 10, y: 9, heading: 17, gap: 5 } as const;
const besideGap = 18;
const step = 12;
const maxSteps = 120;

export function noteSize(note: MapNote): { lines: string[]; width: number; height: number } {
  const lines = wrapText(note.text, charsIn(sizes.noteWidth - 2 * notePad.x, sizes.noteText), sizes.noteMaxLines);
  return {
    lines,
    width: sizes.noteWidth,
    height: 2 * notePad.y + notePad.heading + notePad.gap + Math.max(1, lines.length) * sizes.noteLine,
  };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The cards, labels and notes placed so far: indexed for overlaps, and how far left and down they reach. */
class Obstacles {
  readonly index = new RectIndex();
  left = 0;
  bottom = 0;

  add(rect: Rect): void {
    this.index.add(rect);
    this.left = Math.min(this.left, rect.x);
    this.bottom = Math.max(this.bottom, rect.y + rect.height);
  }
}

/**
 * `noteTarget` for every note of the map at once: the same answer (an actor before a dataset
 * before a flow, the first of each with the id), from maps built once instead of a search of
 * every list per note, which on a board at its limits (10,000 notes) took minutes.
 */
function noteTargets(map: EcosystemMap): (note: MapNote) => ReturnType<typeof noteTarget> {
  const [actors, datasets, flows] = [firstById(map.actors), firstById(map.datasets), firstById(map.flows)];
  return (note) => {
    if (note.target === undefined) return undefined;
    const actor = actors.get(note.target);
    if (actor) return { kind: 'actor' as const, actor };
    const dataset = datasets.get(note.target);
    if (dataset) return { kind: 'dataset' as const, dataset };
    const flow = flows.get(note.target);
    return flow ? { kind: 'flow' as const, flow } : undefined;
  };
}

/**
 * Where each note goes. A note with a `position` stays there (distances stretched by
 * `spread`, as the actors' are). A note pinned to an actor
 * hangs to the right of it (as in the editor), one pinned to a flow beside the flow's label,
 * one pinned to a dataset beside the first flow that carries it; each moves to the nearest
 * spot where it covers no card, label or other note. Free notes without a position line up under the map.
 */
export function placeNotes(
  map: EcosystemMap,
  actors: Map<string, Rect>,
  curves: DrawnFlow[],
  labels: Map<string, Rect>,
  spread = 1,
  words: PictureWords = englishPictureWords,
): PlacedNote[] {
  const obstacles = new Obstacles();
  for (const rect of actors.values()) obstacles.add(rect);
  for (const rect of labels.values()) obstacles.add(rect);
  const placed: PlacedNote[] = [];
  const free: { note: MapNote; size: ReturnType<typeof noteSize>; anchor?: Point }[] = [];
  const targetOf = noteTargets(map);
  // The first flow carrying each dataset, as curves.find would give it.
  const firstCarrier = new Map<string, string>();
  for (const c of curves)
    if (c.flow.dataset !== undefined && !firstCarrier.has(c.flow.dataset)) firstCarrier.set(c.flow.dataset, c.flow.id);

  for (const note of map.notes) {
    const size = noteSize(note);
    const base = { note, kindLabel: words.noteKind(note.kind), lines: size.lines };
    const target = targetOf(note);
    const actor = target?.kind === 'actor' ? actors.get(target.actor.id) : undefined;
    const flowId = target?.kind === 'flow' ? target.flow.id : target?.kind === 'dataset' ? firstCarrier.get(target.dataset.id) : undefined;
    const label = flowId === undefined ? undefined : labels.get(flowId);
    const anchor: Point | undefined = actor
      ? { x: actor.x + actor.width / 2, y: actor.y + actor.height / 2 }
      : label
        ? { x: label.x + label.width / 2, y: label.y + label.height / 2 }
        : undefined;

    if (note.position) {
      const rect = { x: note.position.x * spread, y: note.position.y * spread, width: size.width, height: size.height };
      placed.push({ ...base, rect, ...(anchor ? { anchor } : {}) });
      obstacles.add(rect);
      continue;
    }
    const near = actor ?? label;
    if (!near || !anchor) {
      free.push({ note, size });
      continue;
    }
    const rect = nearestFree(near, size, obstacles.index);
    placed.push({ ...base, rect, anchor });
    obstacles.add(rect);
  }

  if (free.length > 0) {
    const left = obstacles.left;
    const bottom = obstacles.bottom + 50;
    const perRow = 5;
    let rowTop = bottom;
    for (let i = 0; i < free.length; i += perRow) {
      const row = free.slice(i, i + perRow);
      row.forEach(({ note, size }, j) => {
        const rect = { x: left + j * (sizes.noteWidth + besideGap), y: rowTop, width: size.width, height: size.height };
        placed.push({ note, rect, kindLabel: words.noteKind(note.kind), lines: size.lines });
      });
      rowTop += maxOf(row.map((r) => r.size.height)) + besideGap;
    }
  }
  // Draw in map order whatever order they were placed in, so overlaps stack the same way as on the board.
  const order = new Map(map.notes.map((n, i) => [n.id, i]));
  return placed.sort((a, b) => (order.get(a.note.id) ?? 0) - (order.get(b.note.id) ?? 0));
}

/**
 * The free spot closest to `near`: to its right first (where the editor hangs pinned notes),
 * then below, to the left and above, each slid a little further along its side at each round.
 * After `maxSteps` rounds it gives up and takes the right-hand spot, overlapping.
 */
function nearestFree(near: Rect, size: { width: number; height: number }, obstacles: RectIndex): Rect {
  const right = { x: near.x + near.width + besideGap, y: near.y, ...size };
  const below = { x: near.x, y: near.y + near.height + besideGap, ...size };
  const left = { x: near.x - size.width - besideGap, y: near.y, ...size };
  const above = { x: near.x, y: near.y - size.height - besideGap, ...size };
  for (let i = 0; i < maxSteps; i++) {
    const d = i * step;
    for (const candidate of [
      { ...right, y: right.y + d },
      { ...below, x: below.x + d },
      { ...left, y: left.y + d },
      { ...above, x: above.x + d },
      { ...right, y: right.y - d },
      { ...below, x: below.x - d },
    ]) {
      if (!obstacles.some(candidate, (o) => overlaps(candidate, o))) return candidate;
    }
  }
  return right;
}
