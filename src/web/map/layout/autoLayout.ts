import { layoutLimits, type LayoutRequest } from '../../../domain/index.js';
import type { EcosystemMap, Position } from '../../../domain/map/index.js';
import { request } from '../../api.js';
import { typicalFlowLabel } from '../../../domain/render/index.js';
import { actorWidth, noteWidth, pinnedNoteGap } from '../mapStyle.js';
import { minOf, maxOf } from '../../../shared/index.js';

export interface Box {
  width: number;
  height: number;
}

/** An actor's size for the layout: as measured, plus room for the notes hanging at its right. */
export function layoutBox(map: EcosystemMap, id: string, measured: Box | undefined): Box {
  const pinned = map.notes.some((n) => n.target === id);
  const width = (measured?.width ?? actorWidth) + (pinned ? pinnedNoteGap + noteWidth : 0);
  return { width, height: measured?.height ?? 110 };
}

/**
 * Positions for `actorIds`, laid out by the flows among them (flows to actors outside the set
 * are ignored) by the server (POST /api/boards/:id/layout, ELK's layered algorithm there), so
 * the page never downloads the layout engine nor freezes while it runs. Positions are whole
 * board units, top-left corners, starting at `origin`; `aspectRatio` (width / height) is the
 * shape to aim for, the canvas's.
 */
export async function layoutActors(
  boardId: string,
  map: EcosystemMap,
  actorIds: string[],
  sizeOf: (id: string) => Box,
  origin: Position,
  aspectRatio: number,
): Promise<Map<string, Position>> {
  const inSet = new Set(actorIds);
  const body: LayoutRequest = {
    actors: actorIds.map((id) => ({ id, ...sizeOf(id) })),
    flows: map.flows
      .filter((f) => f.from !== f.to && inSet.has(f.from) && inSet.has(f.to))
      .map(({ from, to }) => ({ from, to, label: typicalFlowLabel })),
    aspectRatio: Math.min(layoutLimits.aspectRatio.max, Math.max(layoutLimits.aspectRatio.min, aspectRatio)),
  };
  const { positions } = await request<{ positions: Record<string, Position> }>('POST', `/api/boards/${boardId}/layout`, body);
  const placed = new Map<string, Position>();
  for (const id of actorIds) {
    const p = positions[id];
    if (p) placed.set(id, { x: Math.round(origin.x + p.x), y: Math.round(origin.y + p.y) });
  }
  return placed;
}

/** Where new actors go in "place new actors only": below everything already placed, left-aligned. */
export function belowPlaced(map: EcosystemMap, sizeOf: (id: string) => Box): Position {
  const placed = map.actors.filter((a) => a.position);
  if (placed.length === 0) return { x: 0, y: 0 };
  const left = minOf(placed.map((a) => a.position!.x));
  const bottom = maxOf(placed.map((a) => a.position!.y + sizeOf(a.id).height));
  return { x: left, y: bottom + 160 };
}
