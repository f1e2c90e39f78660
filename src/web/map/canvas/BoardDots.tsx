import { ViewportPortal } from '@xyflow/react';

/**
 * The board's dots, drawn inside React Flow's viewport, so that a pan moves them with the map
 * instead of drawing them again. React Flow's own `<Background>` is a pattern over the whole
 * pane whose offset changes on every frame of a pan: without a GPU the whole pane was painted
 * again each frame (docs/benchmarks.md). The dots scale with the zoom, as that pattern's did.
 */
export function BoardDots() {
  return (
    <ViewportPortal>
      <div className="map-dots" aria-hidden="true" />
    </ViewportPortal>
  );
}
