import { useCallback, useEffect, useState } from 'react';
import * as Y from 'yjs';
import { mapTypesOf } from '../../../doc/map/index.js';

export interface MapUndo {
  undo: () => void;
  redo: () => void;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * Undo and redo of this person's own map changes only. Every write the editor makes runs in a
 * transaction whose origin is `origin` (see mapActions.ts); the UndoManager tracks that
 * origin and nothing else, so a peer's edits (applied by the provider with its own origin)
 * are never undone here, and undoing mine leaves theirs in place.
 *
 * captureTimeout 0: each write is its own step. Text fields write once when left, not per
 * keystroke, so steps stay meaningful ("undo the rename", not "undo one letter").
 */
export function useMapUndo(doc: Y.Doc | null, origin: object): MapUndo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    if (!doc) return;
    const undoManager = new Y.UndoManager(mapTypesOf(doc), { trackedOrigins: new Set([origin]), captureTimeout: 0 });
    const update = () => setStacks({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    setManager(undoManager);
    update();
    return () => {
      undoManager.destroy();
      setManager(null);
      setStacks({ canUndo: false, canRedo: false });
    };
  }, [doc, origin]);

  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  return { undo, redo, ...stacks };
}
