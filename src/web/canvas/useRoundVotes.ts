import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { canvasRoundVotes, readVotingRounds } from '../../doc/control/index.js';
import { mayVote, resultsVisible } from '../../domain/facilitation/index.js';
import { useLive } from '../facilitation/liveContext.js';

/** Each note's dots over the voting rounds on this canvas (SPEC V5), by note id. */
export interface RoundVotes {
  /**
   * Over the rounds whose counts this person may see now (resultsVisible: a participant sees an
   * open "show at the end" round's counts only once it closes): what the notes show, sort by,
   * and what a saved version keeps.
   */
  shown: ReadonlyMap<string, number>;
  /** Over every round, as the board's export counts them: what an imported file's numbers already hold. */
  all: ReadonlyMap<string, number>;
}

const none: RoundVotes = { shown: new Map(), all: new Map() };

/**
 * The canvas's votes from voting rounds, read from the workshop's control document (the rounds)
 * and the board (the dots), again whenever either changes. Counted as the results view and the
 * report count them: budgets, notes still on the canvas, only people who may vote on it. None
 * outside a live workshop.
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
    if (!doc || !control || !boardId) return none;
    const rounds = readVotingRounds(control).filter((r) => r.boardId === boardId);
    if (rounds.length === 0) return none;
    const people = new Map((participants ?? []).map((p) => [p.id, p]));
    const isVoter = (id: string) => {
      const person = people.get(id);
      return person !== undefined && mayVote(person, { groupId });
    };
    const all = canvasRoundVotes(doc, boardId, rounds, isVoter);
    const visible = rounds.filter((r) => resultsVisible(r, role));
    return { all, shown: visible.length === rounds.length ? all : canvasRoundVotes(doc, boardId, visible, isVoter) };
  }, [doc, control, boardId, participants, groupId, role, revision]);
}
