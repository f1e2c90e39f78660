import { useEffect, useState, type SyntheticEvent } from 'react';
import voteMessages from 'virtual:messages/en/vote';
import { truncateText } from '../../shared/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { useVoting } from './boardVotingContext.js';
import type { BoardVoting } from './useBoardVoting.js';

interface Props {
  targetId: string;
  /** What is voted on, in words (a note's text, an actor's name), for the buttons' accessible names. */
  targetLabel: string;
}

addEnglish(voteMessages);

const short = (text: string) => truncateText(text, 60);
// Inside a map item the buttons must not start a drag, a pan or a selection of the item.
const keepToSelf = (e: SyntheticEvent) => e.stopPropagation();

/**
 * Dot voting on one item, shown only while a round is on this board: the count (when it may be
 * seen), my dots on it, a button to add a dot and one to take a dot back. A refused dot (no
 * budget left, the round closed, not this person's board) is explained here and changes nothing.
 * A span, so it fits inside a map item's inline content as well as a note card.
 */
export function VoteButton(props: Props) {
  const voting = useVoting();
  // No round on this board: nothing, and no state or effect kept for it (a map draws hundreds).
  return voting ? <VoteButtons {...props} voting={voting} /> : null;
}

function VoteButtons({ targetId, targetLabel, voting }: Props & { voting: BoardVoting }) {
  const { t } = useI18n();
  const [refused, setRefused] = useState<string | null>(null);

  useEffect(() => {
    if (!refused) return;
    const clear = window.setTimeout(() => setRefused(null), 6000);
    return () => window.clearTimeout(clear);
  }, [refused]);

  const mine = voting.mine.get(targetId) ?? 0;
  const total = voting.counts?.get(targetId) ?? 0;
  const label = short(targetLabel || t('vote.noText'));
  const spent = voting.left === 0;

  return (
    <span className="vote nodrag nopan" onPointerDown={keepToSelf} onClick={keepToSelf} onDoubleClick={keepToSelf} onKeyDown={keepToSelf}>
      {voting.counts && (
        <span className="vote-total">
          <span className="vote-dot" aria-hidden="true" /> {t('vote.count', { count: total })}
        </span>
      )}
      {voting.canVote && (
        <>
          <button
            type="button"
            className="vote-add"
            aria-disabled={spent}
            aria-label={t('vote.add.label', { item: label })}
            onClick={() => setRefused(voting.cast(targetId))}
          >
            {t('vote.add')}
          </button>
          {mine > 0 && (
            <button
              type="button"
              className="vote-remove"
              aria-label={t('vote.remove.label', { item: label })}
              onClick={() => {
                voting.retract(targetId);
                setRefused(null);
              }}
            >
              {t('vote.remove')}
            </button>
          )}
        </>
      )}
      {mine > 0 && <span className="vote-mine">{t('vote.mine', { count: mine })}</span>}
      <span role="status" className="vote-refused">
        {refused}
      </span>
    </span>
  );
}
