import { useState, type FormEvent } from 'react';
import { api } from '../../api.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../ErrorNotice.js';
import { GroupCard } from './GroupCard.js';

/**
 * Who is in which group: made automatically for a number of groups (organisations spread
 * across them, POST .../groups/assign), or person by person (PUT .../participants/:pid/group).
 * Only participants are put in groups; facilitators and observers see every group.
 */
export function GroupsEditor({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const workshopId = encodeURIComponent(detail.workshop.id);
  const people = detail.participants.filter((p) => p.role === 'participant');
  const [count, setCount] = useState(String(Math.max(2, detail.groups.length)));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  async function act(what: () => Promise<WorkshopDetail>, done: (answer: WorkshopDetail) => string) {
    setBusy(true);
    setError(null);
    try {
      setStatus(done(await what()));
      onChanged();
    } catch (e) {
      setError(e);
      setStatus('');
    } finally {
      setBusy(false);
    }
  }

  function assign(event: FormEvent) {
    event.preventDefault();
    const groupCount = Number(count);
    void act(
      () => api.post<WorkshopDetail>(`/api/workshops/${workshopId}/groups/assign`, { groupCount }),
      (answer) => {
        const placed = answer.participants.filter((p) => p.role === 'participant' && p.groupId).length;
        return `Groups made: ${placed} ${placed === 1 ? 'person' : 'people'} in ${groupCount} ${groupCount === 1 ? 'group' : 'groups'}, organisations spread across them.`;
      },
    );
  }

  function move(personId: string, groupId: string | null) {
    const person = people.find((p) => p.id === personId);
    if (!person || person.groupId === groupId) return;
    const name = detail.groups.find((g) => g.id === groupId)?.name ?? 'no group';
    void act(
      () => api.put<WorkshopDetail>(`/api/workshops/${workshopId}/participants/${encodeURIComponent(personId)}/group`, { groupId }),
      () => `${person.name} is now in ${name}.`,
    );
  }

  const unplaced = people.filter((p) => !p.groupId || !detail.groups.some((g) => g.id === p.groupId));
  return (
    <section className="tool" aria-labelledby="groups-editor-title">
      <h3 id="groups-editor-title">Groups</h3>
      <form className="inline-row" onSubmit={assign} noValidate>
        <div className="field field-narrow">
          <label htmlFor="group-count">Number of groups</label>
          <input
            id="group-count"
            type="number"
            inputMode="numeric"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(e.target.value)}
          />
        </div>
        <button type="submit" className="button" disabled={busy || people.length === 0}>
          Make groups automatically
        </button>
      </form>
      <p className="hint">
        Spreads people so that colleagues from one organisation meet people from others. It replaces everyone’s current group; then move
        people by hand with their Group list, or drag them.
      </p>
      <p role="status" className="groups-status">
        {status}
      </p>
      {error !== null && <ErrorNotice error={error} title="The groups were not changed" />}
      {people.length === 0 ? (
        <p className="muted">No participants have joined yet.</p>
      ) : (
        <div className="group-cards">
          {detail.groups.map((g) => (
            <GroupCard
              key={g.id}
              group={g}
              members={people.filter((p) => p.groupId === g.id)}
              groups={detail.groups}
              busy={busy}
              onMove={move}
            />
          ))}
          {unplaced.length > 0 && <GroupCard group={null} members={unplaced} groups={detail.groups} busy={busy} onMove={move} />}
        </div>
      )}
    </section>
  );
}
