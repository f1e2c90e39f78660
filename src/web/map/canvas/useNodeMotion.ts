import type { EdgeChange, NodeChange, OnNodeDrag } from '@xyflow/react';
import { useCallback, useEffect, useRef, useState, type Dispatch, type SetStateAction } from 'react';
import type { Position } from '../../../domain/map/index.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import type { Size } from '../hooks/useFlowElements.js';
import type { MapActions } from '../mapActions.js';
import type { LocalPresence } from '../presence/useLocalPresence.js';

/** Arrow-key moves are stored this long (ms) after the last press: one step per burst, not per press. */
const keyboardSettleMs = 500;

interface Options {
  actions: MapActions | null;
  flush: () => void;
  presence: LocalPresence;
  setSelected: Dispatch<SetStateAction<ReadonlySet<string>>>;
  /** Which ids are free notes (moveMapNotes) rather than actors (moveActors). */
  isNote: (id: string) => boolean;
}

/**
 * React Flow's changes for a map whose truth is the Yjs document:
 * - selection goes to the editor's selection;
 * - measured sizes are kept and given back on every node;
 * - positions while dragging stay on this screen (`moving`) and go to the others through
 *   awareness; only the drag's end is stored (one moveActors/moveMapNotes transaction, one
 *   undo step). Arrow-key moves are stored once the keys rest.
 */
export function useNodeMotion({ actions, flush, presence, setSelected, isNote }: Options) {
  const [measured, setMeasured] = useState<ReadonlyMap<string, Size>>(new Map());
  const [moving, setMoving] = useState<ReadonlyMap<string, Position>>(new Map());
  const movingRef = useRef(moving);
  movingRef.current = moving;
  const keyboardTimer = useRef<number | undefined>(undefined);
  const dragging = useRef(false);

  const commit = useCallback(
    (placements: { id: string; x: number; y: number }[]) => {
      window.clearTimeout(keyboardTimer.current);
      if (actions && placements.length > 0) {
        actions.move(
          placements.filter((p) => !isNote(p.id)),
          placements.filter((p) => isNote(p.id)),
        );
        flush(); // the stored positions are on screen in the same render that drops `moving`
      }
      setMoving(new Map());
    },
    [actions, flush, isNote],
  );

  useEffect(() => () => window.clearTimeout(keyboardTimer.current), []);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      const selection = new Map<string, boolean>();
      const sizes = new Map<string, Size>();
      const positions = new Map<string, Position>();
      let byKeyboard = false;
      for (const change of changes) {
        if (change.type === 'select') selection.set(change.id, change.selected);
        else if (change.type === 'dimensions' && change.dimensions) sizes.set(change.id, change.dimensions);
        else if (change.type === 'position' && change.position) {
          positions.set(change.id, change.position);
          if (!change.dragging && !dragging.current) byKeyboard = true;
        }
      }
      if (selection.size > 0) setSelected((before) => applySelection(before, selection));
      if (sizes.size > 0) setMeasured((before) => withSizes(before, sizes));
      if (positions.size > 0 && actions) {
        setMoving((before) => new Map([...before, ...positions]));
        if (byKeyboard) {
          window.clearTimeout(keyboardTimer.current);
          keyboardTimer.current = window.setTimeout(
            () => commit([...movingRef.current].map(([id, { x, y }]) => ({ id, x, y }))),
            keyboardSettleMs,
          );
        }
      }
    },
    [actions, commit, setSelected],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const selection = new Map<string, boolean>();
      for (const change of changes) if (change.type === 'select') selection.set(change.id, change.selected);
      if (selection.size > 0) setSelected((before) => applySelection(before, selection));
    },
    [setSelected],
  );

  const onNodeDragStart = useCallback<OnNodeDrag<MapNode>>(() => {
    dragging.current = true;
  }, []);

  const onNodeDrag = useCallback<OnNodeDrag<MapNode>>(
    (_event, _node, nodes) => presence.setDragging({ ids: nodes.map((n) => n.id), positions: nodes.map((n) => n.position) }),
    [presence],
  );

  const onNodeDragStop = useCallback<OnNodeDrag<MapNode>>(
    (_event, _node, nodes) => {
      dragging.current = false;
      // Store first, then tell the others the drag is over: both travel in this order.
      commit(nodes.map((n) => ({ id: n.id, x: Math.round(n.position.x), y: Math.round(n.position.y) })));
      presence.setDragging(null);
    },
    [commit, presence],
  );

  return { measured, moving, onNodesChange, onEdgesChange, onNodeDragStart, onNodeDrag, onNodeDragStop };
}

function applySelection(before: ReadonlySet<string>, changes: Map<string, boolean>): ReadonlySet<string> {
  const next = new Set(before);
  for (const [id, on] of changes) {
    if (on) next.add(id);
    else next.delete(id);
  }
  if (next.size === before.size && [...next].every((id) => before.has(id))) return before;
  return next;
}

function withSizes(before: ReadonlyMap<string, Size>, sizes: Map<string, Size>): ReadonlyMap<string, Size> {
  let changed = false;
  for (const [id, size] of sizes) {
    const old = before.get(id);
    if (!old || old.width !== size.width || old.height !== size.height) changed = true;
  }
  return changed ? new Map([...before, ...sizes]) : before;
}
