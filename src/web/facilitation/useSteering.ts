import { useMemo } from 'react';
import type { Activity } from '../../domain/index.js';
import type { BoardViewport, Spotlight, ViewTarget, VotingRound } from '../../domain/facilitation/index.js';
import {
  addActivityMinutes,
  bringEveryoneHere,
  closeVoting,
  endActivity,
  lowerHand,
  openVoting,
  pauseActivityTimer,
  releaseEveryone,
  setSpotlight,
  startActivity,
  startActivityTimer,
} from '../../doc/control/index.js';
import type { LiveWorkshop } from './liveContext.js';

export interface Steering {
  start: (activity: Activity) => void;
  end: () => void;
  startTimer: () => void;
  pauseTimer: () => void;
  addMinutes: (minutes: number) => void;
  spotlight: (spotlight: Spotlight | null) => void;
  /** `viewport`: where the facilitator is looking on that map board, where followers' maps go. */
  gather: (target: ViewTarget, viewport?: BoardViewport | null) => void;
  release: () => void;
  openVoting: (round: Omit<VotingRound, 'status'>) => void;
  closeVoting: (roundId: string) => void;
  lowerHand: (participantId: string) => void;
}

/**
 * What a facilitator does to the live workshop: each is one write to the control document
 * (src/doc/control), which every screen follows. Null when this person cannot steer (not a
 * facilitator, or not connected yet). Times are server-clock ms. Writers may throw
 * VALIDATION_FAILED on bad input; callers show the message.
 */
export function useSteering(live: LiveWorkshop | null): Steering | null {
  const doc = live?.connection.doc ?? null;
  const awareness = live?.connection.awareness ?? null;
  const canSteer = live?.connection.canSteer ?? false;
  const now = live?.serverNow;
  return useMemo(() => {
    if (!doc || !canSteer || !now) return null;
    return {
      start: (activity) => startActivity(doc, activity, Math.round(now())),
      end: () => endActivity(doc),
      startTimer: () => void startActivityTimer(doc, Math.round(now())),
      pauseTimer: () => void pauseActivityTimer(doc, Math.round(now())),
      addMinutes: (minutes) => void addActivityMinutes(doc, minutes),
      spotlight: (spotlight) => setSpotlight(doc, spotlight),
      gather: (target, viewport) => void bringEveryoneHere(doc, target, viewport ?? undefined),
      release: () => releaseEveryone(doc),
      openVoting: (round) => void openVoting(doc, round),
      closeVoting: (roundId) => void closeVoting(doc, roundId),
      lowerHand: (participantId) => void lowerHand(doc, participantId, awareness?.getStates() ?? new Map()),
    };
  }, [doc, awareness, canSteer, now]);
}
