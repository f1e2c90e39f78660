import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { readVotingRounds } from '../../doc/control/index.js';
import { mayVote } from '../../domain/facilitation/index.js';
import { useLive } from '../facilitation/liveContext.js';
import { noRoundVotes, roundVotesFor, type RoundVotes } from './roundVotesFor.js';

export type { RoundVotes } from './roundVotesFor.js';

/**
 * The canvas's votes from voting rounds (roundVotesFor), read from the workshop's control
 * document (the rounds) and the board (the dots), again whenever either changes. Counted as the
 * results view and the report count them: budgets, notes still on the canvas, only people who
 * may vote on it. None outside a live workshop.
 */
export function useRoundVotes(doc: Y.Doc | null, boardId: string | undefined): RoundVotes {
  const live = useLive();
  const control = live?.connection.doc ?? null;
  const participants = live?.detail.participants;
  const groupId = live?.detail.boards.find((b) => b.id === boardId)?.groupId ?? null;
  const role = live?.me.role ?? 'participant';
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    const changed = () => setRevision((r) => r + 1);
    doc?.on('update', changed);
    control?.on('update', changed);
    return () => {
      doc?.off('update', changed);
      control?.off('update', changed);
    };
  }, [doc, control]);

  return useMemo(() => {
    void revision; // read again on every update of either document
    if (!doc || !control || !boardId) return noRoundVotes;
    const people = new Map((participants ?? []).map((p) => [p.id, p]));
    const isVoter = (id: string) => {
      const person = people.get(id);
      return person !== undefined && mayVote(person, { groupId });
    };
    return roundVotesFor(doc, boardId, readVotingRounds(control), role, isVoter);
  }, [doc, control, boardId, participants, groupId, role, revision]);
}
