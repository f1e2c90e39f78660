import { Position as Side, type Edge, type Node, type NodeHandle } from '@xyflow/react';
import { effectiveAccess, effectiveStandard } from '../../../domain/map/index.js';
import type { AccessLevel, Actor, EcosystemMap, Flow, MapNote, Position } from '../../../domain/map/index.js';
import { actorWidth, noteWidth } from '../mapStyle.js';
import { actorLabel, noteLabel, type MapWords } from '../mapWords.js';
import type { Peer } from '../presence/usePeers.js';
import { minOf, maxOf } from '../../../shared/index.js';

/** Data of an actor node. `notes` are the notes pinned to it, shown hanging beside it. */
export interface ActorNodeData extends Record<string, unknown> {
  actor: Actor;
  notes: MapNote[];
  /** No stored position yet: shown in a provisional place until someone tidies up. */
  unplaced: boolean;
  /** Others who have it selected now. */
  peers?: Peer[];
}

export interface NoteNodeData extends Record<string, unknown> {
  note: MapNote;
  peers?: Peer[];
}

export interface FlowEdgeData extends Record<string, unknown> {
  flow: Flow;
  datasetName?: string;
  /** The flow's access, else its dataset's (formats/ecosystem-map.md). */
  access?: AccessLevel;
  standard?: string;
  notes: MapNote[];
  /** Notes pinned to its dataset: shown on the first flow that carries it, as pictures do. */
  datasetNotes: MapNote[];
  /** Where this flow runs among the flows between the same two actors (0 = straight): `flowLanes`. */
  lane: number;
  /** Where its label sits along and off its line (`placeFlowLabels`, src/domain/render). */
  label: { t: number; offset: number };
  peers?: Peer[];
}

export type ActorNode = Node<ActorNodeData, 'actor'>;
export type NoteNode = Node<NoteNodeData, 'note'>;
export type MapNode = ActorNode | NoteNode;
export type FlowEdge = Edge<FlowEdgeData, 'flow'>;

const gridStep = { x: actorWidth + 80, y: 190 };

/**
 * Where to show actors and free notes that have no stored position (an import, a file
 * written by hand): a grid to the right of everything placed. Not stored: "Tidy up" does that.
 */
export function provisionalPositions(map: EcosystemMap): Map<string, Position> {
  const placed = [...map.actors, ...map.notes].flatMap((e) => (e.position ? [e.position] : []));
  const unplaced = [...map.actors.filter((a) => !a.position), ...map.notes.filter((n) => !n.position && n.target === undefined)];
  const result = new Map<string, Position>();
  if (unplaced.length === 0) return result;
  const left = placed.length === 0 ? 0 : maxOf(placed.map((p) => p.x)) + gridStep.x + 40;
  const top = placed.length === 0 ? 0 : minOf(placed.map((p) => p.y));
  const columns = Math.max(1, Math.ceil(Math.sqrt(unplaced.length)));
  unplaced.forEach((element, i) => {
    result.set(element.id, { x: left + (i % columns) * gridStep.x, y: top + Math.floor(i / columns) * gridStep.y });
  });
  return result;
}

export function notesByTarget(map: EcosystemMap): Map<string, MapNote[]> {
  const result = new Map<string, MapNote[]>();
  for (const note of map.notes) {
    if (note.target === undefined) continue;
    const list = result.get(note.target) ?? [];
    list.push(note);
    result.set(note.target, list);
  }
  return result;
}

/** An actor's size until React Flow has measured it. */
export const actorInitialSize = { width: actorWidth, height: 110 };
/** The source handle: a 24 px disc centred on the actor's right edge (React Flow's place for it). */
const sourceHandleSize = 24;

/**
 * Where an actor's handles are (ActorNodeView: the target covers the whole card, the source sits
 * on its right edge), in the actor's own box. Given on the node, so React Flow knows them without
 * drawing it: otherwise it draws every node of the map once, on screen or not, to find them
 * (a 1,000-actor map: 18,000 elements made and thrown away while the map opens).
 */
export function actorHandles({ width, height }: { width: number; height: number }): NodeHandle[] {
  return [
    { type: 'target', position: Side.Left, x: 0, y: 0, width, height },
    {
      type: 'source',
      position: Side.Right,
      x: width - sourceHandleSize / 2,
      y: height / 2 - sourceHandleSize / 2,
      width: sourceHandleSize,
      height: sourceHandleSize,
    },
  ];
}

export function actorNode(actor: Actor, notes: MapNote[], provisional: Position | undefined, words: MapWords): ActorNode {
  return {
    id: actor.id,
    type: 'actor',
    position: actor.position ?? provisional ?? { x: 0, y: 0 },
    data: { actor, notes, unplaced: !actor.position },
    ariaLabel: actorLabel(actor, words),
    initialWidth: actorInitialSize.width,
    initialHeight: actorInitialSize.height,
    handles: actorHandles(actorInitialSize),
  };
}

export function noteNode(note: MapNote, provisional: Position | undefined, words: MapWords): NoteNode {
  return {
    id: note.id,
    type: 'note',
    position: note.position ?? provisional ?? { x: 0, y: 0 },
    data: { note },
    ariaLabel: noteLabel(note, words),
    initialWidth: noteWidth,
    initialHeight: 100,
    handles: [], // a note has none: React Flow need not draw it to look for them
  };
}

/** Where a flow is drawn and what it shows beside its own fields: worked out for the whole map at once (useFlowElements). */
export interface FlowPlacing {
  notes: MapNote[];
  datasetNotes: MapNote[];
  lane: number;
  label: { t: number; offset: number };
}

export function flowEdge(map: EcosystemMap, flow: Flow, names: Map<string, string>, placing: FlowPlacing, words: MapWords): FlowEdge {
  const dataset = flow.dataset === undefined ? undefined : map.datasets.find((d) => d.id === flow.dataset);
  const what = dataset ? dataset.name : flow.label || undefined;
  return {
    id: flow.id,
    type: 'flow',
    source: flow.from,
    target: flow.to,
    data: {
      flow,
      datasetName: dataset?.name,
      access: effectiveAccess(map, flow),
      standard: effectiveStandard(map, flow),
      ...placing,
    },
    ariaLabel: words.flowName(flow.kind, names.get(flow.from) ?? '?', names.get(flow.to) ?? '?', what),
  };
}
