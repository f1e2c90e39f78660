import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { askBoardViewport } from '../collab/index.js';
import type { LiveWorkshop } from './liveContext.js';
import { pathOf } from './places.js';
import { readSessionValue, writeSessionValue } from './sessionValue.js';

export interface Follow {
  /** Whether following applies to this person at all (facilitators steer; they do not follow). */
  applies: boolean;
  following: boolean;
  setFollowing: (on: boolean) => void;
}

/**
 * Takes a participant or observer where the facilitator sends everyone (domain destinationFor):
 * when the destination changes, the page changes. It moves only on a change, so someone who
 * opened another page by themselves stays there until the facilitator does something new.
 *
 * The last destination followed is remembered for the tab, so a page that reloads after
 * missing a change (a stale client) sees that the destination differs and lands where
 * everyone else is. A fresh tab before the workshop has started (no activity, nobody
 * gathered) is left where it is: joining should show the workshop home.
 *
 * Stepping out (`setFollowing(false)`) stops all moves (the map's view too); stepping back in
 * goes to the destination at once.
 */
export function useFollow(live: LiveWorkshop | null): Follow {
  const [location, navigate] = useLocation();
  const workshopId = live?.workshopId ?? '';
  const followingKey = `ocs-following:${workshopId}`;
  const followedKey = `ocs-followed:${workshopId}`;
  // Read from the tab's memory on each render (cheap), so it is right as soon as the workshop is known.
  const [, setChanges] = useState(0);
  const following = readSessionValue(followingKey) !== 'off';
  const applies = live !== null && live.me.role !== 'facilitator';
  const destination = applies ? live.destination : null;
  // The activity is part of what is followed: starting a plenary activity after another
  // plenary moment is news (go to the plenary view) though the destination itself is alike.
  const target = destination ? JSON.stringify([live?.connection.state.activityId ?? null, destination]) : null;
  const idle = live !== null && live.connection.state.activityId === null && live.connection.state.gather === null;

  useEffect(() => {
    if (!following || !destination || target === null) return;
    const last = readSessionValue(followedKey);
    if (last === target) return;
    writeSessionValue(followedKey, target);
    if (last === null && idle && destination.reason === 'plenary') return;
    // Brought to a map board: the map also goes to where the facilitator is looking.
    if (destination.view === 'board' && destination.viewport) askBoardViewport(destination.boardId, destination.viewport);
    const path = pathOf(workshopId, destination);
    if (path !== location) navigate(path);
    // Only a new destination (or stepping back in) moves the page, never the page changing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [target, following]);

  const setFollowing = useCallback(
    (on: boolean) => {
      writeSessionValue(followingKey, on ? null : 'off');
      // Stepping back in forgets what was followed, so the effect above goes there now.
      if (on) writeSessionValue(followedKey, null);
      setChanges((n) => n + 1);
    },
    [followingKey, followedKey],
  );
  return { applies, following, setFollowing };
}
