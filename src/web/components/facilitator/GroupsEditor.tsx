import { useState, type FormEvent } from 'react';
import { api } from '../../api.js';
import type { RegroupPreview, WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { GroupCard } from './GroupCard.js';
import { RegroupConfirm } from './RegroupConfirm.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

/**
 * Who is in which group: made automatically for a number of groups (organisations spread
 * across them), or person by person (PUT .../participants/:pid/group). Automatic grouping asks
 * first: it shows who would move (POST .../groups/assign/preview) and applies exactly that
 * only when the facilitator confirms (POST .../groups/assign with the previewed groups).
 * Only participants are put in groups; facilitators and observers see every group.
 */
export function GroupsEditor({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const workshopId = encodeURIComponent(detail.workshop.id);
  const people = detail.participants.filter((p) => p.role === 'participant');
  const [count, setCount] = useState(String(Math.max(2, detail.groups.length)));
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [preview, setPreview] = useState<RegroupPreview | null>(null);

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

  function ask(event: FormEvent) {
    event.preventDefault();
    const groupCount = Number(count);
    void act(
      async () => {
        setPreview(await api.post<RegroupPreview>(`/api/workshops/${workshopId}/groups/assign/preview`, { groupCount }));
        return detail;
      },
      () => '',
    );
  }

  function confirm(plan: RegroupPreview) {
    setPreview(null);
    void act(
      () => api.post<WorkshopDetail>(`/api/workshops/${workshopId}/groups/assign`, { groupCount: plan.groupCount, groups: plan.groups }),
      (answer) => {
        const placed = answer.participants.filter((p) => p.role === 'participant' && p.groupId).length;
        const moved = plan.moves.length;
        return t('facilitator.groups.made', { placed, groups: plan.groupCount, moved });
      },
    );
  }

  function move(personId: string, groupId: string | null) {
    const person = people.find((p) => p.id === personId);
    if (!person || person.groupId === groupId) return;
    const group = detail.groups.find((g) => g.id === groupId)?.name;
    void act(
      () => api.put<WorkshopDetail>(`/api/workshops/${workshopId}/participants/${encodeURIComponent(personId)}/group`, { groupId }),
      () =>
        group === undefined
          ? t('facilitator.groups.movedOut', { name: person.name })
          : t('facilitator.groups.movedTo', { name: person.name, group }),
    );
  }

  const unplaced = people.filter((p) => !p.groupId || !detail.groups.some((g) => g.id === p.groupId));
  return (
    <section className="tool" aria-labelledby="groups-editor-title">
      <h3 id="groups-editor-title">{t('facilitator.groups.title')}</h3>
      <form className="inline-row" onSubmit={ask} noValidate>
        <div className="field field-narrow">
          <label htmlFor="group-count">{t('facilitator.groups.count')}</label>
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
        <button type="submit" className="button" disabled={busy || people.length === 0 || preview !== null}>
          {t('facilitator.groups.make')}
        </button>
      </form>
      <p className="hint">{t('facilitator.groups.hint')}</p>
      {preview && <RegroupConfirm preview={preview} busy={busy} onConfirm={() => confirm(preview)} onCancel={() => setPreview(null)} />}
      <p role="status" className="groups-status">
        {status}
      </p>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.groups.failed')} />}
      {people.length === 0 ? (
        <p className="muted">{t('facilitator.groups.nobody')}</p>
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
