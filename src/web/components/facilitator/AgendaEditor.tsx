import { useEffect, useRef, useState } from 'react';
import { totalMinutes } from '../../../domain/facilitation/index.js';
import { api } from '../../api.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { fromDraft, moved, newDraftActivity, toDraft, type DraftActivity } from './agendaDraft.js';
import { AgendaEditorRow } from './AgendaEditorRow.js';

addEnglish(facilitatorMessages);

/**
 * Edits the agenda: add, remove and reorder activities, set their kind and planned minutes.
 * Nothing changes for others until "Save agenda" (PUT /api/workshops/:id/agenda), which also
 * makes the boards the agenda's group activities need.
 */
export function AgendaEditor({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const saved = detail.workshop.agenda;
  const savedKey = JSON.stringify(saved);
  const [draft, setDraft] = useState<DraftActivity[]>(() => toDraft(saved));
  const [base, setBase] = useState(savedKey);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const dragged = useRef<number | null>(null);
  const focusAfter = useRef<string | null>(null);

  // Someone saved the agenda (maybe another facilitator): start again from what is stored.
  if (base !== savedKey) {
    setBase(savedKey);
    setDraft(toDraft(saved));
  }
  const dirty = JSON.stringify(fromDraft(draft)) !== savedKey;
  const minutes = totalMinutes(fromDraft(draft).map((a) => ({ ...a, minutes: Number.isFinite(a.minutes) ? a.minutes : 0 })));

  // After a move, keep focus on the moved row's button (its node moved in the page).
  useEffect(() => {
    if (!focusAfter.current) return;
    document.getElementById(focusAfter.current)?.focus();
    focusAfter.current = null;
  });

  const change = (i: number, changes: Partial<DraftActivity>) =>
    setDraft((rows) => rows.map((r, j) => (j === i ? { ...r, ...changes } : r)));
  const move = (from: number, to: number) => {
    const row = draft[from];
    if (row) focusAfter.current = `agenda-${to < from ? 'up' : 'down'}-${row.id}`;
    setDraft((rows) => moved(rows, from, to));
    setStatus(row ? t('facilitator.agenda.moved', { title: row.title || t('facilitator.agenda.untitled'), position: to + 1 }) : '');
  };

  async function save() {
    setError(null);
    setBusy(true);
    try {
      await api.put(`/api/workshops/${encodeURIComponent(detail.workshop.id)}/agenda`, { agenda: fromDraft(draft) });
      setStatus(t('facilitator.agenda.saved'));
      onChanged();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tool" aria-labelledby="agenda-editor-title">
      <h3 id="agenda-editor-title">{t('facilitator.agenda.title')}</h3>
      <p className="hint">{t('facilitator.agenda.hint')}</p>
      {draft.length === 0 ? (
        <p className="muted">{t('facilitator.agenda.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="agenda-editor">
            <thead>
              <tr>
                <th scope="col">#</th>
                <th scope="col">{t('facilitator.agenda.activity')}</th>
                <th scope="col">{t('facilitator.agenda.kind')}</th>
                <th scope="col">{t('facilitator.agenda.minutes')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('facilitator.agenda.order')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {draft.map((row, i) => (
                <AgendaEditorRow
                  key={row.id}
                  row={row}
                  index={i}
                  count={draft.length}
                  onChange={(changes) => change(i, changes)}
                  onMove={(to) => move(i, to)}
                  onRemove={() => {
                    setDraft((rows) => rows.filter((_, j) => j !== i));
                    setStatus(t('facilitator.agenda.removed', { title: row.title || t('facilitator.agenda.untitled') }));
                  }}
                  onDragStart={() => (dragged.current = i)}
                  onDropHere={() => {
                    if (dragged.current !== null) move(dragged.current, i);
                    dragged.current = null;
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="muted">
        {t('facilitator.agenda.total', { count: draft.length, hours: Math.floor(minutes / 60), minutes: minutes % 60 })}
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          onClick={() => setDraft((rows) => [...rows, newDraftActivity(t('facilitator.agenda.newActivity'))])}
        >
          {t('facilitator.agenda.add')}
        </button>
        <button type="button" className="button button-primary" disabled={!dirty || busy} onClick={() => void save()}>
          {t('facilitator.agenda.save')}
        </button>
        {dirty && (
          <button type="button" className="button button-quiet" onClick={() => setDraft(toDraft(saved))}>
            {t('facilitator.agenda.discard')}
          </button>
        )}
      </div>
      <p role="status" className="hint">
        {status}
      </p>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.agenda.failed')} />}
    </section>
  );
}
