import type { BoardVoting } from './useBoardVoting.js';

/**
 * The voting round on this board: open or closed, how many of my votes are left (in words,
 * with one dot per vote beside them), and when the counts show.
 */
export function VoteBudget({ voting }: { voting: BoardVoting }) {
  const { round, open, canVote, left } = voting;
  const used = round.votesPerPerson - left;
  const when = round.reveal === 'end' && open ? 'The counts show when voting closes.' : 'The counts show on each note.';
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
      <p className="hint">{when}</p>
    </div>
  );
}
