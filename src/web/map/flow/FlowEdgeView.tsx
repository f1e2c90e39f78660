import { BaseEdge, useStore, type EdgeProps, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback } from 'react';
import { curveOf, labelCentre, type Rect } from '../../../domain/render/index.js';
import { useMapEditor } from '../MapEditorContext.js';
import { flowStyles } from '../mapStyle.js';
import { arrowMarkerId } from './ArrowMarkers.js';
import { FlowLabel } from './FlowLabel.js';
import type { FlowEdge } from './mapElements.js';

/** A node's box, and the actor's name for a flow's accessible name (empty: none); null before React Flow knows the node. */
interface End extends Rect {
  name: string;
}

function endOf(s: ReactFlowState, id: string): End | null {
  const node = s.nodeLookup.get(id);
  if (!node) return null;
  const actor = node.data['actor'] as { name?: string } | undefined;
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.initialHeight ?? 0,
    name: actor?.name ?? '',
  };
}

const sameEnd = (a: End | null, b: End | null) =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height && a.name === b.name);
const sameEnds = (a: Ends, b: Ends) => sameEnd(a[0], b[0]) && sameEnd(a[1], b[1]);
type Ends = [End | null, End | null];

/**
 * A flow's two ends, in one store subscription, re-rendering the flow only when an end's box
 * or name changes. React Flow's useInternalNode (one subscription per end) re-rendered it
 * whenever a node's internal object was renewed: each time actors coming into view during a
 * pan were measured, for every flow drawn from them.
 */
function useEnds(source: string, target: string): Ends {
  return useStore(
    useCallback((s: ReactFlowState): Ends => [endOf(s, source), endOf(s, target)], [source, target]),
    sameEnds,
  );
}

/**
 * A flow: its kind shows as colour, line pattern (solid, dashed, dotted, dash-dot, double)
 * and a label with the kind's icon and name (FlowLabel); the arrowhead shows its direction. A
 * data flow's label names its dataset and, on a second line, frequency, access and standard.
 */
export const FlowEdgeView = memo(function FlowEdgeView({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  const [from, to] = useEnds(source, target);
  // Its words come with the editor's context, made once per language (mapWords.ts).
  const { words } = useMapEditor();
  if (!from || !to || !data) return null;
  const { flow, datasetName, access, standard, lane, label } = data;
  // The pictures' geometry (src/domain/render): the same line, arrowhead and label place as an export.
  const curve = curveOf(flow, from, to, lane);
  const centre = labelCentre(curve.points, label);
  const style = flowStyles[flow.kind];
  const title = datasetName ?? flow.label;
  const details = [flow.frequency, access && words.access[access], standard].filter(Boolean).join(' · ');

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
        fallbackName={words.flowName(flow.kind, from.name || words.anActor, to.name || words.anActor)}
      />
    </>
  );
});
