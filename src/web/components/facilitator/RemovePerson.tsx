import { useState } from 'react';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

interface Props {
  workshopId: string;
  person: { id: string; name: string };
  onRemoved: () => void;
}

/**
 * Remove, with a confirmation step that says what it does: the person is disconnected at once
 * and cannot come back with their old link or session; what they wrote stays on the boards.
 */
export function RemovePerson({ workshopId, person, onRemoved }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function remove() {
    setBusy(true);
    setError(null);
    try {
      await api.delete(`/api/workshops/${encodeURIComponent(workshopId)}/participants/${encodeURIComponent(person.id)}`);
      onRemoved();
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  if (!confirming) {
    return (
      <button
        type="button"
        className="button button-small button-danger"
        aria-label={`Remove ${person.name}`}
        onClick={() => setConfirming(true)}
      >
        Remove
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-label={`Confirm removing ${person.name}`}>
      <p>
        Remove {person.name} from the workshop? They are disconnected at once and cannot come back with their link; the notes they wrote
        stay.
      </p>
      <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void remove()}>
        Yes, remove
      </button>
      <button type="button" className="button button-small" disabled={busy} onClick={() => setConfirming(false)}>
        Cancel
      </button>
      {error !== null && <ErrorNotice error={error} title={`${person.name} was not removed`} />}
    </div>
  );
}
