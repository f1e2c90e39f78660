import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useEffect, useState, type MutableRefObject } from 'react';
import { onViewportAsked, provideBoardViewport, takeAskedViewport } from '../../collab/index.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';

const hasSize = (s: ReactFlowState) => s.width > 0 && s.height > 0;

/**
 * The map's view as "Bring everyone here" carries it: the board point at the middle of the
 * canvas and the zoom. Offers this map's view (for a facilitator gathering everyone) and goes
 * to a view a gather asked for (for a follower), at once, whether the map was open already
 * or opens because of it. A view taken this way is theirs: `viewChosen` stops the first
 * zoom to fit from replacing it.
 */
export function useSharedViewport(boardId: string | undefined, viewChosen: MutableRefObject<boolean>): void {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const store = useStoreApi<MapNode, FlowEdge>();
  const paneSized = useStore(hasSize);
  const [asks, setAsks] = useState(0);

  useEffect(() => {
    if (!boardId) return;
    return provideBoardViewport(boardId, () => {
      const { width, height, transform } = store.getState();
      const [x, y, zoom] = transform;
      if (width <= 0 || height <= 0) return null;
      return { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom, zoom };
    });
  }, [boardId, store]);

  useEffect(() => onViewportAsked(() => setAsks((n) => n + 1)), []);

  useEffect(() => {
    if (!boardId || !paneSized) return;
    const viewport = takeAskedViewport(boardId);
    if (!viewport) return;
    viewChosen.current = true;
    void flow.setCenter(viewport.x, viewport.y, { zoom: viewport.zoom });
  }, [boardId, paneSized, asks, flow, viewChosen]);
}
