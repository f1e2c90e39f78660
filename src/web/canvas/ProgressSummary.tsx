import { progress, sectionStatuses, sectionStatusLabels, type Canvas } from '../../domain/canvas/index.js';

/**
 * How far the group has got, in one sentence ("6 of 15 sections discussed, 2 done; 3 open
 * actions") with a bar beside it. The bar only repeats the sentence, so it is hidden from
 * screen readers; its segments carry the same shapes as the section statuses.
 */
export function ProgressSummary({ canvas }: { canvas: Canvas }) {
  const p = progress(canvas);
  const needAction = p.byStatus['action-needed'];
  const sentence =
    `${p.started} of ${p.sections} sections discussed, ${p.done} done` +
    (needAction > 0 ? `, ${needAction} ${needAction === 1 ? 'needs' : 'need'} action` : '') +
    `; ${p.actions.open} open ${p.actions.open === 1 ? 'action' : 'actions'}`;
  return (
    <div className="canvas-progress">
      <p className="canvas-progress-text">{sentence}</p>
      <div
        className="canvas-progress-bar"
        aria-hidden="true"
        title={sectionStatuses.map((s) => `${sectionStatusLabels[s]}: ${p.byStatus[s]}`).join(', ')}
      >
        {sectionStatuses
          .filter((s) => s !== 'not-started')
          .map((s) => (
            <span key={s} className={`canvas-progress-segment status-${s}`} style={{ flexGrow: p.byStatus[s] }} />
          ))}
        <span className="canvas-progress-segment status-not-started" style={{ flexGrow: p.byStatus['not-started'] }} />
      </div>
    </div>
  );
}
