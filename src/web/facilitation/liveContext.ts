import { createContext, useContext, useEffect } from 'react';
import type { Role } from '../../domain/index.js';
import type { Destination } from '../../domain/facilitation/index.js';
import type { Hand, LiveWorkshopConnection, Place } from '../collab/index.js';
import type { WorkshopDetail } from '../apiTypes.js';
import type { ReactionId } from './reactions.js';

/** A reaction floating on screen for a few seconds. */
export interface FloatingReaction {
  key: string;
  reaction: ReactionId;
  /** Who reacted, for the screen reader announcement. */
  name: string;
}

/** An observer's comment, as it arrived (not stored anywhere: see useAwarenessMessages). */
export interface LiveComment {
  key: string;
  name: string;
  text: string;
  /** Server-clock ms. */
  at: number;
}

export interface LiveMe {
  name: string;
  role: Role;
  /** Null for facilitator accounts. */
  participantId: string | null;
  groupId: string | null;
}

/** Everything live about the workshop the person is in now: one connection for all its pages. */
export interface LiveWorkshop {
  workshopId: string;
  detail: WorkshopDetail;
  /** Fetch the workshop again (after the facilitator changed groups or the agenda). */
  reloadDetail: () => void;
  me: LiveMe;
  connection: LiveWorkshopConnection;
  serverNow: () => number;
  /** Where this person should be (domain destinationFor); null until known for sure. */
  destination: Destination | null;
  place: Place | null;
  hand: Hand;
  react: (reaction: ReactionId) => void;
  /** Reactions made at this person's place in the last few seconds. */
  reactions: FloatingReaction[];
  comment: (text: string) => void;
  comments: LiveComment[];
}

export const LiveContext = createContext<LiveWorkshop | null>(null);

export interface LiveRegistration {
  setWorkshopId: (id: string) => void;
  setPlace: (place: Place | null) => void;
}

export const LiveRegistrationContext = createContext<LiveRegistration>({ setWorkshopId: () => {}, setPlace: () => {} });

/** The live workshop, once its connection is set up; null before (or outside a workshop). */
export function useLive(): LiveWorkshop | null {
  return useContext(LiveContext);
}

/**
 * A workshop page says which workshop it belongs to and where in it the person is. The
 * connection outlives the page, so moving between a workshop's pages keeps it (and a raised
 * hand) rather than reconnecting each time.
 */
export function useLivePlace(workshopId: string | null, place: Place | null): void {
  const { setWorkshopId, setPlace } = useContext(LiveRegistrationContext);
  useEffect(() => {
    if (workshopId) setWorkshopId(workshopId);
  }, [workshopId, setWorkshopId]);
  useEffect(() => {
    setPlace(place);
    return () => setPlace(null);
  }, [place, setPlace]);
}
