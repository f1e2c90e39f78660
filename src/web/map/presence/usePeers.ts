import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { presenceFrom } from '../../collab/index.js';
import type { Position } from '../../../domain/map/index.js';
import { readPeerMapState, type Dragging } from './peerState.js';

/** Someone else on the board, as the map shows them: always by name and colour together. */
export interface Peer {
  clientId: number;
  name: string;
  colour: string;
}

export interface PeerSelection extends Peer {
  selection: string[];
  dragging: Dragging | null;
}

export interface PeerCursor extends Peer {
  cursor: Position;
}

function statesOf(awareness: Awareness) {
  return [...awareness.getStates()].map(([clientId, state]) => ({ clientId, ...(state as Record<string, unknown>) }));
}

/**
 * Subscribes to the others' awareness and keeps `pick(states)`; re-renders only when what was
 * picked changed (compared as JSON), so a component that shows selections does not re-render
 * for every cursor move, and the reverse. Changes apply at the next animation frame, the same
 * one in which the map re-reads the document: when a peer drops a dragged actor, its stored
 * position and the end of its drag show together, with no frame of the old position between.
 */
function usePicked<T>(awareness: Awareness | null, pick: (awareness: Awareness) => T[]): T[] {
  const [picked, setPicked] = useState<T[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPicked([]);
      return;
    }
    let last = '';
    let frame = 0;
    const update = () => {
      frame = 0;
      const next = pick(awareness);
      const key = JSON.stringify(next);
      if (key === last) return;
      last = key;
      setPicked(next);
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(update);
    };
    update();
    awareness.on('change', schedule);
    return () => {
      cancelAnimationFrame(frame);
      awareness.off('change', schedule);
    };
  }, [awareness, pick]);
  return picked;
}

function others(awareness: Awareness) {
  const states = statesOf(awareness);
  const people = presenceFrom(states, awareness.clientID).filter((p) => !p.isMe);
  const raw = new Map(states.map((s) => [s.clientId, s]));
  return people.map((p) => ({
    peer: { clientId: p.clientId, name: p.name, colour: p.colour },
    state: readPeerMapState(raw.get(p.clientId) ?? {}),
  }));
}

const pickSelections = (awareness: Awareness): PeerSelection[] =>
  others(awareness)
    .filter(({ state }) => state.selection.length > 0 || state.dragging)
    .map(({ peer, state }) => ({ ...peer, selection: state.selection, dragging: state.dragging }));

const pickCursors = (awareness: Awareness): PeerCursor[] =>
  others(awareness).flatMap(({ peer, state }) => (state.cursor ? [{ ...peer, cursor: state.cursor }] : []));

/** Others' selections and drags in progress. */
export function usePeerSelections(awareness: Awareness | null): PeerSelection[] {
  return usePicked(awareness, pickSelections);
}

/** Others' pointers on the map. */
export function usePeerCursors(awareness: Awareness | null): PeerCursor[] {
  return usePicked(awareness, pickCursors);
}
