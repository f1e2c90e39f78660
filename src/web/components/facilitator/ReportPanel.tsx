import { useId, useState } from 'react';
import facilitatorMessages from 'virtual:messages/en/facilitator';
import { addEnglish, useI18n } from '../../i18n/index.js';

addEnglish(facilitatorMessages);

/**
 * The workshop report (GET /api/workshops/:id/report, docs/api.md) as Markdown (a .zip with
 * the map pictures) or PDF, with or without the reflections and people's names.
 */
export function ReportPanel({ workshopId }: { workshopId: string }) {
  const { t } = useI18n();
  const [includeReflection, setIncludeReflection] = useState(false);
  const [includeNames, setIncludeNames] = useState(false);
  const checkboxId = useId();
  const namesId = useId();
  const href = (format: 'md' | 'pdf') =>
    `/api/workshops/${encodeURIComponent(workshopId)}/report?format=${format}&includeReflection=${includeReflection}&includeNames=${includeNames}`;
  return (
    <section className="tool report-panel" aria-labelledby="report-title">
      <h3 id="report-title">{t('facilitator.report.title')}</h3>
      <p className="hint">{t('facilitator.report.hint')}</p>
      <p className="report-option">
        <input
          type="checkbox"
          id={checkboxId}
          checked={includeReflection}
          onChange={(event) => setIncludeReflection(event.target.checked)}
        />{' '}
        <label htmlFor={checkboxId}>{t('facilitator.report.reflections')}</label>
      </p>
      <p className="report-option">
        <input type="checkbox" id={namesId} checked={includeNames} onChange={(event) => setIncludeNames(event.target.checked)} />{' '}
        <label htmlFor={namesId}>{t('facilitator.report.names')}</label>
      </p>
      <p className="report-links">
        <a className="button button-small" href={href('md')} download>
          {t('facilitator.report.markdown')}
        </a>{' '}
        <a className="button button-small" href={href('pdf')} download>
          {t('facilitator.report.pdf')}
        </a>
      </p>
    </section>
  );
}
