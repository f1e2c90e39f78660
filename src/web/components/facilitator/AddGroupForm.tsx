import { useState, type FormEvent } from 'react';
import { api } from '../../api.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';

/** Adds a group to the workshop (POST /api/workshops/:id/groups). */
export function AddGroupForm({ workshopId, onAdded }: { workshopId: string; onAdded: () => void }) {
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!name.trim()) {
      setError('Give the group a name.');
      return;
    }
    setBusy(true);
    try {
      await api.post(`/api/workshops/${encodeURIComponent(workshopId)}/groups`, { name: name.trim() });
      setName('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void add(e)} noValidate className="tool inline-form">
      <h3 id="add-group-title">Add a group</h3>
      <div className="field">
        <label htmlFor="add-group-name">Group name</label>
        <input id="add-group-name" type="text" maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
      </div>
      <button type="submit" className="button" disabled={busy}>
        Add group
      </button>
      {error !== null && <ErrorNotice error={error} title="The group was not added" />}
    </form>
  );
}
