import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { projectNamesProblem } from './projectNames.js';
import { TemplatePicker } from './TemplatePicker.js';
import newWorkshopMessages from 'virtual:messages/en/workshops.new';
import { addEnglish, useI18n } from '../i18n/index.js';
import { apiErrorText } from '../i18n/apiErrorText.js';

addEnglish(newWorkshopMessages);

/** One name a line, blank lines dropped. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

/**
 * Creates a workshop (POST /api/workshops), from a template or from scratch, and opens its home. Each group gets its boards.
 * `initialTitle` and `initialCity` fill the title and city in (a booking request's "Make a workshop"); `booking`
 * is that request's id: the server schedules it and links it to the new workshop (SPEC B7).
 */
export function NewWorkshopForm({
  initialTitle = '',
  initialCity = '',
  booking,
}: { initialTitle?: string; initialCity?: string; booking?: string } = {}) {
  const { t } = useI18n();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState(initialTitle);
  const [titleMissing, setTitleMissing] = useState(false);
  const [meetingLink, setMeetingLink] = useState('');
  const [city, setCity] = useState(initialCity);
  // Two groups to start with, named in the language of the person who makes the workshop.
  const [groups, setGroups] = useState(() => [1, 2].map((n) => t('workshops.new.groupName', { n })).join('\n'));
  const [projects, setProjects] = useState('');
  const [template, setTemplate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [projectsProblem, setProjectsProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setTitleMissing(!title.trim());
    if (!title.trim()) return;
    const problem = projectNamesProblem(lines(projects));
    setProjectsProblem(problem);
    if (problem) {
      document.getElementById('nw-projects')?.focus();
      return;
    }
    setBusy(true);
    try {
      const detail = await api.post<WorkshopDetail>('/api/workshops', {
        title: title.trim(),
        meetingLink: meetingLink.trim() || null,
        city: city.trim() || null,
        groups: lines(groups),
        projects: lines(projects),
        template: template || null,
        ...(booking ? { booking } : {}),
      });
      navigate(`/w/${encodeURIComponent(detail.workshop.id)}`);
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void create(e)} noValidate>
      <h2 id="new-workshop-title">{t('workshops.new.title')}</h2>
      {(titleMissing || error !== null) && (
        <ErrorNotice error={titleMissing ? t('workshops.new.titleMissing') : apiErrorText(error)} title={t('workshops.new.failed')} />
      )}
      <div className="field">
        <label htmlFor="nw-title">{t('workshops.new.workshopTitle')}</label>
        <input id="nw-title" type="text" required maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="nw-meeting">{t('workshops.new.meetingLink')}</label>
        <input
          id="nw-meeting"
          type="url"
          inputMode="url"
          maxLength={500}
          value={meetingLink}
          onChange={(e) => setMeetingLink(e.target.value)}
          aria-describedby="nw-meeting-hint"
        />
        <p id="nw-meeting-hint" className="hint">
          {t('workshops.new.meetingLink.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="nw-city">{t('workshops.new.city')}</label>
        <input
          id="nw-city"
          type="text"
          maxLength={120}
          value={city}
          onChange={(e) => setCity(e.target.value)}
          aria-describedby="nw-city-hint"
        />
        <p id="nw-city-hint" className="hint">
          {t('workshops.new.city.hint')}
        </p>
      </div>
      <TemplatePicker value={template} onChange={setTemplate} />
      <div className="field">
        <label htmlFor="nw-groups">{t('workshops.new.groups')}</label>
        <textarea id="nw-groups" rows={3} value={groups} onChange={(e) => setGroups(e.target.value)} aria-describedby="nw-groups-hint" />
        <p id="nw-groups-hint" className="hint">
          {template ? t('workshops.new.groups.hintTemplate') : t('workshops.new.groups.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="nw-projects">{t('workshops.new.projects')}</label>
        <textarea
          id="nw-projects"
          rows={3}
          value={projects}
          onChange={(e) => {
            setProjects(e.target.value);
            if (projectsProblem) setProjectsProblem(projectNamesProblem(lines(e.target.value)));
          }}
          aria-invalid={projectsProblem !== null}
          aria-describedby={projectsProblem ? 'nw-projects-problem nw-projects-hint' : 'nw-projects-hint'}
        />
        {projectsProblem && (
          <p id="nw-projects-problem" className="field-error">
            {projectsProblem}
          </p>
        )}
        <p id="nw-projects-hint" className="hint">
          {t('workshops.new.projects.hint')}
        </p>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? t('workshops.new.busy') : t('workshops.new.submit')}
      </button>
    </form>
  );
}
