import type { AriaLabelConfig, EdgeTypes, NodeTypes } from '@xyflow/react';
import { FlowEdgeView } from '../flow/FlowEdgeView.js';
import { ActorNodeView } from '../nodes/ActorNodeView.js';
import { NoteNodeView } from '../nodes/NoteNodeView.js';

// Module constants: React Flow warns (and re-mounts every node) when these change identity.

export const nodeTypes: NodeTypes = { actor: ActorNodeView, note: NoteNodeView };
export const edgeTypes: EdgeTypes = { flow: FlowEdgeView };

const nodeHelp = 'Press Enter or Space to select it and see it in the side panel. Arrow keys move what is selected; Delete removes it.';

/** React Flow's words for screen readers, in the app's language (actors, notes, flows). */
export const ariaLabelConfig: Partial<AriaLabelConfig> = {
  'node.a11yDescription.default': nodeHelp,
  'node.a11yDescription.keyboardDisabled': nodeHelp,
  'node.a11yDescription.ariaLiveMessage': ({ direction }) => `Moved ${direction}.`,
  'edge.a11yDescription.default': 'Press Enter or Space to select this flow and see it in the side panel.',
  'controls.ariaLabel': 'Zoom',
  'controls.zoomIn.ariaLabel': 'Zoom in',
  'controls.zoomOut.ariaLabel': 'Zoom out',
  'controls.fitView.ariaLabel': 'Zoom to fit',
  'controls.interactive.ariaLabel': 'Lock the map',
  'handle.ariaLabel': 'Draw a flow from here',
};

export const connectionLineStyle = { stroke: '#1a1d1f', strokeWidth: 3, strokeDasharray: '6 4' };
