import { useState } from 'react';
import { api, messageOf } from '../api.js';
import type { AtlasAnswer, AtlasDecision } from './atlasData.js';

/** Posts a decision (accept, reject, split) or takes one back, then has the atlas rebuilt. */
export function useDecide(city: string, reload: () => void) {
  const [error, setError] = useState<string | null>(null);
  const run = (call: Promise<unknown>) =>
    call.then(
      () => {
        setError(null);
        reload();
      },
      (e: unknown) => setError(messageOf(e)),
    );
  return {
    error,
    decide: (kind: AtlasDecision['kind'], a: string, b: string) => run(api.post('/api/atlas/decisions', { city, kind, a, b })),
    undo: (id: string) => run(api.delete(`/api/atlas/decisions/${encodeURIComponent(id)}?city=${encodeURIComponent(city)}`)),
  };
}

/** Near matches with their evidence, to merge or keep apart. */
export function SuggestionsList({
  answer,
  decide,
}: {
  answer: AtlasAnswer;
  decide: (kind: 'accept' | 'reject', a: string, b: string) => void;
}) {
  return (
    <section aria-labelledby="atlas-suggestions" className="atlas-section">
      <h2 id="atlas-suggestions">Suggested merges</h2>
      {answer.suggestions.length === 0 ? (
        <p>No near matches to decide on.</p>
      ) : (
        <ul className="atlas-suggestions">
          {answer.suggestions.slice(0, 50).map((s) => (
            <li key={`${s.a}|${s.b}`} className="card">
              <p>
                <strong>{s.names[0]}</strong> and <strong>{s.names[1]}</strong>{' '}
                <span className="muted">
                  ({s.kind}, score {s.score.toFixed(2)})
                </span>
              </p>
              <p className="muted">
                {s.evidence.acronym ? `Acronym ${s.evidence.acronym}. ` : ''}
                Shared words: {s.evidence.sharedWords.join(', ') || 'none'}. Shared neighbours: {s.evidence.sharedNeighbours.length}. Shared
                datasets: {s.evidence.sharedDatasets.length}.
              </p>
              <button type="button" className="button button-small" onClick={() => decide('accept', s.a, s.b)}>
                Merge {s.names[0]} and {s.names[1]}
              </button>{' '}
              <button type="button" className="button button-small button-quiet" onClick={() => decide('reject', s.a, s.b)}>
                Keep apart
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const kindWords = { accept: 'Merged', reject: 'Kept apart', split: 'Split out' } as const;

/** The city's kept decisions; one whose elements are on no map now is marked stale. */
export function DecisionsList({ answer, undo }: { answer: AtlasAnswer; undo: (id: string) => void }) {
  const stale = new Set(answer.staleDecisions.map((d) => d.id));
  const all = answer.decisions ?? answer.staleDecisions;
  const name = (id: string) => answer.map.actors.find((a) => a.id === id)?.name ?? answer.map.datasets.find((d) => d.id === id)?.name ?? id;
  return (
    <section aria-labelledby="atlas-decisions" className="atlas-section">
      <h2 id="atlas-decisions">Decisions</h2>
      {all.length === 0 ? (
        <p>No decisions yet. Merges you accept or reject, and splits, are kept here and applied to maps made later.</p>
      ) : (
        <ul className="atlas-decisions">
          {all.map((d) => (
            <li key={d.id}>
              {kindWords[d.kind]}: {name(d.a)} · {d.kind === 'split' ? d.b : name(d.b)}{' '}
              {stale.has(d.id) && (
                <span className="badge badge-warning" title="An element it names is on no map now">
                  stale
                </span>
              )}{' '}
              <button type="button" className="button button-small button-quiet" onClick={() => undo(d.id)}>
                Undo
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
