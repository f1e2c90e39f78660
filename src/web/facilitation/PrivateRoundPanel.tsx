import { reflectionColumnLabels } from '../../domain/facilitation/index.js';
import { useLive } from './liveContext.js';
import type { PrivateRoundState } from './usePrivateRound.js';

interface Props {
  round: PrivateRoundState;
  /** The board cannot be written now (locked, observing): no round can start on it. */
  readOnly: boolean;
}

/**
 * A board's private round (SPEC R), above its notes: for a participant, the banner and the
 * notes only they see until the reveal; for a facilitator, how many notes each person holds
 * (never the text) and "Reveal notes", or "Start a private round"; for anyone else, that a
 * round is on.
 */
export function PrivateRoundPanel({ round, readOnly }: Props) {
  const live = useLive();
  const groupName = (id: string | null) => live?.detail.groups.find((g) => g.id === id)?.name ?? 'No group';
  const total = round.counts.reduce((sum, c) => sum + c.notes, 0) + round.anonymousNotes;

  if (!round.open) {
    if (!round.facilitating || readOnly) return null;
    return (
      <div className="private-round">
        <button type="button" className="button" onClick={round.start} disabled={round.busy}>
          Start a private round
        </button>
        <p className="hint">Each person’s new notes stay hidden from everyone, facilitators too, until you reveal them all at once.</p>
        {round.problem && (
          <p role="alert" className="notice notice-error">
            {round.problem}
          </p>
        )}
      </div>
    );
  }

  return (
    <section className="private-round private-round-open" aria-labelledby="private-round-title">
      <p id="private-round-title" role="status" className="notice notice-info">
        {round.holdsBack ? (
          <strong>Private round: only you see your notes until the facilitator reveals them.</strong>
        ) : round.facilitating ? (
          <strong>Private round: notes stay hidden until you reveal them.</strong>
        ) : (
          <strong>Private round: notes appear when the facilitator reveals them.</strong>
        )}
      </p>
      {round.holdsBack && (
        <>
          <h3 className="private-round-heading">Your private notes ({round.notes.length})</h3>
          {round.notes.length === 0 ? (
            <p className="muted">None yet. What you add now stays here until the reveal.</p>
          ) : (
            <ul className="notes private-notes" aria-label="Your private notes">
              {round.notes.map((n) => (
                <li key={n.id} className="note note-private">
                  <p className="note-text">{n.text}</p>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Take back: ${n.text}`}
                    onClick={() => round.takeBack(n.id)}
                    disabled={round.busy}
                  >
                    Take back
                  </button>
                  {(n.column || n.anonymous) && (
                    <p className="note-author">
                      {[n.column ? reflectionColumnLabels[n.column].title : null, n.anonymous ? 'anonymous' : null]
                        .filter(Boolean)
                        .join(' · ')}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {round.facilitating && (
        <>
          <p aria-live="polite">
            {total === 0
              ? 'No notes held back yet.'
              : `${total} ${total === 1 ? 'note' : 'notes'} held back by ${round.writers} ${round.writers === 1 ? 'person' : 'people'}.`}
          </p>
          {total > 0 && (
            <ul className="private-round-counts" aria-label="Notes held back, per person">
              {round.counts.map((c) => (
                <li key={c.participantId}>
                  {c.name} ({groupName(c.groupId)}): {c.notes} {c.notes === 1 ? 'note' : 'notes'}
                </li>
              ))}
              {round.anonymousNotes > 0 && (
                <li>
                  Posted anonymously: {round.anonymousNotes} {round.anonymousNotes === 1 ? 'note' : 'notes'} (nobody is named, not even to
                  you)
                </li>
              )}
            </ul>
          )}
          <button type="button" className="button button-primary" onClick={round.reveal} disabled={round.busy || readOnly}>
            Reveal notes
          </button>
          <p className="hint">Notes you add yourself go on the board, for everyone.</p>
        </>
      )}
      {round.problem && (
        <p role="alert" className="notice notice-error">
          {round.problem}
        </p>
      )}
    </section>
  );
}
