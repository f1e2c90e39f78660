/**
 * Limits of requests that the browser also needs to know (to stay within them), apart from
 * validation.ts: that file's zod schemas are for the server, and a page that imports a
 * number from it would load zod too (issue 12).
 */

/** A board's title, when it is made or renamed. */
export const maxBoardTitle = 120;

/**
 * What one automatic layout takes: a map of many thousand actors is past reading anyway, and
 * the shape aimed at (width / height) is a screen's, within reason.
 */
export const layoutLimits = { actors: 5000, flows: 20000, aspectRatio: { min: 0.2, max: 5 } } as const;
