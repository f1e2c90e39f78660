import * as Y from 'yjs';
import { initCanvasDoc, readCanvas } from '../../../src/doc/canvas/index.js';
import type { CanvasOpResult } from '../../../src/doc/canvas/index.js';
import type { CanvasNote, SectionId } from '../../../src/domain/canvas/index.js';

export function newCanvasDoc(clientID = 10): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = clientID;
  initCanvasDoc(doc);
  return doc;
}

/** Fails the test with the refusal's message when an operation is refused. */
export function must(result: CanvasOpResult): void {
  if (!result.ok) throw new Error(`${result.error.path}: ${result.error.message}`);
}

export function notesIn(doc: Y.Doc, section: SectionId): CanvasNote[] {
  return readCanvas(doc).sections.find((s) => s.id === section)!.notes;
}

export function idsIn(doc: Y.Doc, section: SectionId): string[] {
  return notesIn(doc, section).map((n) => n.id);
}

/** Brings two docs to the same state, both ways. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}
