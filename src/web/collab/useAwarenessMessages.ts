import { useCallback, useEffect, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { presenceFrom } from './presence.js';

/** A message as it arrives: who sent it (their awareness client id) and when (server-clock ms). */
export interface AwarenessMessage<T> {
  clientId: number;
  seq: number;
  at: number;
  payload: T;
  isMine: boolean;
  /** The sender's name from their awareness `user`, restored; null if they have not said. */
  name: string | null;
}

/** The name in one awareness state, through the same restoring as presence. */
function nameIn(state: Record<string, unknown> | undefined, clientId: number): string | null {
  return state ? (presenceFrom([{ ...state, clientId }], -1)[0]?.name ?? null) : null;
}

/**
 * Short messages everyone connected sees live and nobody stores (emoji reactions, observers'
 * comments), sent through awareness. Why awareness: it reaches every client of a document,
 * read-only ones included, and the server relays it without keeping it; Hocuspocus does not
 * relay a client's stateless messages to other clients.
 *
 * Each client keeps its latest message in its awareness field `field` as `{ seq, at, ...}`;
 * a receiver delivers a peer's message when its seq is new. A message first seen in a state
 * that was already there when this client arrived is delivered only if younger than
 * `freshMs`, so joining does not replay old reactions. `parse` restores peers' payloads
 * (STYLE 5); a payload it rejects is ignored. `now` is server-clock ms.
 */
export function useAwarenessMessages<T>(
  awareness: Awareness | null,
  field: string,
  parse: (value: unknown) => T | null,
  onMessage: (message: AwarenessMessage<T>) => void,
  now: () => number,
  freshMs: number,
): (payload: T) => void {
  const handler = useRef(onMessage);
  const seq = useRef(0);
  const clock = useRef(now);
  useEffect(() => {
    handler.current = onMessage;
    clock.current = now;
  });

  useEffect(() => {
    if (!awareness) return;
    const seen = new Map<number, number>();
    const receive = ({ added, updated }: { added: number[]; updated: number[] }) => {
      for (const clientId of [...added, ...updated]) {
        if (clientId === awareness.clientID) continue;
        const state = awareness.getStates().get(clientId) as Record<string, unknown> | undefined;
        const value = state?.[field];
        if (typeof value !== 'object' || value === null) continue;
        const { seq: s, at } = value as { seq?: unknown; at?: unknown };
        if (typeof s !== 'number' || typeof at !== 'number' || !Number.isFinite(at)) continue;
        const last = seen.get(clientId);
        seen.set(clientId, Math.max(last ?? s, s));
        if (last !== undefined ? s <= last : clock.current() - at > freshMs) continue;
        const payload = parse((value as { payload?: unknown }).payload);
        if (payload !== null) handler.current({ clientId, seq: s, at, payload, isMine: false, name: nameIn(state, clientId) });
      }
    };
    awareness.on('change', receive);
    return () => awareness.off('change', receive);
  }, [awareness, field, parse, freshMs]);

  return useCallback(
    (payload: T) => {
      if (!awareness) return;
      seq.current += 1;
      const message = { seq: seq.current, at: Math.round(clock.current()), payload };
      awareness.setLocalStateField(field, message);
      const mine = awareness.getLocalState() as Record<string, unknown> | null;
      handler.current({ clientId: awareness.clientID, ...message, isMine: true, name: nameIn(mine ?? undefined, awareness.clientID) });
    },
    [awareness, field],
  );
}
