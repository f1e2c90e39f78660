import { describe, expect, it } from 'vitest';
import { noteKinds, noteTarget } from '../../../src/domain/map/index.js';
import type { EcosystemMap, MapNote } from '../../../src/domain/map/index.js';
import type { DrawnFlow } from '../../../src/domain/render/drawnFlows.js';
import type { Rect } from '../../../src/domain/render/index.js';
import { sizes } from '../../../src/domain/render/pictureStyle.js';
import { englishPictureWords } from '../../../src/domain/render/pictureWords.js';
import { noteSize, placeNotes, type PlacedNote } from '../../../src/domain/render/placeNotes.js';

/** A small seeded random source (mulberry32), so a failing seed can be run again. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The plain placement (what placeNotes did before its grid index): each note's target found by
 * noteTarget, each candidate spot tried against every card, label and note placed before it.
 */
function plainPlaceNotes(map: EcosystemMap, actors: Map<string, Rect>, curves: DrawnFlow[], labels: Map<string, Rect>, spread: number) {
  const obstacles: Rect[] = [...actors.values(), ...labels.values()];
  const placed: PlacedNote[] = [];
  const free: { note: MapNote; size: ReturnType<typeof noteSize> }[] = [];
  for (const note of map.notes) {
    const size = noteSize(note);
    const base = { note, kindLabel: englishPictureWords.noteKind(note.kind), lines: size.lines };
    const target = noteTarget(map, note);
    const actor = target?.kind === 'actor' ? actors.get(target.actor.id) : undefined;
    const flowId =
      target?.kind === 'flow'
        ? target.flow.id
        : target?.kind === 'dataset'
          ? curves.find((c) => c.flow.dataset === target.dataset.id)?.flow.id
          : undefined;
    const label = flowId === undefined ? undefined : labels.get(flowId);
    const near = actor ?? label;
    const anchor = near ? { x: near.x + near.width / 2, y: near.y + near.height / 2 } : undefined;
    if (note.position) {
      const rect = { x: note.position.x * spread, y: note.position.y * spread, width: size.width, height: size.height };
      placed.push({ ...base, rect, ...(anchor ? { anchor } : {}) });
      obstacles.push(rect);
      continue;
    }
    if (!near || !anchor) {
      free.push({ note, size });
      continue;
    }
    const sides = [
      { x: near.x + near.width + 18, y: near.y, ...size },
      { x: near.x, y: near.y + near.height + 18, ...size },
      { x: near.x - size.width - 18, y: near.y, ...size },
      { x: near.x, y: near.y - size.height - 18, ...size },
    ] as const;
    let rect: Rect = sides[0];
    search: for (let i = 0; i < 120; i++) {
      const d = i * 12;
      for (const c of [
        { ...sides[0], y: sides[0].y + d },
        { ...sides[1], x: sides[1].x + d },
        { ...sides[2], y: sides[2].y + d },
        { ...sides[3], x: sides[3].x + d },
        { ...sides[0], y: sides[0].y - d },
        { ...sides[1], x: sides[1].x - d },
      ])
        if (!obstacles.some((o) => overlaps(c, o))) {
          rect = c;
          break search;
        }
    }
    placed.push({ ...base, rect, anchor });
    obstacles.push(rect);
  }
  const left = Math.min(0, ...obstacles.map((r) => r.x));
  let rowTop = Math.max(0, ...obstacles.map((r) => r.y + r.height)) + 50;
  for (let i = 0; i < free.length; i += 5) {
    const row = free.slice(i, i + 5);
    row.forEach(({ note, size }, j) => {
      const rect = { x: left + j * (sizes.noteWidth + 18), y: rowTop, width: size.width, height: size.height };
      placed.push({ note, rect, kindLabel: englishPictureWords.noteKind(note.kind), lines: size.lines });
    });
    rowTop += Math.max(...row.map((r) => r.size.height)) + 18;
  }
  const order = new Map(map.notes.map((n, i) => [n.id, i]));
  return placed.sort((a, b) => (order.get(a.note.id) ?? 0) - (order.get(b.note.id) ?? 0));
}

/** Cards on a crowded grid, flow labels between them, notes pinned to anything (or nothing, or somewhere). */
function crowdedBoard(seed: number) {
  const rng = random(seed);
  const actorCount = 60;
  const flowCount = 150;
  const actors = new Map<string, Rect>();
  for (let i = 0; i < actorCount; i++)
    actors.set(`a${i}`, { x: (i % 8) * 300 + rng.int(60), y: Math.floor(i / 8) * 200 + rng.int(60), width: 240, height: 90 });
  const flows = Array.from({ length: flowCount }, (_, i) => ({
    id: `f${i}`,
    from: `a${rng.int(actorCount)}`,
    to: `a${rng.int(actorCount)}`,
    kind: 'data' as const,
    ...(rng.next() < 0.6 && { dataset: `d${rng.int(20)}` }),
  }));
  const labels = new Map<string, Rect>();
  for (const f of flows) if (rng.next() < 0.8) labels.set(f.id, { x: rng.int(2400), y: rng.int(1600), width: 90, height: 24 });
  const curves = flows.map((flow) => ({ flow })) as unknown as DrawnFlow[];
  const notes: MapNote[] = Array.from({ length: 250 }, (_, i) => {
    const r = rng.next();
    const target =
      r < 0.35
        ? `a${rng.int(actorCount)}`
        : r < 0.6
          ? `f${rng.int(flowCount)}`
          : r < 0.8
            ? `d${rng.int(25)}`
            : r < 0.85
              ? 'gone'
              : undefined;
    return {
      id: `n${i}`,
      text: 'word '.repeat(rng.int(40)),
      ...(rng.next() < 0.7 && { kind: noteKinds[rng.int(noteKinds.length)]! }),
      ...(target !== undefined && { target }),
      ...(rng.next() < 0.1 && { position: { x: rng.int(3000) - 300, y: rng.int(2000) - 300 } }),
    };
  });
  const map: EcosystemMap = {
    title: 'Crowded',
    actors: [...actors.keys()].map((id) => ({ id, name: id, roles: [], tags: [] })),
    datasets: Array.from({ length: 20 }, (_, i) => ({ id: `d${i}`, name: `Dataset ${i}`, heldBy: [] })),
    flows,
    notes,
  };
  return { map, actors, curves, labels };
}

describe('placing notes on a picture', () => {
  it.each([1, 2, 3, 4])('L6: places each note where a search of every card, label and note would (seed %i)', (seed) => {
    const { map, actors, curves, labels } = crowdedBoard(seed);
    const spread = seed % 2 === 0 ? 1 : 1.5;
    const placed = placeNotes(map, actors, curves, labels, spread);
    expect(placed).toEqual(plainPlaceNotes(map, actors, curves, labels, spread));
    expect(placed).toHaveLength(map.notes.length);
  });
});
