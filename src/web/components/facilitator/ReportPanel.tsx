import { useId, useState } from 'react';

/**
 * The workshop report (GET /api/workshops/:id/report, docs/api.md) as Markdown (a .zip with
 * the map pictures) or PDF, with or without the reflections and people's names.
 */
export function ReportPanel({ workshopId }: { workshopId: string }) {
  const [includeReflection, setIncludeReflection] = useState(false);
  const [includeNames, setIncludeNames] = useState(false);
  const checkboxId = useId();
  const namesId = useId();
  const href = (format: 'md' | 'pdf') =>
    `/api/workshops/${encodeURIComponent(workshopId)}/report?format=${format}&includeReflection=${includeReflection}&includeNames=${includeNames}`;
  return (
    <section className="tool report-panel" aria-labelledby="report-title">
      <h3 id="report-title">Report</h3>
      <p className="hint">
        Every board in one document, to share after the workshop: each map with its picture, findings and notes, each canvas section by
        section with its notes and actions, and who took part by organisation. The Markdown comes as a .zip with the map pictures beside it.
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
      <p className="report-option">
        <input type="checkbox" id={namesId} checked={includeNames} onChange={(event) => setIncludeNames(event.target.checked)} />{' '}
        <label htmlFor={namesId}>Name the people under their organisation (otherwise counts only)</label>
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
