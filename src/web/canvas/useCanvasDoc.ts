import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { canvasLayoutOf, listVersions, readCanvas, readCanvasSettings } from '../../doc/canvas/index.js';
import type { CanvasSettings, CanvasVersionInfo } from '../../doc/canvas/index.js';
import type { Canvas } from '../../domain/canvas/index.js';

export interface LiveCanvas {
  canvas: Canvas;
  settings: CanvasSettings;
  /** Saved versions, oldest first. */
  versions: CanvasVersionInfo[];
  /** The canvas layout the document says it has (0 before its first edit). */
  layout: number;
}

/**
 * The board's canvas as a domain value, read again after every change from anyone (local or
 * remote). `readCanvas` never trusts what peers wrote and never throws, so whatever arrives
 * renders. A canvas is small (tens of notes): reading it whole per update is cheaper to get
 * right than patching a copy, and fast enough. `roundVotes`: each note's dots in voting rounds
 * (useRoundVotes), which its `votes` include (SPEC V5).
 */
export function useCanvasDoc(
  doc: Y.Doc | null,
  roundVotes: ReadonlyMap<string, number>,
  fallback: { id?: string; title?: string },
): LiveCanvas | null {
  const [revision, setRevision] = useState(0);
  // Compared by value: callers pass a fresh object on each render.
  const { id, title } = fallback;

  useEffect(() => {
    if (!doc) return;
    const changed = () => setRevision((r) => r + 1);
    doc.on('update', changed);
    return () => doc.off('update', changed);
  }, [doc]);

  return useMemo(() => {
    if (!doc) return null;
    void revision; // read again on every update
    const canvas = readCanvas(doc, { id, title }, roundVotes);
    return { canvas, settings: readCanvasSettings(doc), versions: listVersions(doc), layout: canvasLayoutOf(doc) };
  }, [doc, revision, roundVotes, id, title]);
}
