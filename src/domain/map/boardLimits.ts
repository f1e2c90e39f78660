/**
 * How much one ecosystem map board may hold (docs/SPEC.md L5, L6). A city's real data
 * ecosystem, even a whole city atlas, has tens to a few hundred actors; these numbers are far
 * beyond that and yet bound what one board costs everyone else: the picture, the findings, the
 * report and every export walk each element, and the editor draws them all. At the limit
 * (5,000 actors, 20,000 flows) a Kumu export or a picture takes seconds on one core, run on a
 * worker thread; ten times that took minutes. Text sizes are bounded per field (mapLimits).
 */
export const boardLimits = {
  actors: 5_000,
  flows: 20_000,
  datasets: 5_000,
  /** Map notes (sticky notes on the map). */
  notes: 10_000,
} as const;

export type BoardLimitName = keyof typeof boardLimits;

const words: Record<BoardLimitName, string> = { actors: 'actors', flows: 'flows', datasets: 'datasets', notes: 'notes' };

/**
 * The first limit `counts` goes over, said as a person reads it ("5,001 actors, over the limit
 * of 5,000 actors on one board"), or null when every count is within its limit.
 */
export function overBoardLimit(counts: Partial<Record<BoardLimitName, number>>): string | null {
  for (const name of Object.keys(boardLimits) as BoardLimitName[]) {
    const count = counts[name] ?? 0;
    if (count > boardLimits[name])
      return `${grouped(count)} ${words[name]}, over the limit of ${grouped(boardLimits[name])} ${words[name]} on one board`;
  }
  return null;
}

/** 20000 → "20,000" without a locale (the domain has no Intl dependence on the host). */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
