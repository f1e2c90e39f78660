/**
 * The board page's "drawn" signal (docs/benchmarks.md, page weight). A board whose first
 * picture needs much code (the map: React Flow) holds back the page's live parts (the board's
 * Hocuspocus provider, the workshop's live connection and its bar) until it is drawn, so
 * their code is fetched after the first picture, not before it. The board says it is drawn
 * with `boardDrawn()`; a hold also ends after `maxMs` (a board that never says so still goes
 * live) and when the board closes. With no hold, `whenBoardDrawn()` resolves at once.
 * Each step leaves a performance mark (`board-hold`, `board-drawn`, `board-hold-ran-out`), for
 * the browser's tools and the tests: a hold that ran out on a board drawn in time is a board that
 * forgot to say so.
 */
const holds = new Set<() => void>();
let waiters: Array<() => void> = [];

/** How long a hold lasts at most: the live parts wait no longer for a board that does not draw. */
export const drawnHoldMaxMs = 3000;

/** Holds the live parts until `boardDrawn()` (or `maxMs`); returns the release, safe to call again. */
export function holdUntilBoardDrawn(maxMs = drawnHoldMaxMs): () => void {
  const release = () => {
    if (!holds.delete(release)) return;
    clearTimeout(timer);
    if (holds.size === 0) {
      const ready = waiters;
      waiters = [];
      for (const resolve of ready) resolve();
    }
  };
  const timer = setTimeout(() => {
    mark('board-hold-ran-out');
    release();
  }, maxMs);
  mark('board-hold');
  holds.add(release);
  return release;
}

/** The board has drawn its first picture: every hold ends. */
export function boardDrawn(): void {
  if (holds.size > 0) mark('board-drawn');
  for (const release of [...holds]) release();
}

/** Resolves once no board holds the page: at once on most pages. */
export function whenBoardDrawn(): Promise<void> {
  if (holds.size === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.push(resolve));
}

function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
}
