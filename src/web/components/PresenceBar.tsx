import { initialsOf, type Presence } from '../collab/index.js';
import { roleLabels } from '../labels.js';

/** "On this board:" everyone here now: coloured initials beside each name, so colour is never the only cue. */
export function PresenceBar({ people }: { people: Presence[] }) {
  return (
    <section className="presence" aria-labelledby="presence-title">
      <h2 id="presence-title" className="presence-title">
        On this board:
      </h2>
      {people.length === 0 ? (
        <p className="muted">Nobody yet.</p>
      ) : (
        <ul className="presence-list">
          {people.map((p) => (
            <li key={p.clientId} className="presence-person">
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
        </ul>
      )}
    </section>
  );
}
