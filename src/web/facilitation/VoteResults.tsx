import votingMessages from 'virtual:messages/en/vote,voting';
import type { VotableKind, VoteResult } from '../../domain/facilitation/index.js';
import { addEnglish, msg, useI18n, type MessageKey } from '../i18n/index.js';
import { voteDetailText } from './voteDetailText.js';

addEnglish(votingMessages);

const kindKeys: Record<VotableKind, MessageKey> = {
  actor: msg('voting.kind.actor'),
  flow: msg('voting.kind.flow'),
  'map-note': msg('voting.kind.mapNote'),
  'canvas-note': msg('voting.kind.canvasNote'),
  'reflection-note': msg('voting.kind.reflectionNote'),
  'quick-note': msg('voting.kind.quickNote'),
};

/**
 * A round's results: the items with votes, most first, each with its kind and count. The kind and
 * its detail in brackets (a flow's kind, a note's column or section) are in the person's language.
 */
export function VoteResults({ results, live }: { results: VoteResult[]; live: boolean }) {
  const { t } = useI18n();
  const kindText = (r: VoteResult) => {
    const kind = kindKeys[r.kind] ? t(kindKeys[r.kind]) : r.kind;
    const detail = voteDetailText(r);
    return detail ? `${kind} (${detail})` : kind;
  };
  return (
    <section className="vote-results" aria-labelledby="vote-results-title">
      <h2 id="vote-results-title" className="vote-results-title">
        {live ? t('voting.results.live') : t('voting.results.closed')}
      </h2>
      {results.length === 0 ? (
        <p className="muted">{t('voting.results.none')}</p>
      ) : (
        // While open the list scrolls after a few rows: focusable, so a keyboard can scroll it.
        <ol className="vote-results-list" tabIndex={live ? 0 : undefined} aria-label={live ? t('voting.results.live') : undefined}>
          {results.map((r) => (
            <li key={r.id} className="vote-result">
              <span className="vote-result-label">{r.label || t('vote.noText')}</span>
              <span className="vote-result-kind">{kindText(r)}</span>
              <span className="vote-result-count">{t('vote.count', { count: r.votes })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
