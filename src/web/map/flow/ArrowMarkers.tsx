import { flowKinds, type FlowKind } from '../../../domain/map/index.js';
import { arrowHead } from '../../../domain/render/index.js';
import { flowStyles } from '../mapStyle.js';

export const arrowMarkerId = (kind: FlowKind) => `map-arrow-${kind}`;

/**
 * The flows' arrowheads, one per kind in its colour: the pictures' own (`arrowHead`,
 * src/domain/render), so a flow ends the same on screen and in an export. Drawn once per
 * canvas, in an SVG of no size; each flow's line points at its kind's.
 */
export function ArrowMarkers() {
  return (
    <svg className="map-arrow-markers" width="0" height="0" aria-hidden="true" focusable="false">
      <defs>
        {flowKinds.map((kind) => (
          <marker
            key={kind}
            id={arrowMarkerId(kind)}
            viewBox={arrowHead.viewBox}
            refX={arrowHead.refX}
            refY={arrowHead.refY}
            markerWidth={arrowHead.size}
            markerHeight={arrowHead.size}
            markerUnits="userSpaceOnUse"
            orient="auto"
          >
            <path d={arrowHead.path} fill={flowStyles[kind].colour} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
