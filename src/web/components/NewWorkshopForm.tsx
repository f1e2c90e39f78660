import { useEffect, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { projectNamesProblem } from './projectNames.js';
import { TemplatePicker } from './TemplatePicker.js';
import { WorkshopLanguageField } from './facilitator/WorkshopLanguageField.js';
import newWorkshopMessages from 'virtual:messages/en/workshops.new';
import { addEnglish, messagesIn, msg, translate, useI18n, type Locale, type MessageKey, type MessageValues } from '../i18n/index.js';
import { apiErrorText } from '../i18n/apiErrorText.js';

addEnglish(newWorkshopMessages);

/** The groups a new workshop starts with, one a line, named in a language ("Group 1", "Grŵp 1"). */
function firstGroups(text: (key: MessageKey, values?: MessageValues) => string): string {
  return [1, 2].map((n) => text(msg('workshops.new.groupName'), { n })).join('\n');
}

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
 * The words it is made with (the first groups' names, the template's agenda, the boards' titles)
 * are in the workshop's language when one is chosen (SPEC F6), else in the interface's; they are
 * the workshop's own words from then on, which people edit.
 */
export function NewWorkshopForm({
  initialTitle = '',
  initialCity = '',
  booking,
}: { initialTitle?: string; initialCity?: string; booking?: string } = {}) {
  const { t, locale } = useI18n();
  const [, navigate] = useLocation();
  const [title, setTitle] = useState(initialTitle);
  const [titleMissing, setTitleMissing] = useState(false);
  const [meetingLink, setMeetingLink] = useState('');
  const [city, setCity] = useState(initialCity);
  const [language, setLanguage] = useState<Locale | null>(null);
  const wordsIn = language ?? locale;
  // Two groups to start with, named in the workshop's words until the facilitator edits them.
  const [groups, setGroups] = useState(() => firstGroups(translate));
  const [groupsEdited, setGroupsEdited] = useState(false);
  const [projects, setProjects] = useState('');
  const [template, setTemplate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [projectsProblem, setProjectsProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (groupsEdited) return;
    let current = true;
    messagesIn(wordsIn)
      .then((text) => {
        if (current) setGroups(firstGroups(text));
      })
      // Without that language's catalogue the names stay as they are: the facilitator can still type them.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [wordsIn, groupsEdited]);

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
        language,
        textLanguage: wordsIn,
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
      <WorkshopLanguageField id="nw-language" value={language} onChange={setLanguage} note={t('workshops.new.language.words')} />
      <TemplatePicker value={template} onChange={setTemplate} />
      <div className="field">
        <label htmlFor="nw-groups">{t('workshops.new.groups')}</label>
        <textarea
          id="nw-groups"
          rows={3}
          value={groups}
          onChange={(e) => {
            setGroups(e.target.value);
            setGroupsEdited(true);
          }}
          aria-describedby="nw-groups-hint"
        />
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
