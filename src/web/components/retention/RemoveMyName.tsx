import { useState } from 'react';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/**
 * "Remove my name" (SPEC K6): a person who joined by invite takes their name and organisation
 * off the workshop, after saying yes. Their notes stay, without author.
 */
export function RemoveMyName({ name, onRemoved }: { name: string; onRemoved: () => void }) {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(name === '');

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.post('/api/me/remove-name', {});
      setDone(true);
      setAsking(false);
      onRemoved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (done) return <p role="status">Your name and organisation are no longer on this workshop. Others see you as “Participant”.</p>;
  return (
    <div>
      <p>
        Others here see your name and organisation beside your notes. You can take them off at any time: your notes stay, without your name.
      </p>
      {!asking ? (
        <button type="button" className="button" onClick={() => setAsking(true)}>
          Remove my name
        </button>
      ) : (
        <div role="group" aria-labelledby="remove-name-question">
          <p id="remove-name-question">
            <strong>Remove “{name}” and your organisation from this workshop?</strong> This cannot be undone.
          </p>
          <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
            Yes, remove my name
          </button>{' '}
          <button type="button" className="button button-quiet" disabled={busy} onClick={() => setAsking(false)}>
            Cancel
          </button>
        </div>
      )}
      {error !== null && <ErrorNotice error={error} title="Your name was not removed" />}
    </div>
  );
}
