import { describe, expect, it } from 'vitest';
import type { Actor, EcosystemMap, MapNote, Position } from '../../../src/domain/map/index.js';
import { boxOfCopy, freePasteOffset, freeSpot, type Size } from '../../../src/web/map/placement.js';

const emptyMap = (): EcosystemMap =>
  ({ format: 'opencities/ecosystem-map', version: 1, title: 'T', actors: [], datasets: [], flows: [], notes: [] }) as EcosystemMap;
const actorAt = (id: string, position: Position): Actor => ({ id, name: id, roles: [], tags: [], position }) as unknown as Actor;
const noteAt = (id: string, position: Position): MapNote => ({ id, text: id, kind: 'issue', position }) as unknown as MapNote;

interface Box extends Position, Size {}
const overlap = (p: Box, q: Box) => p.x < q.x + q.width && q.x < p.x + p.width && p.y < q.y + q.height && q.y < p.y + p.height;

describe('new elements go to the nearest free space', () => {
  it('five actors added at the same spot do not overlap, and the first sits where the person pointed', () => {
    const map = emptyMap();
    const centre = { x: 500, y: 300 };
    for (let i = 0; i < 5; i++) map.actors.push(actorAt(`a${i}`, freeSpot(map, centre, 'actor')));
    expect(map.actors[0]?.position).toEqual({ x: 500 - 120, y: 300 - 55 });
    const boxes = map.actors.map((a) => ({ ...a.position!, width: 240, height: 110 }));
    for (const [i, p] of boxes.entries()) for (const q of boxes.slice(i + 1)) expect(overlap(p, q), JSON.stringify([p, q])).toBe(false);
  });

  it('keeps clear of an actor drawn taller than a new one (a long name wraps), by its measured size', () => {
    const map = emptyMap();
    map.actors.push(actorAt('tall', { x: 0, y: 0 }));
    const tall = { width: 240, height: 400 };
    const spot = freeSpot(map, { x: 120, y: 300 }, 'actor', (id) => (id === 'tall' ? tall : undefined));
    expect(overlap({ ...spot, width: 240, height: 110 }, { x: 0, y: 0, ...tall })).toBe(false);
  });

  it('a free note keeps clear of free notes as well as actors', () => {
    const map = emptyMap();
    map.notes.push(noteAt('n1', { x: 0, y: 0 }));
    const spot = freeSpot(map, { x: 100, y: 55 }, 'note');
    expect(overlap({ ...spot, width: 200, height: 110 }, { x: 0, y: 0, width: 200, height: 110 })).toBe(false);
  });

  it('a paste lands as a whole clear of what is on the board, even on top of its own originals', () => {
    const board = emptyMap();
    board.actors.push(actorAt('a', { x: 0, y: 0 }), actorAt('b', { x: 300, y: 0 }));
    const copy = emptyMap();
    copy.actors.push(actorAt('a', { x: 0, y: 0 }), actorAt('b', { x: 300, y: 0 }));
    const box = boxOfCopy(copy)!;
    expect(box).toEqual({ x: 0, y: 0, width: 540, height: 110 });
    const offset = freePasteOffset(board, box, { x: 40, y: 40 });
    const landed = { ...box, x: box.x + offset.x, y: box.y + offset.y };
    for (const a of board.actors) expect(overlap(landed, { ...a.position!, width: 240, height: 110 })).toBe(false);
  });

  it('a paste onto an empty part of the board moves by the offset asked for', () => {
    const copy = emptyMap();
    copy.actors.push(actorAt('a', { x: 1000, y: 1000 }));
    expect(freePasteOffset(emptyMap(), boxOfCopy(copy)!, { x: 40, y: 40 })).toEqual({ x: 40, y: 40 });
  });
});

describe('a new actor leaves room for a flow and its label', () => {
  it('two actors added one after the other stand at least one actor width apart, so a flow label fits between them', () => {
    const map = emptyMap();
    const centre = { x: 500, y: 300 };
    for (let i = 0; i < 4; i++) map.actors.push(actorAt(`a${i}`, freeSpot(map, centre, 'actor')));
    const boxes = map.actors.map((a) => ({ ...a.position!, width: 240, height: 110 }));
    for (const [i, p] of boxes.entries())
      for (const q of boxes.slice(i + 1)) {
        const across = Math.max(q.x - (p.x + p.width), p.x - (q.x + q.width));
        const down = Math.max(q.y - (p.y + p.height), p.y - (q.y + q.height));
        expect(across >= 240 || down >= 110, JSON.stringify([p, q])).toBe(true);
      }
    expect(boxes[1]!.y).toBe(boxes[0]!.y);
  });

  it('a free note may still sit close to an actor (notes do not carry flows)', () => {
    const map = emptyMap();
    map.actors.push(actorAt('a', { x: 0, y: 0 }));
    const spot = freeSpot(map, { x: 120, y: 55 }, 'note');
    expect(spot.x - 240).toBeLessThan(240);
  });
});

describe('nothing new lands on a flow’s label', () => {
  it('a free note added in the middle of a flow between two actors moves off the flow’s middle', () => {
    const map = emptyMap();
    map.actors.push(actorAt('a', { x: 0, y: 0 }), actorAt('b', { x: 504, y: 0 }));
    map.flows.push({ id: 'f', from: 'a', to: 'b', kind: 'data' } as EcosystemMap['flows'][number]);
    // The flow's middle: halfway between the actors' centres, (372, 55).
    const spot = freeSpot(map, { x: 372, y: 55 }, 'note');
    const label = { x: 372 - 100, y: 55 - 32, width: 200, height: 64 };
    expect(overlap({ ...spot, width: 200, height: 110 }, label), JSON.stringify(spot)).toBe(false);
  });
});
