import { useMemo, useRef, useState } from 'react';
import type { EcosystemMap, MapNote, Position } from '../../../domain/map/index.js';
import { actorHandles, actorNode, flowEdge, noteNode, notesByTarget, provisionalPositions } from '../flow/mapElements.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import type { LabelSize } from '../flow/labelSizes.js';
import type { MapWords } from '../mapWords.js';
import type { Peer, PeerSelection } from '../presence/usePeers.js';
import { useFlowPlacing } from './useFlowPlacing.js';

export interface Size {
  width: number;
  height: number;
}

interface Inputs {
  map: EcosystemMap;
  selected: ReadonlySet<string>;
  /** Positions on screen that are not stored (yet): my drag, then others' drags. */
  moving: ReadonlyMap<string, Position>;
  /** Sizes React Flow measured; passed back on every node, or it would measure them again. */
  measured: ReadonlyMap<string, Size>;
  /** Sizes of the flow labels drawn so far (useLabelSizes): labels are placed clear of actors and of each other. */
  labelSizes: ReadonlyMap<string, LabelSize>;
  peers: PeerSelection[];
  /** The elements' accessible names are in these words (a new language makes each element anew). */
  words: MapWords;
}

/**
 * Keeps an element's React Flow object identical while its source is unchanged (compared as
 * JSON), so after a document update React Flow re-renders only what changed: on a
 * 1,000-actor map, renaming one actor re-renders one node, not 1,000.
 */
class StableCache<T> {
  private entries = new Map<string, { key: string; value: T }>();
  private seen = new Set<string>();

  get(id: string, key: string, make: () => T): T {
    this.seen.add(id);
    const hit = this.entries.get(id);
    if (hit && hit.key === key) return hit.value;
    const value = make();
    this.entries.set(id, { key, value });
    return value;
  }

  /** Forgets elements not asked for since the last sweep (removed from the map). */
  sweep(): void {
    for (const id of this.entries.keys()) if (!this.seen.has(id)) this.entries.delete(id);
    this.seen = new Set();
  }
}

/**
 * `next`, or `previous` when both hold the same objects in the same order: React Flow
 * re-indexes every node or flow when it is handed a new array, so an unchanged set must not
 * be one (on a 1,000-actor map that re-indexing was most of the work of each pan step, as
 * nodes coming into view were measured).
 */
function sameOr<T>(previous: T[] | undefined, next: T[]): T[] {
  if (!previous || previous.length !== next.length) return next;
  for (let i = 0; i < next.length; i++) if (previous[i] !== next[i]) return next;
  return previous;
}

/** The map as React Flow nodes and edges, derived from readMap's result and memoised in steps. */
export function useFlowElements({ map, selected, moving, measured, labelSizes, peers, words }: Inputs): {
  nodes: MapNode[];
  edges: FlowEdge[];
} {
  const [nodeCache] = useState(() => new StableCache<MapNode>());
  const [edgeCache] = useState(() => new StableCache<FlowEdge>());
  const [sizedCache] = useState(() => new WeakMap<MapNode, { size: Size; node: MapNode }>());
  const last = useRef<{ nodes?: MapNode[]; edges?: FlowEdge[]; shown?: MapNode[]; shownEdges?: FlowEdge[] }>({});

  // Step 1, when the document changes: one object per element, reused while unchanged.
  const provisional = useMemo(() => provisionalPositions(map), [map]);
  const pinned = useMemo(() => notesByTarget(map), [map]);
  const unsized = useMemo(() => {
    const nodes: MapNode[] = [];
    for (const actor of map.actors) {
      const notes = pinned.get(actor.id) ?? [];
      const at = provisional.get(actor.id);
      nodes.push(nodeCache.get(actor.id, JSON.stringify([actor, notes, at, words.locale]), () => actorNode(actor, notes, at, words)));
    }
    for (const note of map.notes) {
      if (note.target !== undefined) continue;
      const at = provisional.get(note.id);
      nodes.push(nodeCache.get(note.id, JSON.stringify([note, at, words.locale]), () => noteNode(note, at, words)));
    }
    nodeCache.sweep();
    return nodes;
  }, [map, provisional, pinned, nodeCache, words]);

  // Step 2, when a size is measured: the size given back on its node (or React Flow measures it again).
  const base = useMemo(() => {
    const nodes = unsized.map((node) => {
      const size = measured.get(node.id);
      if (!size) return node;
      const hit = sizedCache.get(node);
      if (hit && hit.size.width === size.width && hit.size.height === size.height) return hit.node;
      const sized = { ...node, measured: size, ...(node.type === 'actor' ? { handles: actorHandles(size) } : {}) } as MapNode;
      sizedCache.set(node, { size, node: sized });
      return sized;
    });
    return (last.current.nodes = sameOr(last.current.nodes, nodes));
  }, [unsized, measured, sizedCache]);

  // Lanes and label places change only with positions, sizes and connections (useFlowPlacing).
  const { lanes, labels } = useFlowPlacing(map, provisional, pinned, measured, labelSizes);
  const baseEdges = useMemo(() => {
    const names = new Map(map.actors.map((a) => [a.id, a.name]));
    const datasets = new Map(map.datasets.map((d) => [d.id, d]));
    const datasetNotes = notesOnDatasets(map, pinned);
    const edges = map.flows.map((flow) => {
      const lane = lanes.get(flow.id) ?? 0;
      const dataset = flow.dataset === undefined ? undefined : datasets.get(flow.dataset);
      const placing = {
        notes: pinned.get(flow.id) ?? [],
        datasetNotes: datasetNotes.get(flow.id) ?? [],
        lane,
        label: labels.get(flow.id) ?? { t: 0.5, offset: 0 },
      };
      const key = JSON.stringify([flow, placing, dataset, names.get(flow.from), names.get(flow.to), words.locale]);
      return edgeCache.get(flow.id, key, () => flowEdge(map, flow, names, placing, words));
    });
    edgeCache.sweep();
    return (last.current.edges = sameOr(last.current.edges, edges));
  }, [map, pinned, lanes, labels, edgeCache, words]);

  // Step 3, on every selection or drag: only the touched objects are copied, and an array
  // whose objects are all unchanged is not renewed.
  const marks = useMemo(() => {
    const byId = new Map<string, Peer[]>();
    for (const { selection, dragging: _d, ...peer } of peers) for (const id of selection) byId.set(id, [...(byId.get(id) ?? []), peer]);
    return byId;
  }, [peers]);
  const nodes = useMemo(() => {
    const shown = base.map((node) => {
      const isSelected = selected.has(node.id);
      const position = moving.get(node.id);
      const peersHere = marks.get(node.id);
      if (!isSelected && !position && !peersHere && !node.selected) return node;
      return {
        ...node,
        selected: isSelected,
        position: position ?? node.position,
        data: peersHere ? { ...node.data, peers: peersHere } : node.data,
      } as MapNode;
    });
    return (last.current.shown = sameOr(last.current.shown, shown));
  }, [base, selected, moving, marks]);
  const edges = useMemo(() => {
    const touched = baseEdges.some((edge) => selected.has(edge.id) || marks.has(edge.id));
    if (!touched) return baseEdges;
    const shown = baseEdges.map((edge) => {
      const peersHere = marks.get(edge.id);
      if (!selected.has(edge.id) && !peersHere) return edge;
      return { ...edge, selected: selected.has(edge.id), data: peersHere ? { ...edge.data!, peers: peersHere } : edge.data };
    });
    return (last.current.shownEdges = sameOr(last.current.shownEdges, shown));
  }, [baseEdges, selected, marks]);
  return { nodes, edges };
}

/**
 * Notes pinned to a dataset, by the flow they show on: the first flow in the map that carries
 * the dataset, where pictures put them too (src/domain/render/placeNotes.ts). A note whose
 * target is also an actor's id is that actor's (noteTarget).
 */
function notesOnDatasets(map: EcosystemMap, pinned: Map<string, MapNote[]>): Map<string, MapNote[]> {
  const actors = new Set(map.actors.map((a) => a.id));
  const waiting = new Set(map.datasets.map((d) => d.id).filter((id) => !actors.has(id) && pinned.has(id)));
  const result = new Map<string, MapNote[]>();
  for (const flow of map.flows) {
    if (flow.dataset === undefined || !waiting.has(flow.dataset)) continue;
    waiting.delete(flow.dataset);
    result.set(flow.id, pinned.get(flow.dataset) ?? []);
  }
  return result;
}
