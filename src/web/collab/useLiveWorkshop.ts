import { useEffect, useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { Role } from '../../domain/index.js';
import { idleLiveState, type LiveState } from '../../domain/facilitation/index.js';
import { readLiveState, readRosterSeq } from '../../doc/control/index.js';
import type { ConnectionStatus } from './connectionStatus.js';
import { livePeopleFrom, participantField, placeField, type LivePerson, type Place } from './livePeople.js';
import { useBoard } from './useBoard.js';

export interface LiveWorkshopConnection {
  /** The control document (write it with src/doc/control when `canSteer`); null until set up. */
  doc: Y.Doc | null;
  /** The control document's awareness: hands, places, reactions. Null until set up. */
  awareness: Awareness | null;
  status: ConnectionStatus;
  /** The document has held the server's state at least once, so `state` is not a guess. */
  ready: boolean;
  /** This person may write the control document (facilitators, on a writable connection). */
  canSteer: boolean;
  state: LiveState;
  /** Everyone connected to the workshop now, me first. */
  people: LivePerson[];
  /** Moves on when a facilitator changes groups or projects (src/doc/control rosterControl): fetch the workshop again. */
  rosterSeq: number;
}

interface Me {
  name: string;
  role: Role;
  participantId: string | null;
}

const sameJson =
  <T>(next: T) =>
  (previous: T) =>
    JSON.stringify(previous) === JSON.stringify(next) ? previous : next;

/**
 * The workshop's control document, live (SPEC A8): what is happening now (`readLiveState`),
 * and who is here and where (awareness). Everyone reads it; facilitators write it. `place` is
 * where this person is now; it is shared in awareness so facilitators see the room.
 */
export function useLiveWorkshop(controlDocId: string, workshopId: string, me: Me, place: Place | null): LiveWorkshopConnection {
  const connection = useBoard(controlDocId, workshopId, me);
  const { doc, awareness, status, readOnlyScope } = connection;
  const [state, setState] = useState<LiveState>(idleLiveState);
  const [people, setPeople] = useState<LivePerson[]>([]);
  const [rosterSeq, setRosterSeq] = useState(0);
  const [readyDoc, setReadyDoc] = useState<Y.Doc | null>(null);

  // Once synced, the document stays meaningful while offline (it is the last state seen).
  if (doc && status.state === 'synced' && readyDoc !== doc) setReadyDoc(doc);

  useEffect(() => {
    if (!doc || !awareness) return;
    const read = () => {
      const states = awareness.getStates() as Map<number, Record<string, unknown>>;
      setState(sameJson(readLiveState(doc, states)));
      setPeople(sameJson(livePeopleFrom(states, doc.clientID)));
      setRosterSeq(readRosterSeq(doc));
    };
    read();
    doc.on('update', read);
    awareness.on('change', read);
    return () => {
      doc.off('update', read);
      awareness.off('change', read);
    };
  }, [doc, awareness]);

  useEffect(() => {
    awareness?.setLocalStateField(participantField, me.participantId);
  }, [awareness, me.participantId]);

  useEffect(() => {
    awareness?.setLocalStateField(placeField, place);
  }, [awareness, place]);

  const ready = doc !== null && readyDoc === doc;
  const canSteer = me.role === 'facilitator' && ready && !readOnlyScope && status.state !== 'refused';
  const shown = ready ? state : idleLiveState;
  // One object per change, so consumers can memoise on it.
  return useMemo(
    () => ({ doc, awareness, status, ready, canSteer, state: shown, people, rosterSeq }),
    [doc, awareness, status, ready, canSteer, shown, people, rosterSeq],
  );
}
