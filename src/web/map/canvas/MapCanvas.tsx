import { ControlButton, Controls, ReactFlow, useReactFlow, useStore, type Connection, type Edge, type ReactFlowState } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import '../mapBoard.css';
import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type MouseEvent,
  type MutableRefObject,
  type PointerEvent,
  type RefObject,
  type SetStateAction,
} from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { boardDrawn } from '../../collab/boardDrawn.js';
import type { EcosystemMap, Position } from '../../../domain/map/index.js';
import { avoidActorsLimit } from '../../../domain/render/index.js';
import { PlainDetailContext, useZoomedOut } from '../detail/levelOfDetail.js';
import { ArrowMarkers } from '../flow/ArrowMarkers.js';
import { LabelSizeContext, useLabelSizes } from '../flow/labelSizes.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import type { Pointer } from '../hooks/useEditorCommands.js';
import { useFlowElements } from '../hooks/useFlowElements.js';
import type { MapActions } from '../mapActions.js';
import editorMessages from 'virtual:messages/en/map.editor';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { LabelLayerContext, useMapEditor } from '../MapEditorContext.js';
import { PeerCursors } from '../presence/PeerCursors.js';
import type { LocalPresence } from '../presence/useLocalPresence.js';
import type { PeerSelection } from '../presence/usePeers.js';
import { connectionLineStyle, edgeTypes, nodeTypes } from './flowConfig.js';
import { MapOverview } from './MapOverview.js';
import { BoardDots } from './BoardDots.js';
import { nodesBounds, useFitAtOnce, useFitMap } from './useFitMap.js';
import { useNodeMotion } from './useNodeMotion.js';

addEnglish(editorMessages);

interface Props {
  map: EcosystemMap;
  flush: () => void;
  /** Null for someone who may not edit: nothing moves, connects or changes. */
  actions: MapActions | null;
  selected: ReadonlySet<string>;
  setSelected: Dispatch<SetStateAction<ReadonlySet<string>>>;
  awareness: Awareness | null;
  presence: LocalPresence;
  peers: PeerSelection[];
  /** Kept up to date with where the pointer is over the map (for "A"), null when it is elsewhere. */
  pointer: MutableRefObject<Pointer>;
  /** React Flow's element (role application): focused when nothing on the map is left to focus. */
  canvasRef: RefObject<HTMLDivElement | null>;
  /** Keys on the canvas before React Flow's (Tab through every node: useMapFocus). */
  onCanvasKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  /**
   * True once this person's view is theirs, never fitted for them: they changed the map, or
   * were brought to the facilitator's view (useSharedViewport).
   */
  viewChosen: MutableRefObject<boolean>;
  /**
   * True once `map` is the board's first picture (the server's read arrived, or failed and
   * the document's is awaited): the canvas then says the board is drawn once React Flow has
   * its pane and the map's nodes (collab/boardDrawn.ts), which lets Yjs and the live parts load.
   */
  pictureReady: boolean;
  /** A double-click on empty board: where (in the canvas box, and on the board). */
  onAddActorAt: (screen: Position, board: Position) => void;
  onFlowAdded: (id: string) => void;
}

const hasSize = (s: ReactFlowState) => s.width > 0 && s.height > 0;
const hasNodes = (s: ReactFlowState) => s.nodeLookup.size > 0;
const modifierHeld = (event: MouseEvent) => event.shiftKey || event.metaKey || event.ctrlKey;
const notToItself = (c: Edge | Connection) => c.source !== c.target;
const multiSelectionKeys = ['Meta', 'Control'];

/** The map's canvas: React Flow over the document, with others' drags, selections and pointers. */
export function MapCanvas(props: Props) {
  const { map, flush, actions, selected, setSelected, awareness, presence, peers, pointer, viewChosen, onAddActorAt, onFlowAdded } = props;
  const { canvasRef, onCanvasKeyDown, pictureReady } = props;
  const flow = useReactFlow<MapNode, FlowEdge>();
  const { t } = useI18n();
  // The elements' words, made once per language by the editor (mapWords.ts).
  const { words } = useMapEditor();
  const readOnly = actions === null;
  const isNote = useCallback((id: string) => map.notes.some((n) => n.id === id), [map]);
  const motion = useNodeMotion({ actions, flush, presence, setSelected, isNote });

  // Others' drags show live (mine take precedence for what I am dragging myself).
  const moving = new Map<string, Position>();
  for (const peer of peers) peer.dragging?.ids.forEach((id, i) => moving.set(id, peer.dragging!.positions[i]!));
  for (const [id, position] of motion.moving) moving.set(id, position);
  const movingKey = JSON.stringify([...moving]);
  // Keyed by content: a new Map each render must not re-derive every node.
  const stableMoving = useStableByKey(moving, movingKey);

  const labelSizes = useLabelSizes();
  // Labels are placed with their measured sizes only on maps small enough (useFlowPlacing); on
  // a bigger one nothing measures them, so labels coming into view during a pan cost no re-render.
  const labelsPlaced = map.actors.length <= avoidActorsLimit;
  const { nodes, edges } = useFlowElements({
    map,
    selected,
    moving: stableMoving,
    measured: motion.measured,
    labelSizes: labelSizes.sizes,
    peers,
    words,
  });

  // Zoom to fit once, as soon as the map and the pane's size are known and before anything is
  // drawn, from the stored positions: a map opens whole, in one go. Not when this person added
  // the first actor to an empty board (the view stays where they work), nor when they were
  // brought to the facilitator's view.
  const fit = useFitMap();
  const fitAtOnce = useFitAtOnce();
  const paneSized = useStore(hasSize);
  const fitted = useRef(false);
  useLayoutEffect(() => {
    if (fitted.current || !paneSized || nodes.length === 0) return;
    fitted.current = true;
    if (!viewChosen.current) fitAtOnce(nodesBounds(nodes));
  }, [paneSized, nodes, fitAtOnce, viewChosen]);

  // The first picture is on the page: the page's live parts (Yjs, the board's document and
  // connection, the live bar) may load now, not before, so they do not hold up the map.
  const nodesInFlow = useStore(hasNodes);
  const drawn = paneSized && pictureReady && (nodes.length === 0 || nodesInFlow);
  useEffect(() => {
    if (drawn) boardDrawn();
  }, [drawn]);

  useEffect(() => presence.setSelection([...selected]), [selected, presence]);

  const onConnect = useCallback(
    ({ source, target }: Connection) => {
      const id = actions?.addFlow(source, target);
      if (id) onFlowAdded(id);
    },
    [actions, onFlowAdded],
  );

  // Nothing here measures the page: a measurement after React Flow has changed the view forces
  // a layout, and a pan brings a pointer move every frame. The pointer keeps its board spot
  // while it drags the view, so the others' cursor for me waits until the view stops.
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const client = { x: event.clientX, y: event.clientY };
    pointer.current = { client, canvas: event.currentTarget };
    if (!wrapper.current?.classList.contains('is-moving')) presence.setCursor(() => flow.screenToFlowPosition(client));
  };
  const onPointerLeave = () => {
    pointer.current = null;
    presence.setCursor(null);
  };

  const onDoubleClick = (event: MouseEvent<HTMLDivElement>) => {
    if (readOnly || !(event.target instanceof Element) || !event.target.classList.contains('react-flow__pane')) return;
    const box = event.currentTarget.getBoundingClientRect();
    onAddActorAt(
      { x: event.clientX - box.left, y: event.clientY - box.top },
      flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }),
    );
  };

  // The flow labels' layer, looked up once (see LabelLayerContext).
  const wrapper = useRef<HTMLDivElement>(null);
  const [labelLayer, setLabelLayer] = useState<HTMLElement | null>(null);
  useEffect(() => setLabelLayer(wrapper.current?.querySelector<HTMLElement>('.react-flow__edgelabel-renderer') ?? null), []);

  // Zoomed out, the map draws its plain version (levelOfDetail.ts).
  const plain = useZoomedOut();

  // Handlers keep their identity between renders: React Flow hands them to every drawn node
  // and flow, so a new one re-rendered each of them whenever the canvas rendered (on a pan,
  // each time actors coming into view were measured).
  const selectOnly = useCallback(
    (event: MouseEvent, element: { id: string }) => {
      if (!modifierHeld(event)) setSelected(new Set([element.id]));
    },
    [setSelected],
  );
  const onPaneClick = useCallback(() => setSelected(new Set()), [setSelected]);
  const onMoveStart = useCallback(() => wrapper.current?.classList.add('is-moving'), []);
  const onMoveEnd = useCallback(() => {
    wrapper.current?.classList.remove('is-moving');
    // A zoom or a glide moved the board under a still pointer: show the others where it is now.
    const at = pointer.current;
    if (at) presence.setCursor(() => flow.screenToFlowPosition(at.client));
  }, [pointer, presence, flow]);

  return (
    <LabelLayerContext.Provider value={labelLayer}>
      <PlainDetailContext.Provider value={plain}>
        <LabelSizeContext.Provider value={labelsPlaced ? labelSizes.observe : null}>
          <div
            ref={wrapper}
            className="map-canvas"
            onPointerMove={onPointerMove}
            onPointerLeave={onPointerLeave}
            onDoubleClick={onDoubleClick}
            onKeyDown={onCanvasKeyDown}
          >
            <ReactFlow<MapNode, FlowEdge>
              ref={canvasRef}
              tabIndex={-1}
              aria-label={t('map.editor.canvas')}
              nodes={nodes}
              edges={edges}
              nodeTypes={nodeTypes}
              edgeTypes={edgeTypes}
              onNodesChange={motion.onNodesChange}
              onEdgesChange={motion.onEdgesChange}
              onNodeDragStart={motion.onNodeDragStart}
              onNodeDrag={motion.onNodeDrag}
              onNodeDragStop={motion.onNodeDragStop}
              onNodeClick={selectOnly}
              onEdgeClick={selectOnly}
              onPaneClick={onPaneClick}
              onMoveStart={onMoveStart}
              onMoveEnd={onMoveEnd}
              onConnect={onConnect}
              isValidConnection={notToItself}
              nodesDraggable={!readOnly}
              nodesConnectable={!readOnly}
              elementsSelectable
              deleteKeyCode={null}
              selectionKeyCode="Shift"
              multiSelectionKeyCode={multiSelectionKeys}
              zoomOnDoubleClick={false}
              onlyRenderVisibleElements
              minZoom={0.2}
              maxZoom={2}
              connectionLineStyle={connectionLineStyle}
              ariaLabelConfig={words.ariaLabels}
              elevateEdgesOnSelect
            >
              <BoardDots />
              <Controls showInteractive={false} showFitView={false} position="bottom-left">
                <ControlButton onClick={fit} aria-label={t('map.editor.zoomToFit')} title={t('map.editor.zoomToFit')}>
                  <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path d="M1 1h5v2H3v3H1zm9 0h5v5h-2V3h-3zM1 10h2v3h3v2H1zm12 0h2v5h-5v-2h3z" />
                  </svg>
                </ControlButton>
              </Controls>
              <MapOverview nodes={nodes} />
              <PeerCursors awareness={awareness} />
            </ReactFlow>
            <ArrowMarkers />
          </div>
        </LabelSizeContext.Provider>
      </PlainDetailContext.Provider>
    </LabelLayerContext.Provider>
  );
}

/** The same object while `key` is unchanged. */
function useStableByKey<T>(value: T, key: string): T {
  const ref = useRef({ key, value });
  if (ref.current.key !== key) ref.current = { key, value };
  return ref.current.value;
}
