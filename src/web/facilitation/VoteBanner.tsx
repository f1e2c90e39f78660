import './voting.css';
import { useEffect, useState } from 'react';
import votingMessages from 'virtual:messages/en/vote,voting';
import { addEnglish, useI18n } from '../i18n/index.js';
import { useLive } from './liveContext.js';
import { useVoting } from './boardVotingContext.js';
import { useSteering } from './useSteering.js';
import { VoteResults } from './VoteResults.js';
import { useResultsFolded } from './useResultsFolded.js';

addEnglish(votingMessages);

/**
 * The voting round on this board, above its content: open or closed, how many of my votes are
 * left (in words, with one dot per vote beside them), when the counts show; for facilitators
 * the live tallies and "Close voting"; for everyone, once the round closes, the results.
 * Self-contained (it reads the round from context), so it can sit wherever the page puts it.
 * Once closed, "Hide results" folds it to one line (the item with most votes) for the rest of
 * the day; "Show results" brings the list back. While a board is in the spotlight the closed
 * results start folded (the presented board needs the room) until the person asks for them.
 */
export function VoteBanner() {
  const { t } = useI18n();
  const voting = useVoting();
  const live = useLive();
  const steer = useSteering(live);
  const [folded, setFolded] = useResultsFolded(voting?.round.id ?? '');
  const presenting = live?.destination?.reason === 'spotlight';
  // "Show results" pressed during this spotlight: the list stays open until the spotlight ends.
  const [shownWhilePresenting, setShownWhilePresenting] = useState(false);
  useEffect(() => {
    if (!presenting) setShownWhilePresenting(false);
  }, [presenting]);
  if (!voting) return null;
  const { round, open, canVote, left } = voting;
  const used = round.votesPerPerson - left;
  const when = round.reveal === 'end' && open ? t('voting.when.end') : t('voting.when.live');
  const facilitating = live?.me.role === 'facilitator';
  if (!open && (folded || (presenting && !shownWhilePresenting))) {
    const top = voting.results?.[0];
    return (
      <div className="vote-budget vote-budget-folded">
        <p role="status" className="vote-budget-text">
          <strong>{t('voting.closed')}</strong>
          {top && <> · {t('voting.mostVotes', { item: top.label || t('vote.noText'), count: top.votes })}</>}
        </p>
        <button
          type="button"
          className="button button-small"
          aria-expanded={false}
          onClick={() => {
            setFolded(false);
            setShownWhilePresenting(true);
          }}
        >
          {t('voting.show')}
        </button>
      </div>
    );
  }
  return (
    <div className={`vote-budget${open ? ' vote-budget-open' : ''}`}>
      <p role="status" className="vote-budget-text">
        <strong>{open ? t('voting.open') : t('voting.closed')}</strong>
        {open && canVote && <> · {t('voting.left', { left, total: round.votesPerPerson })}</>}
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
          {t('voting.close')}
        </button>
      )}
      {/* Before the list, so a long list on a small screen never pushes it out of reach. */}
      {!open && (
        <button type="button" className="button button-small" aria-expanded={true} onClick={() => setFolded(true)}>
          {t('voting.hide')}
        </button>
      )}
      {voting.results && (facilitating || !open) && <VoteResults results={voting.results} live={open} />}
    </div>
  );
}
