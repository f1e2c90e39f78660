import type { Rect } from './layout.js';

/** Side of one grid cell, in picture units: about an actor card, so a label box meets a few cells. */
const cell = 256;

/**
 * Rectangles bucketed by the grid cells they cover, so that the ones a box may overlap are
 * found without looking at every one: placing each of 20,000 flow labels against every card and
 * label before it took minutes on a board at its limits, and so did placing its 10,000 notes. `near` gives them in the order they
 * were added, as a plain list would, so sums over them come out exactly as before.
 */
export class RectIndex {
  private readonly cells = new Map<number, number[]>();
  private readonly rects: Rect[] = [];

  add(rect: Rect): void {
    const index = this.rects.push(rect) - 1;
    this.forCells(rect, (key) => {
      const list = this.cells.get(key);
      if (list) list.push(index);
      else this.cells.set(key, [index]);
    });
  }

  /** Every rectangle sharing a cell with `rect` (a superset of those it overlaps), in the order added. */
  near(rect: Rect): Rect[] {
    const found = new Set<number>();
    this.forCells(rect, (key) => {
      for (const i of this.cells.get(key) ?? []) found.add(i);
    });
    return [...found].sort((a, b) => a - b).map((i) => this.rects[i]!);
  }

  /** Whether any rectangle sharing a cell with `rect` passes `test` (every one it overlaps is among them). */
  some(rect: Rect, test: (other: Rect) => boolean): boolean {
    let found = false;
    this.forCells(rect, (key) => {
      if (!found) found = (this.cells.get(key) ?? []).some((i) => test(this.rects[i]!));
    });
    return found;
  }

  private forCells(rect: Rect, visit: (key: number) => void): void {
    const x0 = Math.floor(rect.x / cell);
    const y0 = Math.floor(rect.y / cell);
    const x1 = Math.floor((rect.x + Math.max(0, rect.width)) / cell);
    const y1 = Math.floor((rect.y + Math.max(0, rect.height)) / cell);
    // A number per cell (a string key cost a third of placing a board's notes); cells far
    // beyond any board share keys, which only adds rectangles to check, never loses one.
    for (let x = x0; x <= x1; x++) for (let y = y0; y <= y1; y++) visit(((x & 0xffff) << 16) | (y & 0xffff));
  }
}
