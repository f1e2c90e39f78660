import type { ReactFlowState } from '@xyflow/react';
import type { Position } from '../../../domain/map/index.js';

/**
 * How far from its centre a label without pinned notes can reach, in board units: half of
 * its widest (`.map-flow-label`'s max-width, 220) and half of a tall one (a name on two
 * lines, details, vote buttons). A label with pinned notes has no such bound: it is always drawn.
 */
const labelReach = { x: 110, y: 90 };
/** Labels this close to the view (screen px) are drawn already, so one entering it is there. */
const viewMargin = 120;

/**
 * Whether a label centred at `centre` (board units) can show in the pane, or within
 * `viewMargin` of it. React Flow draws a flow whose two actors' box meets the view; a long
 * flow's label is then often far outside it (on the bench's map two thirds of them were).
 */
export function labelNearView(centre: Position, s: Pick<ReactFlowState, 'transform' | 'width' | 'height'>): boolean {
  const [tx, ty, zoom] = s.transform;
  const margin = viewMargin / zoom;
  const left = -tx / zoom - margin - labelReach.x;
  const top = -ty / zoom - margin - labelReach.y;
  const right = (s.width - tx) / zoom + margin + labelReach.x;
  const bottom = (s.height - ty) / zoom + margin + labelReach.y;
  return centre.x >= left && centre.x <= right && centre.y >= top && centre.y <= bottom;
}
