/**
 * The atlas view benchmark's anchor: sigma.js alone, drawing the graph the bench hands it at
 * /graph.json (the atlas view's own nodes, positions, colours and sizes) with the atlas view's
 * settings, in a box of the size the bench asks for (?width=&height=). No React, no filters.
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma from 'sigma';
import { whenFrameShown } from '../../src/web/atlas/frameShown.js';
import { atlasSigmaSettings } from '../../src/web/atlas/sigmaSettings.js';

interface BareGraph {
  nodes: [string, Record<string, unknown>][];
  edges: [string, string, string][];
}

const query = new URLSearchParams(location.search);
const box = document.getElementById('graph')!;
box.style.width = `${query.get('width') ?? 900}px`;
box.style.height = `${query.get('height') ?? 640}px`;
const answer = (await (await fetch('./graph.json')).json()) as BareGraph;
const graph = new MultiDirectedGraph({ allowSelfLoops: true });
for (const [key, attributes] of answer.nodes) graph.addNode(key, attributes);
for (const [key, source, target] of answer.edges) graph.addDirectedEdgeWithKey(key, source, target, { size: 1 });
const renderer = new Sigma(graph, box, atlasSigmaSettings);
// Sigma drew the graph in its constructor, as in the atlas view: the mark is when the frame that shows it was made.
whenFrameShown(() => performance.mark('atlas-first-render'));
(window as unknown as { atlasSigma: Sigma }).atlasSigma = renderer;
