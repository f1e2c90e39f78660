import type { EdgeProps, NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { FlowEdgeView } from '../flow/FlowEdgeView.js';
import type { ActorNode, FlowEdge, NoteNode } from '../flow/mapElements.js';
import { ActorNodeView } from '../nodes/ActorNodeView.js';
import { NoteNodeView } from '../nodes/NoteNodeView.js';
import { usePlainDetail } from './levelOfDetail.js';
import { PlainActorNode, PlainFlowEdge, PlainNoteNode } from './PlainElements.js';

// The switch between the full and the plain version of each element (levelOfDetail.ts), kept
// out of the full components so that they stay as they are.

export const ActorByDetail = memo(function ActorByDetail(props: NodeProps<ActorNode>) {
  return usePlainDetail() ? <PlainActorNode {...props} /> : <ActorNodeView {...props} />;
});

export const NoteByDetail = memo(function NoteByDetail(props: NodeProps<NoteNode>) {
  return usePlainDetail() ? <PlainNoteNode {...props} /> : <NoteNodeView {...props} />;
});

export const FlowByDetail = memo(function FlowByDetail(props: EdgeProps<FlowEdge>) {
  return usePlainDetail() ? <PlainFlowEdge {...props} /> : <FlowEdgeView {...props} />;
});
