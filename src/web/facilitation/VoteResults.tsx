import { votableKindText, type VoteResult } from '../../domain/facilitation/index.js';

/** A round's results: the items with votes, most first, each with its kind and count. */
export function VoteResults({ results, live }: { results: VoteResult[]; live: boolean }) {
  return (
    <section className="vote-results" aria-labelledby="vote-results-title">
      <h2 id="vote-results-title" className="vote-results-title">
        {live ? 'Votes so far' : 'Voting results'}
      </h2>
      {results.length === 0 ? (
        <p className="muted">No votes yet.</p>
      ) : (
        // While open the list scrolls after a few rows: focusable, so a keyboard can scroll it.
        <ol className="vote-results-list" tabIndex={live ? 0 : undefined} aria-label={live ? 'Votes so far' : undefined}>
          {results.map((r) => (
            <li key={r.id} className="vote-result">
              <span className="vote-result-label">{r.label || '(no text)'}</span>
              <span className="vote-result-kind">{votableKindText(r)}</span>
              <span className="vote-result-count">
                {r.votes} {r.votes === 1 ? 'vote' : 'votes'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
