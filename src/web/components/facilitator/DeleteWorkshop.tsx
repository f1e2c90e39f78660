import { useState } from 'react';
import { useLocation } from 'wouter';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/**
 * The owner deletes the workshop and everything in it (DELETE /api/workshops/:id), after a
 * second, explicit "yes". Everyone on its boards is disconnected; the server keeps nothing.
 */
export function DeleteWorkshop({ workshop }: { workshop: { id: string; title: string } }) {
  const [, navigate] = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/workshops/${encodeURIComponent(workshop.id)}`);
      navigate('/facilitator');
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <section className="tool delete-workshop" aria-labelledby="delete-workshop-title">
      <h3 id="delete-workshop-title">Delete this workshop</h3>
      <p>
        Deletes the workshop and everything in it: its boards with every map, canvas, note and reflection, the names and organisations of
        everyone who joined, and its invite links. Anyone on its boards is disconnected. It cannot be undone: export or download a report of
        what you want to keep first.
      </p>
      {confirming ? (
        <div className="delete-workshop-confirm" role="group" aria-label="Confirm deleting the workshop">
          <p>
            <strong>Delete “{workshop.title}” and everything in it, for good?</strong>
          </p>
          <p>
            <button type="button" className="button button-danger" disabled={busy} onClick={() => void remove()}>
              {busy ? 'Deleting…' : 'Yes, delete it for good'}
            </button>{' '}
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </p>
        </div>
      ) : (
        <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
          Delete workshop…
        </button>
      )}
      {error !== null && <ErrorNotice error={error} title="The workshop was not deleted" />}
    </section>
  );
}
