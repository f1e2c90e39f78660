import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { canvasLayoutOf, hasVoted, listVersions, readCanvas, readCanvasSettings } from '../../doc/canvas/index.js';
import type { CanvasSettings, CanvasVersionInfo } from '../../doc/canvas/index.js';
import type { Canvas } from '../../domain/canvas/index.js';

export interface LiveCanvas {
  canvas: Canvas;
  settings: CanvasSettings;
  /** Saved versions, oldest first. */
  versions: CanvasVersionInfo[];
  /** Ids of the notes `voterId` has voted for. */
  voted: ReadonlySet<string>;
  /** The canvas layout the document says it has (0 before its first edit). */
  layout: number;
}

/**
 * The board's canvas as a domain value, read again after every change from anyone (local or
 * remote). `readCanvas` never trusts what peers wrote and never throws, so whatever arrives
 * renders. A canvas is small (tens of notes): reading it whole per update is cheaper to get
 * right than patching a copy, and fast enough.
 */
export function useCanvasDoc(doc: Y.Doc | null, voterId: string | null, fallback: { id?: string; title?: string }): LiveCanvas | null {
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
    const canvas = readCanvas(doc, { id, title });
    const voted = new Set<string>();
    if (voterId !== null) {
      for (const section of canvas.sections) for (const note of section.notes) if (hasVoted(doc, note.id, voterId)) voted.add(note.id);
    }
    return { canvas, settings: readCanvasSettings(doc), versions: listVersions(doc), voted, layout: canvasLayoutOf(doc) };
  }, [doc, revision, voterId, id, title]);
}
