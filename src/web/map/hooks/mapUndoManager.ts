import * as Y from 'yjs';
import { mapTypesOf } from '../../../doc/map/index.js';
import { typingMeta } from '../mapActions.js';

/** The UndoManager of useMapUndo: this editor's writes, one step each, a typed edit one step in all. */
export function mapUndoManager(doc: Y.Doc, origin: object): { undoManager: Y.UndoManager; destroy: () => void } {
  const undoManager = new Y.UndoManager(mapTypesOf(doc), { trackedOrigins: new Set([origin]), captureTimeout: Number.MAX_SAFE_INTEGER });
  // Registered after the manager's own handler, so it runs once the write has been captured.
  const endStep = (transaction: Y.Transaction) => {
    if (transaction.origin === origin && transaction.meta.get(typingMeta) !== true) undoManager.stopCapturing();
  };
  doc.on('afterTransaction', endStep);
  const destroy = () => {
    doc.off('afterTransaction', endStep);
    undoManager.destroy();
  };
  return { undoManager, destroy };
}
