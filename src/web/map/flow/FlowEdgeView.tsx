import { BaseEdge, useInternalNode, type EdgeProps, type InternalNode } from '@xyflow/react';
import { memo, useCallback, useContext, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { accessLevelLabels, flowKindLabels } from '../../../domain/map/index.js';
import { curveOf, labelCentre, type Rect } from '../../../domain/render/index.js';
import { VoteButton } from '../../facilitation/VoteButton.js';
import { FlowIcon } from '../icons.js';
import { LabelLayerContext, useMapEditor } from '../MapEditorContext.js';
import { flowStyles } from '../mapStyle.js';
import { PeerTags, peerOutline } from '../nodes/PeerTags.js';
import { PinnedNote } from '../nodes/PinnedNote.js';
import { arrowMarkerId } from './ArrowMarkers.js';
import { LabelSizeContext } from './labelSizes.js';
import type { FlowEdge } from './mapElements.js';

function rectOf(node: InternalNode): Rect {
  return {
    x: node.internals.positionAbsolute.x,
    y: node.internals.positionAbsolute.y,
    width: node.measured.width ?? node.initialWidth ?? 0,
    height: node.measured.height ?? node.initialHeight ?? 0,
  };
}

/**
 * A flow: its kind shows as colour, line pattern (solid, dashed, dotted, dash-dot, double)
 * and a label with the kind's icon and name; the arrowhead shows its direction. A data flow's
 * label names its dataset and, on a second line, frequency, access and standard.
 */
/** An actor node's name, for the accessible name of a flow without a title. */
const nameOf = (node: { data: Record<string, unknown> }): string => {
  const actor = node.data['actor'] as { name?: string } | undefined;
  return actor?.name || 'an actor';
};

export const FlowEdgeView = memo(function FlowEdgeView({ id, source, target, data, selected }: EdgeProps<FlowEdge>) {
  const from = useInternalNode(source);
  const to = useInternalNode(target);
  const { select } = useMapEditor();
  const labelLayer = useContext(LabelLayerContext);
  const observeLabel = useContext(LabelSizeContext);
  const labelRef = useCallback((element: HTMLDivElement | null) => observeLabel?.(id, element), [observeLabel, id]);
  if (!from || !to || !data) return null;
  const { flow, datasetName, access, standard, notes, datasetNotes, lane, label, peers } = data;
  // The pictures' geometry (src/domain/render): the same line, arrowhead and label place as an export.
  const curve = curveOf(flow, rectOf(from), rectOf(to), lane);
  const centre = labelCentre(curve.points, label);
  const style = flowStyles[flow.kind];
  const title = datasetName ?? flow.label;
  const details = [flow.frequency, access && accessLevelLabels[access], standard].filter(Boolean).join(' · ');
  const labelStyle = {
    transform: `translate(-50%, -50%) translate(${centre.x}px, ${centre.y}px)`,
    borderColor: style.colour,
    borderStyle: style.border,
    ...peerOutline(peers),
  } as CSSProperties;

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
      {labelLayer &&
        createPortal(
          <div
            ref={labelRef}
            className={`map-flow-label nopan${selected ? ' is-selected' : ''}${peers ? ' is-peer-selected' : ''}`}
            style={labelStyle}
            onClick={() => select([id])}
          >
            <span className="map-flow-title">
              <FlowIcon kind={flow.kind} />
              <span className="map-flow-kind" style={{ color: style.colour }}>
                {flowKindLabels[flow.kind]}
              </span>
              {title && <span className="map-flow-name">{title}</span>}
            </span>
            {details && <span className="map-flow-details">{details}</span>}
            {notes.length + datasetNotes.length > 0 && (
              <span className="map-flow-notes">
                {notes.map((note) => (
                  <PinnedNote key={note.id} note={note} on={`the ${flowKindLabels[flow.kind].toLowerCase()} flow`} />
                ))}
                {datasetNotes.map((note) => (
                  <PinnedNote key={note.id} note={note} on={`the dataset ${datasetName ?? ''}`.trim()} />
                ))}
              </span>
            )}
            <VoteButton
              targetId={flow.id}
              targetLabel={title ?? `${flowKindLabels[flow.kind]} flow from ${nameOf(from)} to ${nameOf(to)}`}
            />
            <PeerTags peers={peers} />
          </div>,
          labelLayer,
        )}
    </>
  );
});
