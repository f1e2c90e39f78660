import type * as Y from 'yjs';
import { restoreCanvas, type Canvas } from '../../domain/canvas/index.js';
import { versionEntries } from './versions.js';

/**
 * The canvas as saved in a version, or undefined when there is no such version or it does not
 * read. A module of its own: reading a version back runs the file reader's checks (zod), which
 * only the versions panel needs, so a canvas board's start does not carry them (issue 12).
 */
export function versionCanvas(doc: Y.Doc, id: string): Canvas | undefined {
  const entry = versionEntries(doc).find((v) => v.id === id);
  if (!entry) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(entry.canvas);
  } catch {
    return undefined;
  }
  const result = restoreCanvas(value);
  return result.ok ? result.canvas : undefined;
}
