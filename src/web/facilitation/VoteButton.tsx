import { useEffect, useState } from 'react';
import type { BoardVoting } from './useBoardVoting.js';
import { truncateText } from '../../shared/index.js';

interface Props {
  voting: BoardVoting;
  targetId: string;
  /** What is voted on, in words (a note's text), for the buttons' accessible names. */
  targetLabel: string;
}

const short = (text: string) => truncateText(text, 60);

/**
 * Dot voting on one item: the count (when it may be seen), my dots on it, a button to add a
 * dot and one to take a dot back. A dot beyond the budget is refused here, with a message
 * saying why, before it ever reaches the board (where it would not count anyway).
 */
export function VoteButton({ voting, targetId, targetLabel }: Props) {
  const [refused, setRefused] = useState<string | null>(null);
  const mine = voting.mine.get(targetId) ?? 0;
  const total = voting.counts?.get(targetId) ?? 0;
  const label = short(targetLabel);
  const spent = voting.left === 0;

  useEffect(() => {
    if (!refused) return;
    const clear = window.setTimeout(() => setRefused(null), 6000);
    return () => window.clearTimeout(clear);
  }, [refused]);

  function vote() {
    if (spent || !voting.cast(targetId)) {
      const n = voting.round.votesPerPerson;
      setRefused(`No votes left: you have placed all ${n}. Take one back to vote for something else.`);
      return;
    }
    setRefused(null);
  }

  return (
    <div className="vote">
      {voting.counts && (
        <span className="vote-total">
          <span className="vote-dot" aria-hidden="true" /> {total} {total === 1 ? 'vote' : 'votes'}
        </span>
      )}
      {voting.canVote && (
        <>
          <button type="button" className="vote-add" aria-disabled={spent} aria-label={`Vote for: ${label}`} onClick={vote}>
            + Vote
          </button>
          {mine > 0 && (
            <button
              type="button"
              className="vote-remove"
              aria-label={`Take a vote back from: ${label}`}
              onClick={() => {
                voting.retract(targetId);
                setRefused(null);
              }}
            >
              − Take back
            </button>
          )}
        </>
      )}
      {mine > 0 && <span className="vote-mine">Yours: {mine}</span>}
      <span role="status" className="vote-refused">
        {refused}
      </span>
    </div>
  );
}
