import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useRef, type PointerEvent } from 'react';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import { actorTypeStyles, actorWidth, noteWidth } from '../mapStyle.js';

const width = 168;
const height = 116;
const margin = 6;

const viewportOf = (s: ReactFlowState) => `${s.transform.join(',')},${s.width},${s.height}`;

/**
 * The minimap: every actor (in its type's colours) and free note, with the part on screen
 * framed; press or drag on it to move the view there. Drawn on a canvas in one pass when the
 * map or the view changes. React Flow's own MiniMap keeps one store subscription and one SVG
 * element per node, which on a 1,000-actor map made every drag step several times slower.
 */
export function MapOverview({ nodes }: { nodes: MapNode[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow<MapNode, FlowEdge>();
  const viewport = useStore(viewportOf);
  const frame = useRef<{ x: number; y: number; scale: number } | null>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const [tx, ty, zoom, screenWidth, screenHeight] = viewport.split(',').map(Number) as [number, number, number, number, number];
    const view = { x: -tx / zoom, y: -ty / zoom, width: screenWidth / zoom, height: screenHeight / zoom };
    const boxes = nodes.map((n) => ({
      node: n,
      x: n.position.x,
      y: n.position.y,
      width: n.measured?.width ?? (n.type === 'actor' ? actorWidth : noteWidth),
      height: n.measured?.height ?? 100,
    }));
    let x0 = view.x;
    let y0 = view.y;
    let x1 = view.x + view.width;
    let y1 = view.y + view.height;
    for (const b of boxes) {
      x0 = Math.min(x0, b.x);
      y0 = Math.min(y0, b.y);
      x1 = Math.max(x1, b.x + b.width);
      y1 = Math.max(y1, b.y + b.height);
    }
    const scale = Math.min((width - 2 * margin) / (x1 - x0 || 1), (height - 2 * margin) / (y1 - y0 || 1));
    const left = margin + (width - 2 * margin - (x1 - x0) * scale) / 2 - x0 * scale;
    const top = margin + (height - 2 * margin - (y1 - y0) * scale) / 2 - y0 * scale;
    frame.current = { x: left, y: top, scale };

    const ratio = window.devicePixelRatio || 1;
    element.width = width * ratio;
    element.height = height * ratio;
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    for (const b of boxes) {
      const style = b.node.type === 'actor' ? actorTypeStyles[b.node.data.actor.type ?? 'unset'] : { tint: '#fff8d6', colour: '#8a7a2a' };
      context.fillStyle = style.tint;
      context.strokeStyle = style.colour;
      context.lineWidth = 1.5;
      const rect = [left + b.x * scale, top + b.y * scale, Math.max(2, b.width * scale), Math.max(2, b.height * scale)] as const;
      context.fillRect(...rect);
      context.strokeRect(...rect);
    }
    // The part on screen: everything else is veiled.
    const v = [left + view.x * scale, top + view.y * scale, view.width * scale, view.height * scale] as const;
    context.fillStyle = 'rgba(246, 248, 247, 0.6)';
    context.beginPath();
    context.rect(0, 0, width, height);
    context.rect(...v);
    context.fill('evenodd');
    context.strokeStyle = '#1a1d1f';
    context.lineWidth = 2;
    context.strokeRect(...v);
  }, [nodes, viewport]);

  const moveTo = (event: PointerEvent<HTMLCanvasElement>) => {
    const f = frame.current;
    if (!f || (event.type === 'pointermove' && event.buttons !== 1)) return;
    const box = event.currentTarget.getBoundingClientRect();
    const x = (event.clientX - box.left - f.x) / f.scale;
    const y = (event.clientY - box.top - f.y) / f.scale;
    void flow.setCenter(x, y, { zoom: flow.getZoom() });
  };

  return (
    <Panel position="bottom-right" className="map-overview">
      <canvas
        ref={canvas}
        style={{ width, height }}
        role="img"
        aria-label="Minimap: the whole map, with the part on screen framed. Press on it to move the view there."
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={moveTo}
      />
    </Panel>
  );
}
