import { useCallback, useEffect, useMemo, useRef } from 'react';
import { destinationFor, type LiveState } from '../../domain/facilitation/index.js';
import { useHand, useLiveWorkshop, type Place } from '../collab/index.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { useSession } from '../session/session.js';
import type { LiveMe, LiveWorkshop } from './liveContext.js';
import { useLiveMessages } from './useLiveMessages.js';
import { useServerClock } from './useServerClock.js';

/** What the workshop looked like, and for which live state it was fetched (LiveConnector fetches it). */
export interface FetchedDetail {
  data: WorkshopDetail;
  forKey: string | null;
}

interface Props {
  workshopId: string;
  detail: FetchedDetail;
  reload: (forKey: string | null) => void;
  place: Place | null;
  onLive: (live: LiveWorkshop | null) => void;
}

/** The parts of the live state that can change where someone should be; `rosterSeq`: groups or projects changed. */
function keyOf(state: LiveState, rosterSeq: number): string {
  return JSON.stringify([state.activityId, state.spotlight, state.gather, rosterSeq]);
}

/**
 * The live workshop, put together: the control document, the server clock, where this person
 * should be, their hand, reactions and comments. Renders nothing; hands the result up.
 *
 * Where someone should be depends on the boards and their group, which the facilitator may
 * have just changed (starting an activity after making groups creates boards). So whenever the
 * live state moves, the workshop is fetched again, and a destination is given only from an
 * answer fetched after the move: a client never follows stale boards somewhere wrong.
 */
export function ControlConnector({ workshopId, detail, reload, place, onLive }: Props) {
  const { session } = useSession();
  const serverNow = useServerClock();
  const { data, forKey } = detail;
  const name = session.state === 'account' ? session.account.name : session.state === 'participant' ? session.participant.name : 'Someone';
  const me: LiveMe = useMemo(
    () => ({ name, role: data.me.role, participantId: data.me.participantId, groupId: data.me.groupId }),
    [name, data.me.role, data.me.participantId, data.me.groupId],
  );
  const connection = useLiveWorkshop(data.controlDocId, workshopId, me, place);
  const { state, ready, doc, awareness, people, rosterSeq } = connection;
  const liveKey = ready ? keyOf(state, rosterSeq) : null;

  useEffect(() => {
    if (liveKey !== null && liveKey !== forKey) reload(liveKey);
  }, [liveKey, forKey, reload]);

  // Someone here the workshop answer does not know yet (joined since): fetch it again, once per person.
  const asked = useRef(new Set<string>());
  useEffect(() => {
    const known = new Set(data.participants.map((p) => p.id));
    const unknown = people.filter((p) => p.participantId && !known.has(p.participantId) && !asked.current.has(p.participantId));
    if (unknown.length === 0) return;
    for (const p of unknown) asked.current.add(p.participantId as string);
    reload(forKey);
  }, [people, data.participants, reload, forKey]);

  const destination = useMemo(() => {
    if (liveKey === null || liveKey !== forKey) return null;
    return destinationFor(state, data.me, data.boards);
  }, [liveKey, forKey, state, data.me, data.boards]);

  const hand = useHand(doc, awareness, me.participantId, serverNow);
  const messages = useLiveMessages(awareness, people, place, serverNow);
  const reloadDetail = useCallback(() => reload(forKey), [reload, forKey]);

  const live = useMemo(
    (): LiveWorkshop => ({ workshopId, detail: data, reloadDetail, me, connection, serverNow, destination, place, hand, ...messages }),
    [workshopId, data, reloadDetail, me, connection, serverNow, destination, place, hand, messages],
  );
  useEffect(() => onLive(live), [live, onLive]);
  return null;
}
