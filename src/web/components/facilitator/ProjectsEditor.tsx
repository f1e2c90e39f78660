import { useState, type FormEvent } from 'react';
import { api } from '../../api.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { maxProjectTitle, projectNamesProblem } from '../projectNames.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';

addEnglish(facilitatorMessages);

/**
 * The workshop's projects and which one each group works on. Adding a project
 * (POST .../projects) or giving a group another (PUT .../groups/:gid/project) makes the boards
 * then missing; a group that changes project keeps the boards of its first one.
 */
export function ProjectsEditor({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const workshopId = encodeURIComponent(detail.workshop.id);
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const existing = detail.projects.map((p) => p.title);

  async function run(what: () => Promise<unknown>, done: string) {
    setBusy(true);
    setError(null);
    try {
      await what();
      setStatus(done);
      onChanged();
    } catch (e) {
      setError(e);
      setStatus('');
    } finally {
      setBusy(false);
    }
  }

  function add(event: FormEvent) {
    event.preventDefault();
    const name = title.trim();
    const found = projectNamesProblem([name], existing);
    setProblem(found);
    if (found) return;
    void run(
      async () => {
        await api.post(`/api/workshops/${workshopId}/projects`, { title: name });
        setTitle('');
      },
      t('facilitator.projects.added', { name }),
    );
  }

  function choose(groupId: string, projectId: string) {
    const group = detail.groups.find((g) => g.id === groupId);
    const project = detail.projects.find((p) => p.id === projectId);
    if (!group || !project || group.projectId === projectId) return;
    void run(
      () => api.put(`/api/workshops/${workshopId}/groups/${encodeURIComponent(groupId)}/project`, { projectId }),
      t('facilitator.projects.chosen', { group: group.name, project: project.title }),
    );
  }

  function spread() {
    void run(() => api.post(`/api/workshops/${workshopId}/projects/spread`, {}), t('facilitator.projects.spread'));
  }

  return (
    <section className="tool" aria-labelledby="projects-editor-title">
      <h3 id="projects-editor-title">{t('facilitator.projects.title')}</h3>
      {detail.projects.length === 0 ? (
        <p className="muted">{t('facilitator.projects.none')}</p>
      ) : (
        <ul className="project-groups">
          {detail.groups.map((g) => (
            <li key={g.id} className="inline-row">
              <label htmlFor={`project-for-${g.id}`}>{t('facilitator.projects.for', { group: g.name })}</label>
              <select id={`project-for-${g.id}`} value={g.projectId ?? ''} disabled={busy} onChange={(e) => choose(g.id, e.target.value)}>
                {detail.projects.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
      {detail.projects.length > 1 && detail.groups.length > 1 && (
        <p>
          <button type="button" className="button" disabled={busy} onClick={spread}>
            {t('facilitator.projects.spreadButton')}
          </button>
        </p>
      )}
      <form className="inline-row" onSubmit={add} noValidate>
        <div className="field">
          <label htmlFor="add-project-title">{t('facilitator.projects.name')}</label>
          <input
            id="add-project-title"
            type="text"
            value={title}
            onChange={(e) => {
              setTitle(e.target.value);
              if (problem) setProblem(projectNamesProblem([e.target.value], existing));
            }}
            aria-invalid={problem !== null}
            aria-describedby={problem ? 'add-project-problem' : undefined}
            maxLength={maxProjectTitle + 1}
          />
          {problem && (
            <p id="add-project-problem" className="field-error">
              {problem}
            </p>
          )}
        </div>
        <button type="submit" className="button" disabled={busy}>
          {t('facilitator.projects.add')}
        </button>
      </form>
      <p role="status" className="projects-status">
        {status}
      </p>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.projects.failed')} />}
    </section>
  );
}
