import { useId, useState } from 'react';

/** The workshop report (GET /api/workshops/:id/report, docs/api.md) as Markdown or PDF, with or without the reflections. */
export function ReportPanel({ workshopId }: { workshopId: string }) {
  const [includeReflection, setIncludeReflection] = useState(false);
  const checkboxId = useId();
  const href = (format: 'md' | 'pdf') =>
    `/api/workshops/${encodeURIComponent(workshopId)}/report?format=${format}&includeReflection=${includeReflection}`;
  return (
    <section className="tool report-panel" aria-labelledby={`${checkboxId}-title`}>
      <h3 id={`${checkboxId}-title`}>Report</h3>
      <p className="hint">
        Every board in one document, to share after the workshop: each map with its picture and findings, each canvas with its progress and
        most-voted notes.
      </p>
      <p className="report-option">
        <input
          type="checkbox"
          id={checkboxId}
          checked={includeReflection}
          onChange={(event) => setIncludeReflection(event.target.checked)}
        />{' '}
        <label htmlFor={checkboxId}>Include the groups’ reflections (without names)</label>
      </p>
      <p className="report-links">
        <a className="button button-small" href={href('md')} download>
          Download report (Markdown)
        </a>{' '}
        <a className="button button-small" href={href('pdf')} download>
          Download report (PDF)
        </a>
      </p>
    </section>
  );
}
