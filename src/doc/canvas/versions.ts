import type * as Y from 'yjs';
import { checkCanvasField, writeCanvasFile } from '../../domain/canvas/index.js';
import { canvasVersionsOf } from './layout.js';
import { firstProblem, refuse } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';
import { readCanvas } from './readCanvas.js';

export interface CanvasVersionInfo {
  id: string;
  /** What the version marks, e.g. "after the workshop". */
  label: string;
  /** ISO 8601 calendar date. */
  date: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Valid entries in the order saved; should two share an id, the first counts. */
export function versionEntries(doc: Y.Doc): (CanvasVersionInfo & { canvas: string })[] {
  const out: (CanvasVersionInfo & { canvas: string })[] = [];
  const seen = new Set<string>();
  for (const value of canvasVersionsOf(doc).toArray()) {
    if (!isRecord(value)) continue;
    const { id, label, date, canvas } = value;
    if (typeof id !== 'string' || typeof label !== 'string' || typeof date !== 'string' || typeof canvas !== 'string' || seen.has(id))
      continue;
    seen.add(id);
    out.push({ id, label, date, canvas });
  }
  return out;
}

/**
 * Saves the canvas as it is now as a dated, labelled version. Versions are append-only: a
 * snapshot is the canvas file's JSON text, so it reads back with the file reader's checks and
 * stays readable whatever the live layout becomes. `roundVotes`: each note's dots in voting
 * rounds, as readCanvas takes them, so a version holds the votes shown when it was saved.
 */
export function saveVersion(doc: Y.Doc, version: CanvasVersionInfo, roundVotes?: ReadonlyMap<string, number>): CanvasOpResult {
  const result = firstProblem(
    checkCanvasField('id', version.id, 'id'),
    version.label.trim() === '' ? { path: 'label', message: 'is empty: name the version, e.g. "after the workshop"' } : undefined,
    checkCanvasField('versionLabel', version.label, 'label'),
    checkCanvasField('date', version.date, 'date'),
  );
  if (!result.ok) return result;
  if (versionEntries(doc).some((v) => v.id === version.id))
    return refuse('id', `${JSON.stringify(version.id)} is already a saved version; use a new id`);
  canvasVersionsOf(doc).push([
    { id: version.id, label: version.label, date: version.date, canvas: writeCanvasFile(readCanvas(doc, {}, roundVotes)) },
  ]);
  return result;
}

/** The saved versions, oldest first. */
export function listVersions(doc: Y.Doc): CanvasVersionInfo[] {
  return versionEntries(doc).map(({ id, label, date }) => ({ id, label, date }));
}
