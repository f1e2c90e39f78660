import { useMemo, useState } from 'react';
import type { EcosystemMap, Position } from '../../../domain/map/index.js';
import { actorNode, flowEdge, lanesOf, noteNode, notesByTarget, provisionalPositions } from '../flow/mapElements.js';
import type { FlowEdge, MapNode } from '../flow/mapElements.js';
import type { Peer, PeerSelection } from '../presence/usePeers.js';
import { avoidActors } from '../flow/avoidActors.js';
import { actorWidth } from '../mapStyle.js';

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
  peers: PeerSelection[];
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

/** The map as React Flow nodes and edges, derived from readMap's result and memoised in two steps. */
export function useFlowElements({ map, selected, moving, measured, peers }: Inputs): { nodes: MapNode[]; edges: FlowEdge[] } {
  const [nodeCache] = useState(() => new StableCache<MapNode>());
  const [edgeCache] = useState(() => new StableCache<FlowEdge>());

  // Step 1, when the document or a measured size changes: one object per element, reused while unchanged.
  const base = useMemo(() => {
    const provisional = provisionalPositions(map);
    const pinned = notesByTarget(map);
    const nodes: MapNode[] = [];
    const sized = (node: MapNode): MapNode => {
      const size = measured.get(node.id);
      return size ? { ...node, measured: size } : node;
    };
    for (const actor of map.actors) {
      const notes = pinned.get(actor.id) ?? [];
      const at = provisional.get(actor.id);
      const key = JSON.stringify([actor, notes, at, measured.get(actor.id)]);
      nodes.push(nodeCache.get(actor.id, key, () => sized(actorNode(actor, notes, at))));
    }
    for (const note of map.notes) {
      if (note.target !== undefined) continue;
      const at = provisional.get(note.id);
      nodes.push(nodeCache.get(note.id, JSON.stringify([note, at, measured.get(note.id)]), () => sized(noteNode(note, at))));
    }
    nodeCache.sweep();
    const names = new Map(map.actors.map((a) => [a.id, a.name]));
    const rects = new Map(
      map.actors.map((a) => {
        const at = a.position ?? provisional.get(a.id) ?? { x: 0, y: 0 };
        return [a.id, { ...at, ...(measured.get(a.id) ?? { width: actorWidth, height: 100 }) }];
      }),
    );
    const lanes = avoidActors(map.flows, lanesOf(map.flows), rects);
    const datasets = new Map(map.datasets.map((d) => [d.id, d]));
    const edges = map.flows.map((flow) => {
      const notes = pinned.get(flow.id) ?? [];
      const lane = lanes.get(flow.id) ?? 0;
      const dataset = flow.dataset === undefined ? undefined : datasets.get(flow.dataset);
      const key = JSON.stringify([flow, notes, lane, dataset, names.get(flow.from), names.get(flow.to)]);
      return edgeCache.get(flow.id, key, () => flowEdge(map, flow, names, notes, lane));
    });
    edgeCache.sweep();
    return { nodes, edges };
  }, [map, measured, nodeCache, edgeCache]);

  // Step 2, on every selection or drag: only the touched objects are copied, and an array
  // whose objects are all unchanged is not renewed (React Flow re-indexes every flow when it is).
  const marks = useMemo(() => {
    const byId = new Map<string, Peer[]>();
    for (const { selection, dragging: _d, ...peer } of peers) for (const id of selection) byId.set(id, [...(byId.get(id) ?? []), peer]);
    return byId;
  }, [peers]);
  const nodes = useMemo(
    () =>
      base.nodes.map((node) => {
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
      }),
    [base, selected, moving, marks],
  );
  const edges = useMemo(() => {
    const touched = base.edges.some((edge) => selected.has(edge.id) || marks.has(edge.id));
    if (!touched) return base.edges;
    return base.edges.map((edge) => {
      const peersHere = marks.get(edge.id);
      if (!selected.has(edge.id) && !peersHere) return edge;
      return { ...edge, selected: selected.has(edge.id), data: peersHere ? { ...edge.data!, peers: peersHere } : edge.data };
    });
  }, [base, selected, marks]);
  return { nodes, edges };
}
