import type { CanvasError } from '../../domain/canvas/index.js';

/**
 * What a canvas operation answers. Operations validate with the same rules as the file
 * reader and refuse bad input whole (nothing is written), naming the argument by its path,
 * so the view can show the message beside the field. They do not throw on user input.
 */
export type CanvasOpResult = { ok: true } | { ok: false; error: CanvasError };

export const ok: CanvasOpResult = { ok: true };

export function refuse(path: string, message: string): CanvasOpResult {
  return { ok: false, error: { path, message } };
}

/** The first of several checks that failed, as a result; `ok` when none did. */
export function firstProblem(...checks: (CanvasError | undefined)[]): CanvasOpResult {
  const error = checks.find((c) => c !== undefined);
  return error ? { ok: false, error } : ok;
}
