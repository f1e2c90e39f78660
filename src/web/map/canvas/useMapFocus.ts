import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useCallback, useMemo, type KeyboardEvent, type RefObject } from 'react';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import { nextInTabOrder } from './tabOrder.js';

/** How many frames to wait for a node brought into view to be drawn before giving up. */
const drawFrames = 30;

/** The node element for `id` in the canvas, if drawn. */
const nodeElement = (canvas: HTMLElement | null, id: string) =>
  canvas?.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`) ?? null;

export interface MapFocus {
  /** Focuses a node, first moving the view (same zoom) so it is on screen and drawn. */
  focusNode: (id: string) => void;
  /** Focuses the canvas itself (nothing left to focus on it). */
  focusCanvas: () => void;
  /** On the canvas: Tab and Shift+Tab go through every node, on screen or not. */
  onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
}

/**
 * Keyboard focus on the map. The canvas draws only the nodes in view (a big map stays fast),
 * so Tab would skip every actor off screen: this takes Tab over on a node, centres the view
 * on the next one when it is outside, and focuses it once drawn. A node focused inside the
 * view leaves the view alone. `canvas` holds React Flow's element.
 */
export function useMapFocus(canvas: RefObject<HTMLElement | null>): MapFocus {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const store = useStoreApi<MapNode, FlowEdge>();

  const inView = useCallback(
    (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node) return false;
      const { width, height, transform } = store.getState();
      const [x, y, zoom] = transform;
      const p = node.internals.positionAbsolute;
      const w = node.measured.width ?? node.width ?? 0;
      const h = node.measured.height ?? node.height ?? 0;
      return p.x * zoom + x >= 0 && p.y * zoom + y >= 0 && (p.x + w) * zoom + x <= width && (p.y + h) * zoom + y <= height;
    },
    [flow, store],
  );

  const focusNode = useCallback(
    (id: string) => {
      const node = flow.getInternalNode(id);
      if (!node) return;
      if (!inView(id)) {
        const p = node.internals.positionAbsolute;
        const w = node.measured.width ?? node.width ?? 0;
        const h = node.measured.height ?? node.height ?? 0;
        void flow.setCenter(p.x + w / 2, p.y + h / 2, { zoom: flow.getZoom() });
      }
      let frames = 0;
      const attempt = () => {
        const element = nodeElement(canvas.current, id);
        if (element) element.focus({ preventScroll: true });
        else if (++frames < drawFrames) requestAnimationFrame(attempt);
      };
      requestAnimationFrame(attempt);
    },
    [flow, inView, canvas],
  );

  const focusCanvas = useCallback(() => canvas.current?.focus({ preventScroll: true }), [canvas]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.key !== 'Tab' || event.ctrlKey || event.altKey || event.metaKey) return;
      const target = event.target;
      if (!(target instanceof HTMLElement) || !target.classList.contains('react-flow__node')) return;
      const current = target.dataset.id;
      if (!current) return;
      const next = nextInTabOrder(
        flow.getNodes().map((n) => n.id),
        current,
        event.shiftKey,
      );
      if (next === null) return; // the first or last node: focus leaves the map as usual
      event.preventDefault();
      focusNode(next);
    },
    [flow, focusNode],
  );

  return useMemo(() => ({ focusNode, focusCanvas, onKeyDown }), [focusNode, focusCanvas, onKeyDown]);
}
