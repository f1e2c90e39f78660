/**
 * The map benchmark's anchor: stock React Flow showing the same graph as our editor, with
 * the default node and edge components and the default theme. The query string sets the
 * pane's size and the viewport (those our editor ended up with), and `visible=1` turns on
 * `onlyRenderVisibleElements` as our editor has it. The graph comes from `graph.json` on the
 * bench's own server. No JSX: tsconfig.test.json (which checks bench/) has no JSX setting.
 */
import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { createElement as h } from 'react';
import { createRoot } from 'react-dom/client';
import type { BareGraph } from './graph.js';

const query = new URLSearchParams(location.search);
const num = (name: string, fallback: number) => Number(query.get(name) ?? fallback);
const size = { width: num('width', 1000), height: num('height', 700) };
const viewport = { x: num('x', 0), y: num('y', 0), zoom: num('zoom', 1) };
const onlyVisible = query.get('visible') === '1';

function Bare({ graph }: { graph: BareGraph }) {
  const [nodes, , onNodesChange] = useNodesState<Node>(graph.nodes);
  const [edges, , onEdgesChange] = useEdgesState<Edge>(graph.edges);
  return h(
    'div',
    { style: size },
    h(ReactFlow, {
      nodes,
      edges,
      onNodesChange,
      onEdgesChange,
      defaultViewport: viewport,
      minZoom: 0.2,
      maxZoom: 2,
      onlyRenderVisibleElements: onlyVisible,
    }),
  );
}

const graph = (await (await fetch('graph.json')).json()) as BareGraph;
createRoot(document.getElementById('root')!).render(h(Bare, { graph }));
