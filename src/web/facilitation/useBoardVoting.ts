import { useCallback, useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { resultsVisible, type VotingRound } from '../../domain/facilitation/index.js';
import { boardTally, castVote, readVoterDots, retractVote, votesMap } from '../../doc/control/index.js';
import { useLive } from './liveContext.js';

export interface BoardVoting {
  round: VotingRound;
  open: boolean;
  /** This person places dots now: someone with a participant id, on a board they may write, while the round is open. */
  canVote: boolean;
  /** Why this person does not vote, when they do not (in words), else null. */
  notVotingBecause: string | null;
  left: number;
  /** My dots per target id. */
  mine: ReadonlyMap<string, number>;
  /** Everyone's dots per target id; null while the counts are hidden (reveal at the end). */
  counts: ReadonlyMap<string, number> | null;
  cast: (targetId: string) => boolean;
  retract: (targetId: string) => boolean;
}

interface Read {
  mine: Map<string, number>;
  counts: Map<string, number>;
  used: number;
}

const countOf = (ids: readonly string[]) => {
  const out = new Map<string, number>();
  for (const id of ids) out.set(id, (out.get(id) ?? 0) + 1);
  return out;
};

/**
 * Dot voting on this board, when the workshop's current round is on it (src/doc/control
 * boardVotes.ts): my dots and budget, everyone's counts when they may be seen, and placing or
 * taking back a dot. `targets` are the ids that may receive dots (the board's notes now): a dot
 * on a deleted note neither counts nor spends budget. Null when no round is on this board.
 */
export function useBoardVoting(
  doc: Y.Doc | null,
  boardId: string | undefined,
  targets: readonly string[],
  readOnly: boolean,
): BoardVoting | null {
  const live = useLive();
  const round = live?.connection.state.voting ?? null;
  const onThisBoard = round && boardId && round.boardId === boardId ? round : null;
  const voterId = live?.me.participantId ?? null;
  const role = live?.me.role ?? 'participant';
  const targetKey = targets.join('\n');
  const isTarget = useMemo(() => {
    const set = new Set(targetKey.split('\n'));
    return (id: string) => set.has(id);
  }, [targetKey]);
  const [read, setRead] = useState<Read | null>(null);

  useEffect(() => {
    if (!doc || !onThisBoard) {
      setRead(null);
      return;
    }
    const update = () => {
      const mineDots = voterId ? readVoterDots(doc, onThisBoard, voterId, isTarget) : [];
      const counts = new Map(boardTally(doc, onThisBoard, isTarget).map((c) => [c.targetId, c.votes]));
      setRead({ mine: countOf(mineDots), counts, used: mineDots.length });
    };
    update();
    const votes = votesMap(doc);
    votes.observe(update);
    return () => votes.unobserve(update);
  }, [doc, onThisBoard, voterId, isTarget]);

  const cast = useCallback(
    (targetId: string) => (doc && onThisBoard && voterId && !readOnly ? castVote(doc, onThisBoard, voterId, targetId, isTarget) : false),
    [doc, onThisBoard, voterId, readOnly, isTarget],
  );
  const retract = useCallback(
    (targetId: string) => (doc && onThisBoard && voterId && !readOnly ? retractVote(doc, onThisBoard, voterId, targetId, isTarget) : false),
    [doc, onThisBoard, voterId, readOnly, isTarget],
  );

  if (!onThisBoard || !read) return null;
  const open = onThisBoard.status === 'open';
  const notVotingBecause = readOnly
    ? 'Observers watch the vote; they do not vote.'
    : voterId === null
      ? 'Facilitators run the vote and see the counts as they come in.'
      : null;
  return {
    round: onThisBoard,
    open,
    canVote: open && notVotingBecause === null,
    notVotingBecause,
    left: Math.max(0, onThisBoard.votesPerPerson - read.used),
    mine: read.mine,
    counts: resultsVisible(onThisBoard, role) ? read.counts : null,
    cast,
    retract,
  };
}
