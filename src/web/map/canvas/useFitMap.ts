import { getViewportForBounds, useReactFlow, useStoreApi, type Rect, type ReactFlowInstance } from '@xyflow/react';
import { useCallback } from 'react';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import { plainBelowZoom } from '../detail/levelOfDetail.js';
import { fitOptions, noteWidth, pinnedNoteGap } from '../mapStyle.js';

/** The width a node takes on the board: an actor's pinned notes hang at its right. */
function boardWidth(node: MapNode, measuredWidth: number | undefined): number {
  const width = measuredWidth ?? node.initialWidth ?? 0;
  return width + (node.type === 'actor' && node.data.notes.length > 0 ? pinnedNoteGap + noteWidth : 0);
}

function union(rects: Iterable<Rect>): Rect | null {
  let box: { x0: number; y0: number; x1: number; y1: number } | null = null;
  for (const { x, y, width, height } of rects) {
    box = box
      ? { x0: Math.min(box.x0, x), y0: Math.min(box.y0, y), x1: Math.max(box.x1, x + width), y1: Math.max(box.y1, y + height) }
      : { x0: x, y0: y, x1: x + width, y1: y + height };
  }
  return box && { x: box.x0, y: box.y0, width: box.x1 - box.x0, height: box.y1 - box.y0 };
}

/**
 * The board area the map covers: every actor and free note as measured, each actor widened
 * by the notes hanging at its right (they are drawn outside its box). Null for an empty map.
 */
export function contentBounds(flow: ReactFlowInstance<MapNode, FlowEdge>): Rect | null {
  return union(
    flow.getNodes().flatMap((node) => {
      const internal = flow.getInternalNode(node.id);
      if (!internal) return [];
      const { x, y } = internal.internals.positionAbsolute;
      const height = internal.measured.height ?? node.initialHeight ?? 0;
      return [{ x, y, width: boardWidth(node, internal.measured.width), height }];
    }),
  );
}

/** The same from the nodes' own positions and sizes, before React Flow has drawn or measured them. */
export function nodesBounds(nodes: MapNode[]): Rect | null {
  return union(
    nodes.map((node) => ({
      x: node.position.x,
      y: node.position.y,
      width: boardWidth(node, node.measured?.width),
      height: node.measured?.height ?? node.initialHeight ?? 0,
    })),
  );
}

/** Room kept clear around the map when it is fitted, in screen pixels. */
const fitMargin = 12;

/**
 * Below this width (a phone), fitting may zoom out further than fitMinZoom, so more of the map
 * shows, but never into the plain boxes drawn below plainBelowZoom: names stay readable.
 */
const narrowWidth = 600;
const narrowMinZoom = plainBelowZoom;

/**
 * The strips of the canvas that floating controls cover: the tools at its top, the
 * facilitator's floating bar at its foot. A fitted map sits between them, not under them.
 */
export function coveredInsets(canvas: HTMLElement | null): { top: number; bottom: number } {
  if (!canvas) return { top: 0, bottom: 0 };
  const area = canvas.getBoundingClientRect();
  const overlapsX = (box: DOMRect) => box.right > area.left && box.left < area.right;
  const tools = canvas.closest('.workspace-body, .map-editor')?.querySelector('.map-float-top .map-toolbar') ?? null;
  const toolsBox = tools?.getBoundingClientRect();
  const top = toolsBox && overlapsX(toolsBox) ? Math.max(0, toolsBox.bottom - area.top) : 0;
  const bar = document.querySelector('.facilitator-bar-float')?.getBoundingClientRect();
  const bottom = bar && overlapsX(bar) && bar.height > 0 ? Math.max(0, area.bottom - bar.top) : 0;
  return { top: Math.min(top, area.height / 2), bottom: Math.min(bottom, area.height / 3) };
}

function useFitTo(): (bounds: Rect | null, duration?: number) => void {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const store = useStoreApi<MapNode, FlowEdge>();
  return useCallback(
    (bounds: Rect | null, duration?: number) => {
      if (!bounds) return;
      const { width, height, domNode } = store.getState();
      const covered = coveredInsets(domNode);
      const top = covered.top + fitMargin;
      const freeWidth = Math.max(1, width - 2 * fitMargin);
      const freeHeight = Math.max(1, height - top - covered.bottom - fitMargin);
      const minZoom = width < narrowWidth ? narrowMinZoom : fitOptions.minZoom;
      const inFree = getViewportForBounds(bounds, freeWidth, freeHeight, minZoom, fitOptions.maxZoom, fitOptions.padding);
      const viewport = { x: inFree.x + fitMargin, y: inFree.y + top, zoom: inFree.zoom };
      void flow.setViewport(viewport, duration === undefined ? undefined : { duration });
    },
    [flow, store],
  );
}

/**
 * Zoom to fit what is drawn, with a short animation. React Flow's own fitView() is queued
 * until its next change of nodes, which a map driven by the document may not make for a while
 * (the view would jump later, at a random moment); this sets the viewport directly. The zoom
 * stays within fitOptions, so names stay readable on a projector (mapStyle.ts).
 */
export function useFitMap(): () => void {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const fitTo = useFitTo();
  return useCallback(() => fitTo(contentBounds(flow), fitOptions.duration), [flow, fitTo]);
}

/**
 * Zoom to fit the given area at once, with no animation: for a map opening, so that React
 * Flow draws only what is on screen there, not first what lies around the origin.
 */
export function useFitAtOnce(): (bounds: Rect | null) => void {
  const fitTo = useFitTo();
  return useCallback((bounds: Rect | null) => fitTo(bounds), [fitTo]);
}
