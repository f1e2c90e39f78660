import type { AriaLabelConfig, EdgeTypes, NodeTypes } from '@xyflow/react';
import { ActorByDetail, FlowByDetail, NoteByDetail } from '../detail/byDetail.js';

// Module constants: React Flow warns (and re-mounts every node) when these change identity.

// Each draws its full or its plain version by the zoom (detail/levelOfDetail.ts).
export const nodeTypes: NodeTypes = { actor: ActorByDetail, note: NoteByDetail };
export const edgeTypes: EdgeTypes = { flow: FlowByDetail };

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
