import { useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { api } from '../api.js';
import type { WorkshopDetail } from '../apiTypes.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';
import { projectNamesProblem } from './projectNames.js';
import { TemplatePicker } from './TemplatePicker.js';

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
  const [, navigate] = useLocation();
  const [title, setTitle] = useState(initialTitle);
  const [meetingLink, setMeetingLink] = useState('');
  const [city, setCity] = useState(initialCity);
  const [groups, setGroups] = useState('Group 1\nGroup 2');
  const [projects, setProjects] = useState('');
  const [template, setTemplate] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [projectsProblem, setProjectsProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!title.trim()) {
      setError('Give the workshop a title.');
      return;
    }
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
      <h2 id="new-workshop-title">New workshop</h2>
      {error !== null && <ErrorNotice error={error} title="The workshop was not created" />}
      <div className="field">
        <label htmlFor="nw-title">Title</label>
        <input id="nw-title" type="text" required maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="nw-meeting">Meeting link (optional)</label>
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
          The video call for an online workshop, starting with https://. People open it from the workshop home.
        </p>
      </div>
      <div className="field">
        <label htmlFor="nw-city">City (optional)</label>
        <input
          id="nw-city"
          type="text"
          maxLength={120}
          value={city}
          onChange={(e) => setCity(e.target.value)}
          aria-describedby="nw-city-hint"
        />
        <p id="nw-city-hint" className="hint">
          The city the workshop belongs to: its maps join that city&rsquo;s atlas.
        </p>
      </div>
      <TemplatePicker value={template} onChange={setTemplate} />
      <div className="field">
        <label htmlFor="nw-groups">Groups</label>
        <textarea id="nw-groups" rows={3} value={groups} onChange={(e) => setGroups(e.target.value)} aria-describedby="nw-groups-hint" />
        <p id="nw-groups-hint" className="hint">
          One group name a line.{' '}
          {template
            ? 'Each group gets its own board for each mapping, canvas and reflection activity of the agenda.'
            : 'Each group gets its own ecosystem map, data ethics canvas and reflection board.'}
        </p>
      </div>
      <div className="field">
        <label htmlFor="nw-projects">Projects</label>
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
          The city projects the workshop examines, one a line. For example: Smart bins, Fire risk model. With several, the groups share them
          out in turn; each group gets the boards for its project.
        </p>
      </div>
      <button type="submit" className="button button-primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create workshop'}
      </button>
    </form>
  );
}
