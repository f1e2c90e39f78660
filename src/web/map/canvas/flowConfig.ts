import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { ActorByDetail, FlowByDetail, NoteByDetail } from '../detail/byDetail.js';

// Module constants: React Flow warns (and re-mounts every node) when these change identity.

// Each draws its full or its plain version by the zoom (detail/levelOfDetail.ts).
export const nodeTypes: NodeTypes = { actor: ActorByDetail, note: NoteByDetail };
export const edgeTypes: EdgeTypes = { flow: FlowByDetail };

// React Flow's words for screen readers are the editor's, in the interface's language (mapWords.ts `ariaLabels`).

export const connectionLineStyle = { stroke: '#1a1d1f', strokeWidth: 3, strokeDasharray: '6 4' };
