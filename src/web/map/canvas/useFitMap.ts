import { getViewportForBounds, useReactFlow, useStoreApi, type Rect, type ReactFlowInstance } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import { fitOptions, noteWidth, pinnedNoteGap } from '../mapStyle.js';

/**
 * The board area the map covers: every actor and free note as measured, each actor widened
 * by the notes hanging at its right (they are drawn outside its box). Null for an empty map.
 */
export function contentBounds(flow: ReactFlowInstance<MapNode, FlowEdge>): Rect | null {
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const node of flow.getNodes()) {
    const internal = flow.getInternalNode(node.id);
    if (!internal) continue;
    const { x, y } = internal.internals.positionAbsolute;
    const width =
      (internal.measured.width ?? node.initialWidth ?? 0) +
      (node.type === 'actor' && node.data.notes.length > 0 ? pinnedNoteGap + noteWidth : 0);
    const height = internal.measured.height ?? node.initialHeight ?? 0;
    box = box
      ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + width), y1: Math.max(box.y1, y + height) }
      : { x0: x, y0: y, x1: x + width, y1: y + height };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

/**
 * Zoom to fit, at once. React Flow's own fitView() is queued until its next change of nodes,
 * which a map driven by the document may not make for a while (the view would jump later, at
 * a random moment); this sets the viewport directly. The zoom stays within fitOptions, so
 * names stay readable on a projector (mapStyle.ts).
 */
export function useFitMap(): () => void {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const store = useStoreApi<MapNode, FlowEdge>();
  return useCallback(() => {
    const bounds = contentBounds(flow);
    if (!bounds) return;
    const { width, height } = store.getState();
    const viewport = getViewportForBounds(bounds, width, height, fitOptions.minZoom, fitOptions.maxZoom, fitOptions.padding);
    void flow.setViewport(viewport, { duration: fitOptions.duration });
  }, [flow, store]);
}
