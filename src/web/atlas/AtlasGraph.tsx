import atlasMessages from 'virtual:messages/en/atlas';
import type { MultiDirectedGraph } from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import { addEnglish, useI18n } from '../i18n/index.js';
import type { Visible } from './atlasData.js';
import { applyPositions, edgeIndexes, positionsOf } from './atlasGraph.js';
import { whenFrameShown } from './frameShown.js';
import { atlasSigmaSettings } from './sigmaSettings.js';

addEnglish(atlasMessages);

/** What the graph shows: the kept elements, those brought forward (null: all alike), the chosen actor. */
export interface GraphView {
  shown: Visible;
  emphasis: Set<string> | null;
  selected: string | null;
  /** Changes whenever colours or sizes were painted again. */
  paint: number;
  /**
   * When what is shown changes: true moves the camera onto the shown actors (a focus, a
   * dataset's trail, a filter), false back to the whole graph (filters cleared).
   */
  fit: boolean;
}

const faded = '#e4e7ea';

/** Share of the box's width and height the fitted actors take: room around them for their sizes and labels. */
const fill = 0.75;

/**
 * Moves the camera so the given actors fill the view, centred (camera and display data share
 * sigma's framed coordinates). The zoom is measured rather than worked out: where the actors
 * fall at ratio 1, centred on them, scales with the ratio.
 */
function fitTo(renderer: Sigma, actors: Set<string>): void {
  let [minX, minY, maxX, maxY] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const actor of actors) {
    const d = renderer.getNodeDisplayData(actor);
    if (!d) continue;
    [minX, minY, maxX, maxY] = [Math.min(minX, d.x), Math.min(minY, d.y), Math.max(maxX, d.x), Math.max(maxY, d.y)];
  }
  if (minX === Infinity) return;
  const centre = { x: (minX + maxX) / 2, y: (minY + maxY) / 2 };
  const cameraState = { ...centre, ratio: 1, angle: 0 };
  const [a, b] = [
    renderer.framedGraphToViewport({ x: minX, y: minY }, { cameraState }),
    renderer.framedGraphToViewport({ x: maxX, y: maxY }, { cameraState }),
  ];
  const { width, height } = renderer.getDimensions();
  const needed = Math.max(Math.abs(b.x - a.x) / (width * fill), Math.abs(b.y - a.y) / (height * fill));
  const ratio = Math.min(1, Math.max(0.05, needed));
  void renderer.getCamera().animate({ ...centre, ratio }, { duration: 300 });
}

/** The WebGL picture of the atlas (sigma.js). The tables beside it say the same for keyboards and screen readers. */
export function AtlasGraph({ graph, view, onSelect }: { graph: MultiDirectedGraph; view: GraphView; onSelect: (actor: string) => void }) {
  const { t } = useI18n();
  const box = useRef<HTMLDivElement>(null);
  const sigma = useRef<Sigma | null>(null);
  const current = useRef(view);
  current.current = view;
  const framed = useRef(view.shown);
  /** The view the picture was last drawn with: the constructor draws it, so no refresh follows at once. */
  const drawn = useRef<GraphView | null>(null);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    const renderer = new Sigma(graph, box.current!, {
      ...atlasSigmaSettings,
      nodeReducer: (node, data) => {
        const v = current.current;
        if (!v.shown.actors.has(node)) return { ...data, hidden: true };
        if (node === v.selected) return { ...data, highlighted: true, forceLabel: true, zIndex: 2 };
        if (v.emphasis && !v.emphasis.has(node)) return { ...data, color: faded, label: null, zIndex: 0 };
        return v.emphasis ? { ...data, forceLabel: v.emphasis.size <= 30, zIndex: 1 } : data;
      },
      edgeReducer: (edge, data) => (current.current.shown.flows.has(edge) ? data : { ...data, hidden: true }),
    });
    drawn.current = current.current;
    renderer.on('clickNode', ({ node }) => select.current(node));
    sigma.current = renderer;
    (window as unknown as { atlasSigma?: Sigma }).atlasSigma = renderer;
    // The layout worker starts once the first picture is on screen: handing it the graph (every
    // position and edge) held that picture back by about 100 ms.
    let worker: Worker | null = null;
    let layoutTimer = 0;
    const startLayout = () => {
      worker = new Worker(new URL('./layoutWorker.ts', import.meta.url), { type: 'module' });
      worker.onmessage = (event: MessageEvent<Float64Array>) => {
        applyPositions(graph, event.data);
        document.body.dataset.atlasLayout = 'done';
        worker?.terminate();
      };
      worker.postMessage({ positions: positionsOf(graph), edges: edgeIndexes(graph) });
    };
    // Sigma drew the graph in its constructor; the bench (npm run bench -- atlas-view) reads when the frame that shows it was made.
    const stopWaiting = whenFrameShown(() => {
      performance.mark('atlas-first-render');
      layoutTimer = window.setTimeout(startLayout);
    });
    return () => {
      stopWaiting();
      clearTimeout(layoutTimer);
      worker?.terminate();
      renderer.kill();
      sigma.current = null;
    };
  }, [graph]);

  useEffect(() => {
    const renderer = sigma.current;
    // Just drawn with this view (the first picture, or a new graph): drawing it again took as long
    // as the first picture (about 250 ms for 8,200 actors and 30,000 flows).
    if (!renderer || drawn.current === view) return;
    drawn.current = view;
    renderer.refresh();
    // The camera follows a change of what is shown, not of colours, sizes or a search's emphasis.
    if (framed.current === view.shown) return;
    framed.current = view.shown;
    if (view.fit) fitTo(renderer, view.shown.actors);
    else void renderer.getCamera().animatedReset({ duration: 300 });
  }, [view]);

  const zoom = (how: 'in' | 'out' | 'fit') => {
    const camera = sigma.current?.getCamera();
    if (!camera) return;
    if (how === 'fit') void camera.animatedReset();
    else if (how === 'in') void camera.animatedZoom(1.5);
    else void camera.animatedUnzoom(1.5);
  };

  return (
    <div className="atlas-graph-wrap">
      {/* Above the graph, not over it: over it, the buttons hid the actors at its top. */}
      <div className="atlas-zoom" role="group" aria-label={t('atlas.zoom')}>
        <button type="button" className="button button-small" onClick={() => zoom('in')}>
          {t('atlas.zoom.in')}
        </button>
        <button type="button" className="button button-small" onClick={() => zoom('out')}>
          {t('atlas.zoom.out')}
        </button>
        <button type="button" className="button button-small" onClick={() => zoom('fit')}>
          {t('atlas.zoom.all')}
        </button>
      </div>
      <div ref={box} className="atlas-graph" role="img" aria-label={t('atlas.graph')} data-testid="atlas-graph" />
    </div>
  );
}
