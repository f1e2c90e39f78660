import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import type { MapLive } from '../live/useMapLive.js';

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
 * Each write is its own step, except typing: a text field writes every keystroke (so others
 * see it and a reload keeps it), marked with `typingMeta`, and all of one field's writes
 * until it is left are one step ("undo the rename", not "undo one letter"). So the manager
 * merges every change into the last step (an endless capture window) and stops capturing
 * after each of this editor's transactions that is not typing — `settle` is such a one.
 * The manager (`mapUndoManager`) comes with the map's live code (`live`, map/live/).
 */
export function useMapUndo(doc: Y.Doc | null, origin: object, live: MapLive | null): MapUndo {
  const [manager, setManager] = useState<Y.UndoManager | null>(null);
  const [stacks, setStacks] = useState({ canUndo: false, canRedo: false });

  useEffect(() => {
    if (!doc || !live) return;
    const { undoManager, destroy } = live.mapUndoManager(doc, origin);
    const update = () => setStacks({ canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo() });
    undoManager.on('stack-item-added', update);
    undoManager.on('stack-item-popped', update);
    undoManager.on('stack-cleared', update);
    setManager(undoManager);
    update();
    return () => {
      destroy();
      setManager(null);
      setStacks({ canUndo: false, canRedo: false });
    };
  }, [doc, origin, live]);

  const undo = useCallback(() => void manager?.undo(), [manager]);
  const redo = useCallback(() => void manager?.redo(), [manager]);
  return { undo, redo, ...stacks };
}
