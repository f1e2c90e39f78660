import type { Locator, Page } from 'playwright-core';

/**
 * The layout checks of the day run (scripts/day-run.ts), each one a person could make by eye:
 * nothing wider than the window, the board's drawing area in view and not under a floating
 * panel, and the thing the step needs on screen. Each returns null when it holds, else why not.
 */

/** The drawing area of whichever board the page shows (map, canvas, reflection, quick notes). */
const drawingAreas = ['.presenter-board', '.map-stage', '.canvas-grid', '.reflection-board', '.notes'];

/** The share of the drawing area's sampled points that something outside it may cover, before it counts as covered. */
const coverAllowed = 0.12;

/** Whether the page is wider than the window; if so, which element reaches furthest right (the culprit to look at). */
export async function noHorizontalOverflow(page: Page): Promise<string | null> {
  const { scroll, inner, widest } = await page.evaluate(() => {
    let widest = '';
    let right = window.innerWidth;
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const r = el.getBoundingClientRect();
      if (r.right > right + 0.5 && r.width > 0) {
        right = r.right;
        widest = `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
      }
    }
    return { scroll: document.scrollingElement?.scrollWidth ?? 0, inner: window.innerWidth, widest };
  });
  return scroll <= inner ? null : `the page is ${scroll} px wide in a ${inner} px window (furthest right: ${widest || 'unknown'})`;
}

/**
 * Samples a 12 × 12 grid over the part of the drawing area inside the window: each point must
 * hit the drawing area or something inside it. The map's own floating tools (inside its stage)
 * count as the board; a bar, toast or panel laid over it does not. Null when the page has no board.
 */
export async function drawingAreaClear(page: Page): Promise<string | null> {
  return page.evaluate(
    ({ selectors, allowed }) => {
      const area = selectors.map((s) => document.querySelector(s)).find((el): el is Element => el !== null);
      if (!area) return null;
      const r = area.getBoundingClientRect();
      const left = Math.max(r.left, 0);
      const top = Math.max(r.top, 0);
      const right = Math.min(r.right, window.innerWidth);
      const bottom = Math.min(r.bottom, window.innerHeight);
      if (right - left < 40 || bottom - top < 40)
        return `the board's drawing area is not in the window (${Math.round(r.width)} × ${Math.round(r.height)} at ${Math.round(r.left)},${Math.round(r.top)})`;
      const over = new Map<string, number>();
      let covered = 0;
      const n = 12;
      for (let i = 0; i < n; i++)
        for (let j = 0; j < n; j++) {
          const hit = document.elementFromPoint(left + ((right - left) * (i + 0.5)) / n, top + ((bottom - top) * (j + 0.5)) / n);
          if (hit && area.contains(hit)) continue;
          covered++;
          const named = hit?.closest('[class]');
          const name = named ? `${named.tagName.toLowerCase()}.${named.className.toString().split(' ')[0]}` : 'nothing';
          over.set(name, (over.get(name) ?? 0) + 1);
        }
      if (covered / (n * n) <= allowed) return null;
      const what = [...over].map(([name, count]) => `${name} (${count})`).join(', ');
      return `${Math.round((100 * covered) / (n * n))} % of the drawing area is covered by ${what}`;
    },
    { selectors: drawingAreas, allowed: coverAllowed },
  );
}

/** The element the step needs: visible, and its box wholly inside the window. */
export async function inWindow(locator: Locator, what: string): Promise<string | null> {
  if (!(await locator.isVisible())) return `${what} is not visible`;
  const box = await locator.boundingBox();
  const size = locator.page().viewportSize();
  if (!box || !size) return `${what} has no box`;
  const inside = box.x >= -0.5 && box.y >= -0.5 && box.x + box.width <= size.width + 0.5 && box.y + box.height <= size.height + 0.5;
  return inside
    ? null
    : `${what} is not inside the window (${Math.round(box.width)} × ${Math.round(box.height)} at ${Math.round(box.x)},${Math.round(box.y)})`;
}

/** Every check for one person at one step, as failure reasons (empty when all hold). */
export async function layoutProblems(page: Page, needs: { locator: Locator; what: string } | null): Promise<string[]> {
  const problems = [await noHorizontalOverflow(page), await drawingAreaClear(page)];
  if (needs) problems.push(await inWindow(needs.locator, needs.what));
  return problems.filter((p): p is string => p !== null);
}
