import { formatPath } from './fieldPath.js';
import { lineOf, scanJsonLines } from './jsonLines.js';
import { restoreCanvasValue } from './restoreCanvas.js';
import type { Canvas, CanvasError } from './types.js';
import { sayCanvas as say } from '../fileProblems/index.js';

export type ReadCanvasResult = { ok: true; canvas: Canvas } | { ok: false; errors: CanvasError[] };

/**
 * Reads a canvas file (`opencities/ethics-canvas`, version 1) from its text. Refuses the whole
 * file, with each problem's field path and line, when it is not JSON, is another format or a
 * newer version, names an unknown section, has a bad status, priority or date, a duplicate
 * id or a note over the length limit. Missing sections come back empty and not started;
 * unknown fields are kept in `extra`.
 */
export function readCanvasFile(text: string): ReadCanvasResult {
  // A byte order mark is invisible in editors and harmless; JSON.parse would refuse it.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    const scan = scanJsonLines(body);
    const line = 'syntaxErrorLine' in scan ? scan.syntaxErrorLine : undefined;
    return {
      ok: false,
      errors: [line === undefined ? { path: '', ...say('canvasNotJson') } : { path: '', ...say('canvasNotJsonAt', { line }), line }],
    };
  }
  const result = restoreCanvasValue(value);
  if (result.ok) return result;
  const scan = scanJsonLines(body);
  return {
    ok: false,
    errors: result.errors.map((e) => {
      const line = lineOf(scan, e.path);
      return { ...e, path: formatPath(e.path), ...(line === undefined ? {} : { line }) };
    }),
  };
}
