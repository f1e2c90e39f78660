import editorMessages from 'virtual:messages/en/map.editor';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { useRef, useState, type RefObject } from 'react';
import type { EcosystemMap, Position } from '../../../domain/map/index.js';
import { clipboardText, copyOf, isMapText, mapFromText, pastePlan } from '../clipboard.js';
import { issuesText } from '../../i18n/fileIssueText.js';
import { addEnglish, translate } from '../../i18n/index.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import type { MapActions, Removal } from '../mapActions.js';
import { newElementId } from '../newElementId.js';
import { neighbourAfterRemoval } from '../canvas/tabOrder.js';
import { useFitMap } from '../canvas/useFitMap.js';
import type { MapFocus } from '../canvas/useMapFocus.js';
import { actorWidth } from '../mapStyle.js';
import { boxOfCopy, freePasteOffset, freeSpot, type MeasuredSize } from '../placement.js';
import { consequencesOf } from '../selection.js';

addEnglish(editorMessages);

/**
 * Where the pointer is over the map: in the page (client px), with the map's element to
 * measure against. Null when it is elsewhere. Canvas and board coordinates are worked out
 * when used, never on a pointer move: the view may have moved since the pointer did.
 */
export type Pointer = { client: Position; canvas: HTMLElement } | null;

interface Options {
  map: EcosystemMap;
  actions: MapActions | null;
  selected: ReadonlySet<string>;
  select: (ids: string[]) => void;
  pointer: RefObject<Pointer>;
  focus: MapFocus;
  /** Says why a paste was refused, as words to say while drawing. */
  report: (words: () => string) => void;
}

/** The editor's commands that need the view (React Flow) as well as the document. */
export function useEditorCommands({ map, actions, selected, select, pointer, focus, report }: Options) {
  const flow = useReactFlow<MapNode, FlowEdge>();
  const fit = useFitMap();
  const store = useStoreApi<MapNode, FlowEdge>();
  const [pendingDelete, setPendingDelete] = useState<Removal | null>(null);
  const clipboard = useRef<EcosystemMap | null>(null);
  const pastes = useRef(0);

  /** The middle of what is on screen: in the canvas box and on the board. */
  const viewCentre = (): { screen: Position; board: Position } => {
    const { width, height, transform } = store.getState();
    const [x, y, zoom] = transform;
    return { screen: { x: width / 2, y: height / 2 }, board: { x: (width / 2 - x) / zoom, y: (height / 2 - y) / zoom } };
  };

  /** Centres the view on actors and flows (a flow by its two ends), zoomed in to at least 1. */
  const reveal = (id: string | string[]) => {
    const ids = (Array.isArray(id) ? id : [id]).flatMap((one) => {
      const flowElement = map.flows.find((f) => f.id === one);
      return flowElement ? [flowElement.from, flowElement.to] : [one];
    });
    const nodes = ids.flatMap((n) => {
      const node = flow.getInternalNode(n);
      return node ? [node] : [];
    });
    if (nodes.length === 0) return;
    const bounds = flow.getNodesBounds(nodes);
    const zoom = Math.max(flow.getZoom(), 1);
    void flow.setCenter(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2, { zoom, duration: 250 });
  };

  /** The drawn size of an actor or note, once the view has measured it. */
  const measured: MeasuredSize = (id) => {
    const size = flow.getInternalNode(id)?.measured;
    return size?.width && size.height ? { width: size.width, height: size.height } : undefined;
  };

  const pointerSpot = () => {
    const at = pointer.current;
    if (!at) return null;
    const box = at.canvas.getBoundingClientRect();
    return { screen: { x: at.client.x - box.left, y: at.client.y - box.top }, board: flow.screenToFlowPosition(at.client) };
  };

  /** Brings a new element into view if it landed off screen (a crowded view moved it aside). */
  const revealIfHidden = (id: string) => {
    const node = flow.getInternalNode(id);
    if (!node) return;
    const { width, height, transform } = store.getState();
    const [x, y, zoom] = transform;
    const p = node.internals.positionAbsolute;
    const inView = p.x * zoom + x >= 0 && p.y * zoom + y >= 0 && (p.x + actorWidth) * zoom + x <= width && (p.y + 90) * zoom + y <= height;
    if (!inView) reveal(id);
  };

  /**
   * Deletes, then puts focus on a neighbour (the next actor in the map's tab order, else the
   * one before, else the canvas), so a keyboard user is not sent back to the top of the page.
   */
  const removeNow = (removal: Removal) => {
    if (!actions) return;
    const order = flow
      .getNodes()
      .filter((n) => n.type === 'actor')
      .map((n) => n.id);
    const focused = document.activeElement instanceof HTMLElement ? document.activeElement.closest<HTMLElement>('.react-flow__node') : null;
    const from = focused?.dataset.id ?? removal.actors.at(-1) ?? removal.notes.at(-1);
    const neighbour = neighbourAfterRemoval(order, new Set([...removal.actors, ...removal.notes]), from);
    actions.remove(removal);
    select([]);
    // After the render that takes the deleted nodes (and any dialog) off the page.
    requestAnimationFrame(() => (neighbour ? focus.focusNode(neighbour) : focus.focusCanvas()));
  };

  const remove = (removal: Removal) => {
    if (!actions) return;
    if (consequencesOf(map, removal).flows > 0) setPendingDelete(removal);
    else removeNow(removal);
  };

  const copy = (): string | null => {
    const copied = copyOf(map, selected);
    if (!copied) return null;
    clipboard.current = copied;
    pastes.current = 0;
    return clipboardText(copied);
  };

  const placeCopy = (copied: EcosystemMap) => {
    if (!actions) return;
    pastes.current += 1;
    const shift = { x: 40 * pastes.current, y: 40 * pastes.current };
    const box = boxOfCopy(copied);
    const plan = pastePlan(copied, map, box ? freePasteOffset(map, box, shift, measured) : shift, newElementId);
    if (actions.addAll(plan)) select([...plan.actors, ...plan.notes.filter((n) => !n.target)].map((e) => e.id));
  };
  // A pasted file is read after a wait: it goes onto the board as it is by then.
  const latestPlaceCopy = useRef(placeCopy);
  latestPlaceCopy.current = placeCopy;

  /** Pastes a map file's text, or this board's own copy when the text is empty; false when the text is not ours. */
  const paste = (text: string): boolean => {
    if (!actions) return false;
    if (!text) {
      if (clipboard.current) placeCopy(clipboard.current);
      return clipboard.current !== null;
    }
    if (!isMapText(text)) return false;
    void mapFromText(text).then((read) => {
      if (read?.ok) latestPlaceCopy.current(read.map);
      // A map file with problems: nothing is pasted, and the first problem says why.
      else if (read) report(() => translate('map.editor.paste.refused', { problem: issuesText(read.errors) }));
    });
    return true;
  };

  return {
    /**
     * Where "A" asks for a new actor: where the pointer is, if it is over the map; else the
     * middle of the view. The actor then goes to the nearest clear spot (addActor).
     */
    newActorSpot: () => pointerSpot() ?? viewCentre(),
    /** Adds an actor centred on `at` (board coordinates), or as near it as there is room. */
    addActor: (name: string, at: Position) => {
      const id = actions?.addActor(name, freeSpot(map, at, 'actor', measured));
      if (!id) return;
      select([id]);
      requestAnimationFrame(() => revealIfHidden(id));
    },
    freeNoteSpot: () => freeSpot(map, (pointerSpot() ?? viewCentre()).board, 'note', measured),
    reveal,
    remove,
    confirmDelete: () => {
      if (pendingDelete) removeNow(pendingDelete);
      setPendingDelete(null);
      select([]);
    },
    cancelDelete: () => setPendingDelete(null),
    pendingDelete,
    copy,
    paste,
    fit,
  };
}
