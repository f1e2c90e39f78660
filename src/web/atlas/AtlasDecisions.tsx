import atlasMessages from 'virtual:messages/en/atlas';
import { useState } from 'react';
import { api } from '../api.js';
import { addEnglish, i18n, useI18n } from '../i18n/index.js';
import { inside, insideSecond, WithInside } from '../i18n/WithInside.js';
import type { AtlasAnswer, AtlasDecision, AtlasSuggestion } from './atlasData.js';

addEnglish(atlasMessages);

/** Posts a decision (accept, reject, split) or takes one back, then has the atlas rebuilt. Its error is shown with `apiErrorText`. */
export function useDecide(city: string, reload: () => void) {
  const [error, setError] = useState<unknown>(null);
  const run = (call: Promise<unknown>) =>
    call.then(
      () => {
        setError(null);
        reload();
      },
      (e: unknown) => setError(e),
    );
  return {
    error,
    decide: (kind: AtlasDecision['kind'], a: string, b: string) => run(api.post('/api/atlas/decisions', { city, kind, a, b })),
    undo: (id: string) => run(api.delete(`/api/atlas/decisions/${encodeURIComponent(id)}?city=${encodeURIComponent(city)}`)),
  };
}

/** One near match: the two names in bold, its score and evidence, merge or keep apart. */
function Suggestion({ s, decide }: { s: AtlasSuggestion; decide: (kind: 'accept' | 'reject', a: string, b: string) => void }) {
  const { t } = useI18n();
  const [a, b] = s.names;
  const { evidence } = s;
  const score = i18n.number(s.score, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return (
    <li className="card">
      <p>
        <WithInside message={t('atlas.suggestion.pair', { a: inside, b: insideSecond })} second={<strong>{b}</strong>}>
          <strong>{a}</strong>
        </WithInside>{' '}
        <span className="muted">
          {s.kind === 'dataset' ? t('atlas.suggestion.score.dataset', { score }) : t('atlas.suggestion.score.actor', { score })}
        </span>
      </p>
      <p className="muted">
        {evidence.acronym ? `${t('atlas.suggestion.acronym', { acronym: evidence.acronym })} ` : ''}
        {t('atlas.suggestion.evidence', {
          words: evidence.sharedWords.join(', ') || t('atlas.suggestion.noWords'),
          neighbours: evidence.sharedNeighbours.length,
          datasets: evidence.sharedDatasets.length,
        })}
      </p>
      <button type="button" className="button button-small" onClick={() => decide('accept', s.a, s.b)}>
        {t('atlas.suggestion.merge', { a, b })}
      </button>{' '}
      <button type="button" className="button button-small button-quiet" onClick={() => decide('reject', s.a, s.b)}>
        {t('atlas.suggestion.keepApart')}
      </button>
    </li>
  );
}

/** Near matches with their evidence, to merge or keep apart. */
export function SuggestionsList({
  answer,
  decide,
}: {
  answer: AtlasAnswer;
  decide: (kind: 'accept' | 'reject', a: string, b: string) => void;
}) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="atlas-suggestions" className="atlas-section">
      <h2 id="atlas-suggestions">{t('atlas.suggestions.title')}</h2>
      {answer.suggestions.length === 0 ? (
        <p>{t('atlas.suggestions.none')}</p>
      ) : (
        <ul className="atlas-suggestions">
          {answer.suggestions.slice(0, 50).map((s) => (
            <Suggestion key={`${s.a}|${s.b}`} s={s} decide={decide} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** The city's kept decisions; one whose elements are on no map now is marked stale. */
export function DecisionsList({ answer, undo }: { answer: AtlasAnswer; undo: (id: string) => void }) {
  const { t } = useI18n();
  const stale = new Set(answer.staleDecisions.map((d) => d.id));
  const all = answer.decisions ?? answer.staleDecisions;
  const name = (id: string) => answer.map.actors.find((a) => a.id === id)?.name ?? answer.map.datasets.find((d) => d.id === id)?.name ?? id;
  return (
    <section aria-labelledby="atlas-decisions" className="atlas-section">
      <h2 id="atlas-decisions">{t('atlas.decisions.title')}</h2>
      {all.length === 0 ? (
        <p>{t('atlas.decisions.none')}</p>
      ) : (
        <ul className="atlas-decisions">
          {all.map((d) => (
            <li key={d.id}>
              {t('atlas.decision', { kind: d.kind, a: name(d.a), b: d.kind === 'split' ? d.b : name(d.b) })}{' '}
              {stale.has(d.id) && (
                <span className="badge badge-warning" title={t('atlas.decision.staleWhy')}>
                  {t('atlas.decision.stale')}
                </span>
              )}{' '}
              <button type="button" className="button button-small button-quiet" onClick={() => undo(d.id)}>
                {t('atlas.decision.undo')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
