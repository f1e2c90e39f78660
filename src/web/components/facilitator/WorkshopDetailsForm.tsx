import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../api.js';
import { deletionDate } from '../retention/deletionDate.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import type { Locale } from '../../i18n/index.js';
import { WorkshopLanguageField } from './WorkshopLanguageField.js';

/** Changes the workshop's title, description, meeting link, city, language and retention (PATCH /api/workshops/:id). */
export function WorkshopDetailsForm({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const { workshop, retention } = detail;
  const [title, setTitle] = useState(workshop.title);
  const [description, setDescription] = useState(workshop.description);
  const [meetingLink, setMeetingLink] = useState(workshop.meetingLink ?? '');
  const [city, setCity] = useState(workshop.city ?? '');
  const [language, setLanguage] = useState<Locale | null>(workshop.language);
  const [months, setMonths] = useState(retention ? String(retention.months) : '');
  const [monthsProblem, setMonthsProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setMonthsProblem(null);
    setSaved(false);
    if (!title.trim()) {
      setError('Give the workshop a title.');
      return;
    }
    setBusy(true);
    try {
      await api.patch(`/api/workshops/${encodeURIComponent(workshop.id)}`, {
        title: title.trim(),
        description: description.trim(),
        meetingLink: meetingLink.trim() || null,
        city: city.trim() || null,
        language,
        // Checked by the server against the installation's limits; a problem comes back naming the field.
        ...(retention && months.trim() !== '' ? { retentionMonths: Number(months) } : {}),
      });
      setSaved(true);
      onChanged();
    } catch (e) {
      const field = 'retentionMonths: ';
      // The server's detail, without the general advice that follows it ("…36. Some fields are…").
      if (isApiError(e) && e.code === 'VALIDATION_FAILED' && e.message.startsWith(field))
        setMonthsProblem(`The period ${e.message.slice(field.length).split('. ')[0]}.`);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="tool inline-form">
      <h3 id="details-title">Workshop details</h3>
      <div className="field">
        <label htmlFor="wd-title">Workshop title</label>
        <input id="wd-title" type="text" maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="wd-description">Description</label>
        <textarea id="wd-description" rows={2} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="wd-meeting">Meeting link</label>
        <input
          id="wd-meeting"
          type="url"
          inputMode="url"
          maxLength={500}
          value={meetingLink}
          onChange={(e) => setMeetingLink(e.target.value)}
          aria-describedby="wd-meeting-hint"
        />
        <p id="wd-meeting-hint" className="hint">
          The video call, starting with https://. Leave it empty for a workshop in a room.
        </p>
      </div>
      <div className="field">
        <label htmlFor="wd-city">City</label>
        <input
          id="wd-city"
          type="text"
          maxLength={120}
          value={city}
          onChange={(e) => setCity(e.target.value)}
          aria-describedby="wd-city-hint"
        />
        <p id="wd-city-hint" className="hint">
          The city the workshop belongs to: its maps join that city&rsquo;s atlas. Leave it empty for none.
        </p>
      </div>
      <WorkshopLanguageField value={language} onChange={setLanguage} />
      {retention && (
        <div className="field">
          <label htmlFor="wd-retention">Keep for (months)</label>
          <input
            id="wd-retention"
            type="number"
            inputMode="numeric"
            min={retention.minMonths}
            max={retention.maxMonths}
            step={1}
            value={months}
            onChange={(e) => setMonths(e.target.value)}
            aria-invalid={monthsProblem !== null}
            aria-describedby={monthsProblem ? 'wd-retention-problem wd-retention-hint' : 'wd-retention-hint'}
          />
          {monthsProblem && (
            <p id="wd-retention-problem" className="field-error" role="alert">
              {monthsProblem}
            </p>
          )}
          <p id="wd-retention-hint" className="hint">
            The workshop, its boards and the names of the people in it are deleted this many months after its last activity (
            {retention.minMonths} to {retention.maxMonths}). Now: on {deletionDate(retention.deleteOn)}.
          </p>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        Save details
      </button>
      <span role="status" className="copy-status">
        {saved ? ' Saved.' : ''}
      </span>
      {error !== null && <ErrorNotice error={error} title="The details were not saved" />}
    </form>
  );
}
