import { Handle, Position, type EdgeProps, type NodeProps } from '@xyflow/react';
import { memo, type CSSProperties } from 'react';
import type { ActorNode, FlowEdge, NoteNode } from '../flow/mapElements.js';
import { useMapEditor } from '../MapEditorContext.js';
import { actorTypeStyles, flowStyles, noteStyles } from '../mapStyle.js';
import './plain.css';

/**
 * The plain version of the map's elements, drawn below plainBelowZoom (levelOfDetail.ts).
 * Each keeps the box React Flow measured for its full version (width and height from the
 * node's props), so crossing the threshold moves nothing; the handles stay in the DOM,
 * invisible, because React Flow places flows from them. Names for screen readers and keyboard
 * focus are on React Flow's own wrappers (ariaLabel in mapElements.ts), the same at any zoom.
 */
export const PlainActorNode = memo(function PlainActorNode({ data, selected, width, height }: NodeProps<ActorNode>) {
  const { words } = useMapEditor();
  const style = actorTypeStyles[data.actor.type ?? 'unset'];
  const box = { width, height, '--type-colour': style.colour, '--type-tint': style.tint } as CSSProperties;
  return (
    <div className={`map-plain-actor${selected ? ' is-selected' : ''}`} style={box}>
      <span className="map-actor-name map-plain-name">{data.actor.name || words.noName}</span>
      <Handle type="target" position={Position.Left} className="map-plain-handle" isConnectable={false} />
      <Handle type="source" position={Position.Right} className="map-plain-handle" isConnectable={false} />
    </div>
  );
});

export const PlainNoteNode = memo(function PlainNoteNode({ data, selected, width, height }: NodeProps<NoteNode>) {
  const style = noteStyles[data.note.kind ?? 'unset'];
  return <div className={`map-plain-note${selected ? ' is-selected' : ''}`} style={{ width, height, background: style.tint }} />;
});

/** A straight line from the source's handle to the target's: no label, arrowhead, dashes or wide hit path. */
export const PlainFlowEdge = memo(function PlainFlowEdge({
  source,
  target,
  sourceX,
  sourceY,
  targetX,
  targetY,
  data,
  selected,
}: EdgeProps<FlowEdge>) {
  if (!data || source === target) return null;
  const style = flowStyles[data.flow.kind];
  return (
    <path
      className={`react-flow__edge-path map-plain-flow${selected ? ' is-selected' : ''}`}
      d={`M${sourceX},${sourceY}L${targetX},${targetY}`}
      style={{ stroke: style.colour }}
    />
  );
});
