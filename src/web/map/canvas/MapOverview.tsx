import { Panel, useReactFlow, useStore, type ReactFlowState } from '@xyflow/react';
import { useEffect, useReducer, useRef, type PointerEvent } from 'react';
import editorMessages from 'virtual:messages/en/map.editor';
import { addEnglish, useI18n } from '../../i18n/index.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import { actorTypeStyles, actorWidth, noteWidth, overviewSize } from '../mapStyle.js';

addEnglish(editorMessages);

const { width, height } = overviewSize;
const margin = 6;

const viewportOf = (s: ReactFlowState) => `${s.transform.join(',')},${s.width},${s.height}`;

/**
 * The minimap: every actor (in its type's colours) and free note, with the part on screen
 * framed; press or drag on it to move the view there. Drawn on a canvas in one pass when the
 * map or the view changes; the actors are kept as an image, so a pan redraws only the frame. React Flow's own MiniMap keeps one store subscription and one SVG
 * element per node, which on a 1,000-actor map made every drag step several times slower.
 */
export function MapOverview({ nodes }: { nodes: MapNode[] }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const flow = useReactFlow<MapNode, FlowEdge>();
  const { t } = useI18n();
  const viewport = useStore(viewportOf);
  const frame = useRef<{ x: number; y: number; scale: number } | null>(null);

  // The map's boxes and the bounds of all of them.
  const content = useContent(nodes);
  // The actors drawn at a given placement, kept between frames: a pan redraws only the frame.
  const layer = useRef<{ content: Content; key: string; image: HTMLCanvasElement } | null>(null);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context) return;
    const [tx, ty, zoom, screenWidth, screenHeight] = viewport.split(',').map(Number) as [number, number, number, number, number];
    const view = { x: -tx / zoom, y: -ty / zoom, width: screenWidth / zoom, height: screenHeight / zoom };
    const x0 = Math.min(view.x, content.x0);
    const y0 = Math.min(view.y, content.y0);
    const x1 = Math.max(view.x + view.width, content.x1);
    const y1 = Math.max(view.y + view.height, content.y1);
    const scale = Math.min((width - 2 * margin) / (x1 - x0 || 1), (height - 2 * margin) / (y1 - y0 || 1));
    const left = margin + (width - 2 * margin - (x1 - x0) * scale) / 2 - x0 * scale;
    const top = margin + (height - 2 * margin - (y1 - y0) * scale) / 2 - y0 * scale;
    frame.current = { x: left, y: top, scale };

    const ratio = window.devicePixelRatio || 1;
    const key = [left, top, scale, ratio].join(',');
    if (layer.current?.content !== content || layer.current.key !== key) {
      layer.current = { content, key, image: drawBoxes(content.boxes, { left, top, scale }, ratio) };
    }
    element.width = width * ratio;
    element.height = height * ratio;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.drawImage(layer.current.image, 0, 0);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
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
  }, [content, viewport]);

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
        aria-label={t('map.editor.minimap')}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          moveTo(event);
        }}
        onPointerMove={moveTo}
      />
    </Panel>
  );
}

interface Box {
  node: MapNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Content {
  boxes: Box[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** How long sizes measured alone wait before the boxes are drawn again with them (ms). */
const sizesSettleMs = 400;

/** Whether any box was added, removed, moved or changed (its data): not a size measured. */
function placesDiffer(before: MapNode[], after: MapNode[]): boolean {
  if (before.length !== after.length) return true;
  for (let i = 0; i < after.length; i++) {
    const a = before[i]!;
    const b = after[i]!;
    if (a.id !== b.id || a.position !== b.position || a.data !== b.data) return true;
  }
  return false;
}

/**
 * The boxes to draw, made again at once when something is added, removed, moved or changed;
 * when only sizes were measured, once they have rested for `sizesSettleMs`. React Flow
 * measures actors as they come into view, a few times a second during a pan of a big map, and
 * drawing every box again for each of those cost more than the pan's own frame; the sizes
 * move a box on the minimap by a pixel or two.
 */
function useContent(nodes: MapNode[]): Content {
  const made = useRef<{ nodes: MapNode[]; content: Content } | null>(null);
  const [, redraw] = useReducer((n: number) => n + 1, 0);
  if (!made.current || (made.current.nodes !== nodes && placesDiffer(made.current.nodes, nodes)))
    made.current = { nodes, content: contentOf(nodes) };
  const stale = made.current.nodes !== nodes;
  useEffect(() => {
    if (!stale) return;
    const handle = window.setTimeout(() => {
      made.current = { nodes, content: contentOf(nodes) };
      redraw();
    }, sizesSettleMs);
    return () => window.clearTimeout(handle);
  }, [stale, nodes]);
  return made.current.content;
}

function contentOf(nodes: MapNode[]): Content {
  const boxes = nodes.map((n) => ({
    node: n,
    x: n.position.x,
    y: n.position.y,
    width: n.measured?.width ?? (n.type === 'actor' ? actorWidth : noteWidth),
    height: n.measured?.height ?? 100,
  }));
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const b of boxes) {
    x0 = Math.min(x0, b.x);
    y0 = Math.min(y0, b.y);
    x1 = Math.max(x1, b.x + b.width);
    y1 = Math.max(y1, b.y + b.height);
  }
  return { boxes, x0, y0, x1, y1 };
}

/** Every box in its type's colours, on white, at the minimap's placement. */
function drawBoxes(boxes: Box[], at: { left: number; top: number; scale: number }, ratio: number): HTMLCanvasElement {
  const image = document.createElement('canvas');
  image.width = width * ratio;
  image.height = height * ratio;
  const context = image.getContext('2d');
  if (!context) return image;
  context.setTransform(ratio, 0, 0, ratio, 0, 0);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.lineWidth = 1.5;
  for (const b of boxes) {
    const style = b.node.type === 'actor' ? actorTypeStyles[b.node.data.actor.type ?? 'unset'] : { tint: '#fff8d6', colour: '#8a7a2a' };
    context.fillStyle = style.tint;
    context.strokeStyle = style.colour;
    const rect = [
      at.left + b.x * at.scale,
      at.top + b.y * at.scale,
      Math.max(2, b.width * at.scale),
      Math.max(2, b.height * at.scale),
    ] as const;
    context.fillRect(...rect);
    context.strokeRect(...rect);
  }
  return image;
}
