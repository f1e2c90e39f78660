import { useState, type FormEvent } from 'react';
import { Link } from 'wouter';
import { api, isApiError } from '../../api.js';
import type { WorkshopDetail } from '../../apiTypes.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, translate, useI18n } from '../../i18n/index.js';
import { apiErrorText } from '../../i18n/apiErrorText.js';
import { inside, WithInside } from '../../i18n/WithInside.js';

addEnglish(facilitatorMessages);

/** The same limit as a new workshop's title (src/domain/validation.ts). */
const maxTitle = 120;

/** What is wrong with the title as typed, or null; the server checks the same. Called from DuplicateWorkshop, which uses `useI18n`. */
function titleProblem(title: string): string | null {
  const trimmed = title.trim();
  if (!trimmed) return translate('facilitator.duplicate.titleMissing');
  if (trimmed.length > maxTitle) return translate('facilitator.duplicate.titleTooLong', { max: maxTitle });
  return null;
}

/**
 * "Duplicate workshop…" (POST /api/workshops/:id/duplicate): a new workshop the signed-in
 * facilitator owns, with this one's agenda, projects, groups and boards, as the start of the
 * next city's; the boards' contents only when asked, and never the reflections.
 */
export function DuplicateWorkshop({ workshop }: { workshop: { id: string; title: string } }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  // The new workshop's title, to change: "(copy)" in the language of the person who makes it.
  const [title, setTitle] = useState(() => t('facilitator.duplicate.copyTitle', { title: workshop.title }));
  const [withContents, setWithContents] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [made, setMade] = useState<{ id: string; title: string } | null>(null);

  async function duplicate(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const local = titleProblem(title);
    setProblem(local);
    if (local) {
      document.getElementById('duplicate-title')?.focus();
      return;
    }
    setBusy(true);
    try {
      const detail = await api.post<WorkshopDetail>(`/api/workshops/${encodeURIComponent(workshop.id)}/duplicate`, {
        title: title.trim(),
        includeBoardContents: withContents,
      });
      setMade({ id: detail.workshop.id, title: detail.workshop.title });
    } catch (e) {
      if (isApiError(e) && e.code === 'VALIDATION_FAILED') setProblem(apiErrorText(e));
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="tool duplicate-workshop" aria-labelledby="duplicate-workshop-title">
      <h3 id="duplicate-workshop-title">{t('facilitator.duplicate.title')}</h3>
      <p>{t('facilitator.duplicate.intro')}</p>
      {!open ? (
        <button type="button" className="button" onClick={() => setOpen(true)}>
          {t('facilitator.duplicate.open')}
        </button>
      ) : (
        <form onSubmit={(e) => void duplicate(e)} noValidate>
          <div className="field">
            <label htmlFor="duplicate-title">{t('facilitator.duplicate.newTitle')}</label>
            <input
              id="duplicate-title"
              type="text"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
              aria-invalid={problem !== null}
              aria-describedby={problem ? 'duplicate-title-problem' : undefined}
            />
            {problem && (
              <p id="duplicate-title-problem" className="field-error">
                {problem}
              </p>
            )}
          </div>
          <div className="field">
            <label>
              <input type="checkbox" checked={withContents} onChange={(e) => setWithContents(e.target.checked)} />{' '}
              {t('facilitator.duplicate.contents')}
            </label>
            <p className="muted">{t('facilitator.duplicate.reflections')}</p>
          </div>
          <p>
            <button type="submit" className="button" disabled={busy}>
              {busy ? t('facilitator.duplicate.busy') : t('facilitator.duplicate.submit')}
            </button>{' '}
            <button type="button" className="button button-quiet" disabled={busy} onClick={() => setOpen(false)}>
              {t('facilitator.duplicate.cancel')}
            </button>
          </p>
        </form>
      )}
      <p role="status">
        {made && (
          <WithInside message={t('facilitator.duplicate.made', { title: made.title, link: inside })}>
            <Link href={`/w/${encodeURIComponent(made.id)}`}>{t('facilitator.duplicate.openNew')}</Link>
          </WithInside>
        )}
      </p>
      {error !== null && <ErrorNotice error={apiErrorText(error)} title={t('facilitator.duplicate.failed')} />}
    </section>
  );
}
