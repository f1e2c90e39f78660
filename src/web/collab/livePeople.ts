import { isLiveId } from '../../domain/facilitation/index.js';
import { presenceFrom, type Presence } from './presence.js';

/** Awareness fields every client sets on the workshop's control document (besides `user` and `hand`). */
export const placeField = 'at';
export const participantField = 'participantId';

/**
 * Where a person is in the workshop: a board id, the plenary view or the workshop home.
 * Shared in awareness only (gone when the tab closes), so "who is where" is never stored.
 */
export type Place = string;
export const plenaryPlace = 'plenary';
export const homePlace = 'home';

/** Someone connected to the workshop now, with where they are. */
export interface LivePerson extends Presence {
  /** Their place (a board id, `plenary` or `home`); null when their client has not said yet. */
  at: Place | null;
  /** Their participant id; null for facilitator accounts (who have none) and for unknown clients. */
  participantId: string | null;
}

function idOrNull(value: unknown): string | null {
  return isLiveId(value) ? value : null;
}

/**
 * People from the control document's awareness states, restored before they are trusted
 * (STYLE 5): presenceFrom drops states without a usable `user`; a malformed place or
 * participant id reads as unknown rather than reaching the screen.
 */
export function livePeopleFrom(states: ReadonlyMap<number, Record<string, unknown>>, myClientId: number): LivePerson[] {
  const list = [...states].map(([clientId, state]) => ({ ...state, clientId }));
  return presenceFrom(list, myClientId).map((p) => {
    const state = states.get(p.clientId);
    return { ...p, at: idOrNull(state?.[placeField]), participantId: idOrNull(state?.[participantField]) };
  });
}
