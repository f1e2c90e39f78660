import { useState, type FormEvent } from 'react';
import { api, isApiError } from '../../api.js';
import { deletionDate } from '../retention/deletionDate.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, msg, useI18n, type Locale, type MessageKey } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { WorkshopLanguageField } from './WorkshopLanguageField.js';

addEnglish(facilitatorMessages);

/** Changes the workshop's title, description, meeting link, city, language and retention (PATCH /api/workshops/:id). */
export function WorkshopDetailsForm({ detail, onChanged }: { detail: WorkshopDetail; onChanged: () => void }) {
  const { t } = useI18n();
  const { workshop, retention } = detail;
  const [title, setTitle] = useState(workshop.title);
  const [description, setDescription] = useState(workshop.description);
  const [meetingLink, setMeetingLink] = useState(workshop.meetingLink ?? '');
  const [city, setCity] = useState(workshop.city ?? '');
  const [language, setLanguage] = useState<Locale | null>(workshop.language);
  const [months, setMonths] = useState(retention ? String(retention.months) : '');
  const [monthsProblem, setMonthsProblem] = useState(false);
  const [problem, setProblem] = useState<MessageKey | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(null);
    setProblem(null);
    setMonthsProblem(false);
    setSaved(false);
    if (!title.trim()) {
      setProblem(msg('facilitator.details.titleMissing'));
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
      // The server names the field; the form says its rule in the person's language (the limits are the installation's).
      if (isApiError(e) && e.code === 'VALIDATION_FAILED' && e.message.startsWith('retentionMonths: ')) setMonthsProblem(true);
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} noValidate className="tool inline-form">
      <h3 id="details-title">{t('facilitator.details.title')}</h3>
      <div className="field">
        <label htmlFor="wd-title">{t('facilitator.details.workshopTitle')}</label>
        <input id="wd-title" type="text" maxLength={120} value={title} onChange={(e) => setTitle(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="wd-description">{t('facilitator.details.description')}</label>
        <textarea id="wd-description" rows={2} maxLength={2000} value={description} onChange={(e) => setDescription(e.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="wd-meeting">{t('facilitator.details.meetingLink')}</label>
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
          {t('facilitator.details.meetingLink.hint')}
        </p>
      </div>
      <div className="field">
        <label htmlFor="wd-city">{t('facilitator.details.city')}</label>
        <input
          id="wd-city"
          type="text"
          maxLength={120}
          value={city}
          onChange={(e) => setCity(e.target.value)}
          aria-describedby="wd-city-hint"
        />
        <p id="wd-city-hint" className="hint">
          {t('facilitator.details.city.hint')}
        </p>
      </div>
      <WorkshopLanguageField value={language} onChange={setLanguage} />
      {retention && (
        <div className="field">
          <label htmlFor="wd-retention">{t('facilitator.details.months')}</label>
          <input
            id="wd-retention"
            type="number"
            inputMode="numeric"
            min={retention.minMonths}
            max={retention.maxMonths}
            step={1}
            value={months}
            onChange={(e) => setMonths(e.target.value)}
            aria-invalid={monthsProblem}
            aria-describedby={monthsProblem ? 'wd-retention-problem wd-retention-hint' : 'wd-retention-hint'}
          />
          {monthsProblem && (
            <p id="wd-retention-problem" className="field-error" role="alert">
              {t('facilitator.details.months.problem', { min: retention.minMonths, max: retention.maxMonths })}
            </p>
          )}
          <p id="wd-retention-hint" className="hint">
            {t('facilitator.details.months.hint', {
              min: retention.minMonths,
              max: retention.maxMonths,
              date: deletionDate(retention.deleteOn),
            })}
          </p>
        </div>
      )}
      <button type="submit" className="button" disabled={busy}>
        {t('facilitator.details.save')}
      </button>
      <span role="status" className="copy-status">
        {saved ? ` ${t('facilitator.details.saved')}` : ''}
      </span>
      {(problem !== null || error !== null) && (
        <ErrorNotice error={problem ? t(problem) : apiErrorText(error)} title={t('facilitator.details.failed')} />
      )}
    </form>
  );
}
