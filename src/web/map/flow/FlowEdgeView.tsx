import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo } from 'react';
import { accessLevelLabels, flowKindLabels } from '../../../domain/map/index.js';
import { curveOf, labelCentre, type Rect } from '../../../domain/render/index.js';
import { flowStyles } from '../mapStyle.js';
import { arrowMarkerId } from './ArrowMarkers.js';
import { FlowLabel } from './FlowLabel.js';
import type { FlowEdge } from './mapElements.js';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.initialHeight ?? 0,
  };
}

/** An actor node's name, for the accessible name of a flow without a title. */
const nameOf = (node: { data: Record<string, unknown> }): string => {
  const actor = node.data['actor'] as { name?: string } | undefined;
  return actor?.name || 'an actor';
};

/**
 * A flow: its kind shows as colour, line pattern (solid, dashed, dotted, dash-dot, double)
 * and a label with the kind's icon and name (FlowLabel); the arrowhead shows its direction. A
 * data flow's label names its dataset and, on a second line, frequency, access and standard.
 */
export const FlowEdgeView = memo(function FlowEdgeView({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  if (!from || !to || !data) return null;
  const { flow, datasetName, access, standard, lane, label } = data;
  // The pictures' geometry (src/domain/render): the same line, arrowhead and label place as an export.
  const curve = curveOf(flow, rectOf(from), rectOf(to), lane);
  const centre = labelCentre(curve.points, label);
  const style = flowStyles[flow.kind];
  const title = datasetName ?? flow.label;
  const details = [flow.frequency, access && accessLevelLabels[access], standard].filter(Boolean).join(' · ');

  return (
    <>
      <BaseEdge
        id={id}
        path={curve.d}
        markerEnd={`url(#${arrowMarkerId(flow.kind)})`}
        interactionWidth={24}
        className="map-flow-line"
        style={{ stroke: style.colour, strokeWidth: selected ? style.width + 2 : style.width, strokeDasharray: style.dash }}
      />
      {style.double && (
        // The white core of the double line stops short of the end, leaving the arrowhead whole.
        <path d={curve.core} className="map-flow-core" />
      )}
      <FlowLabel
        id={id}
        data={data}
        selected={selected ?? false}
        x={centre.x}
        y={centre.y}
        title={title}
        details={details}
        fallbackName={`${flowKindLabels[flow.kind]} flow from ${nameOf(from)} to ${nameOf(to)}`}
      />
    </>
  );
});
