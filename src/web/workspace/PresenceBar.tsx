import { initialsOf, type Presence } from '../collab/index.js';
import { roleLabels } from '../labels.js';

/**
 * "On this board:" everyone here now: coloured initials beside each name, so colour is never the
 * only cue. With `shown`, only that many initials are drawn and the rest count as "+3" (every
 * name stays in the list for screen readers, and in the count's tooltip).
 */
export function PresenceBar({ people, shown, watching = 0 }: { people: Presence[]; shown?: number; watching?: number }) {
  const limit = shown !== undefined && people.length > shown ? Math.max(0, shown - 1) : people.length;
  const rest = people.slice(limit);
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="presence-title">
        On this board:
      </h2>
      {people.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="presence-list">
          {people.map((p, index) => (
            <li key={p.clientId} className={index < limit ? 'presence-person' : 'presence-person presence-more'}>
              <span className="avatar" style={{ backgroundColor: p.colour }} aria-hidden="true">
                {initialsOf(p.name)}
              </span>
              <span>
                {p.name}
                {p.isMe && ' (you)'}
                {p.role !== 'participant' && <span className="muted"> · {roleLabels[p.role]}</span>}
              </span>
            </li>
          ))}
          {rest.length > 0 && (
            <li className="presence-count" aria-hidden="true" title={rest.map((p) => p.name).join(', ')}>
              +{rest.length}
            </li>
          )}
        </ul>
      )}
      {watching > 0 && <p className="muted presence-watching">{watching} watching</p>}
    </section>
  );
}
