import { useLive } from './liveContext.js';
import { useVoting } from './boardVotingContext.js';
import { useSteering } from './useSteering.js';
import { VoteResults } from './VoteResults.js';

/**
 * The voting round on this board, above its content: open or closed, how many of my votes are
 * left (in words, with one dot per vote beside them), when the counts show; for facilitators
 * the live tallies and "Close voting"; for everyone, once the round closes, the results.
 * Self-contained (it reads the round from context), so it can sit wherever the page puts it.
 */
export function VoteBanner() {
  const voting = useVoting();
  const live = useLive();
  const steer = useSteering(live);
  if (!voting) return null;
  const { round, open, canVote, left } = voting;
  const used = round.votesPerPerson - left;
  const when = round.reveal === 'end' && open ? 'The counts show when voting closes.' : 'The counts show on each item.';
  const facilitating = live?.me.role === 'facilitator';
  return (
    <div className={`vote-budget${open ? ' vote-budget-open' : ''}`}>
      <p role="status" className="vote-budget-text">
        <strong>{open ? 'Voting is open' : 'Voting has closed'}</strong>
        {open && canVote && (
          <>
            {' '}
            · {left} of {round.votesPerPerson} {round.votesPerPerson === 1 ? 'vote' : 'votes'} left
          </>
        )}
        {open && !canVote && voting.notVotingBecause && <> · {voting.notVotingBecause}</>}
      </p>
      {open && canVote && (
        <span className="vote-budget-dots" aria-hidden="true">
          {Array.from({ length: round.votesPerPerson }, (_, i) => (
            <span key={i} className={i < used ? 'vote-dot vote-dot-used' : 'vote-dot'} />
          ))}
        </span>
      )}
      {open && <p className="hint">{when}</p>}
      {open && facilitating && steer && (
        <button type="button" className="button button-small" onClick={() => steer.closeVoting(round.id)}>
          Close voting
        </button>
      )}
      {voting.results && (facilitating || !open) && <VoteResults results={voting.results} live={open} />}
    </div>
  );
}
