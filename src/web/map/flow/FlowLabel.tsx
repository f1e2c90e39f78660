import { useStore, type ReactFlowState } from '@xyflow/react';
import { memo, useCallback, useContext, type CSSProperties } from 'react';
import { createPortal } from 'react-dom';
import { VoteButton } from '../../facilitation/VoteButton.js';
import { flowIconImages } from '../icons.js';
import { LabelLayerContext, useMapEditor } from '../MapEditorContext.js';
import { flowStyles } from '../mapStyle.js';
import { PeerTags, peerOutline } from '../nodes/PeerTags.js';
import { PinnedNote } from '../nodes/PinnedNote.js';
import { LabelSizeContext } from './labelSizes.js';
import { labelNearView } from './labelNearView.js';
import type { FlowEdgeData } from './mapElements.js';

interface Props {
  id: string;
  data: FlowEdgeData;
  selected: boolean;
  /** The label's centre, board units. */
  x: number;
  y: number;
  title: string | undefined;
  details: string;
  /** The flow's accessible name when it has no title ("Data flow from A to B"), for its vote buttons. */
  fallbackName: string;
}

/**
 * A flow's label, in React Flow's label layer (LabelLayerContext): the kind's icon and name,
 * the dataset or label, the details, pinned notes, vote buttons and who else has it selected.
 * Drawn only while it is near the view (labelNearView): each one is a store subscription
 * that re-renders it only when it comes near or leaves.
 */
export const FlowLabel = memo(function FlowLabel({ id, data, selected, x, y, title, details, fallbackName }: Props) {
  const { select, words } = useMapEditor();
  const labelLayer = useContext(LabelLayerContext);
  const observeLabel = useContext(LabelSizeContext);
  const labelRef = useCallback((element: HTMLDivElement | null) => observeLabel?.(id, element), [observeLabel, id]);
  const { flow, notes, datasetNotes, peers, datasetName } = data;
  const pinned = notes.length + datasetNotes.length > 0;
  const near = useStore(useCallback((s: ReactFlowState) => pinned || labelNearView({ x, y }, s), [pinned, x, y]));
  if (!labelLayer || !near) return null;
  const style = flowStyles[flow.kind];
  const labelStyle = {
    transform: `translate(-50%, -50%) translate(${x}px, ${y}px)`,
    borderColor: style.colour,
    borderStyle: style.border,
    ...peerOutline(peers),
  } as CSSProperties;

  return createPortal(
    <div
      ref={labelRef}
      className={`map-flow-label nopan${selected ? ' is-selected' : ''}${peers ? ' is-peer-selected' : ''}`}
      style={labelStyle}
      onClick={() => select([id])}
    >
      <span className="map-flow-kind" style={{ color: style.colour, ...flowIconImages[flow.kind] }}>
        {words.flowKind[flow.kind]}
      </span>
      {title && <span className="map-flow-name">{title}</span>}
      {details && <span className="map-flow-details">{details}</span>}
      {pinned && (
        <span className="map-flow-notes">
          {notes.map((note) => (
            <PinnedNote key={note.id} note={note} on={words.theFlow(flow.kind)} />
          ))}
          {datasetNotes.map((note) => (
            <PinnedNote key={note.id} note={note} on={words.theDataset(datasetName ?? '')} />
          ))}
        </span>
      )}
      <VoteButton targetId={flow.id} targetLabel={title ?? fallbackName} />
      {peers && <PeerTags peers={peers} />}
    </div>,
    labelLayer,
  );
});
