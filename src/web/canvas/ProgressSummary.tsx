import canvasMessages from 'virtual:messages/en/canvas';
import { progress, sectionStatuses, type Canvas } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { statusName } from './canvasText.js';

addEnglish(canvasMessages);

/**
 * How far the group has got, in one sentence ("6 of 15 sections discussed, 2 done; 3 open
 * actions") with a bar beside it. The bar only repeats the sentence, so it is hidden from
 * screen readers; its segments carry the same shapes as the section statuses.
 */
export function ProgressSummary({ canvas }: { canvas: Canvas }) {
  const { t } = useI18n();
  const p = progress(canvas);
  const needAction = p.byStatus['action-needed'];
  const counts = { started: p.started, sections: p.sections, done: p.done, open: p.actions.open };
  const sentence = needAction > 0 ? t('canvas.progress.needAction', { ...counts, needAction }) : t('canvas.progress.sentence', counts);
  return (
    <div className="canvas-progress">
      <p className="canvas-progress-text">{sentence}</p>
      <div
        className="canvas-progress-bar"
        aria-hidden="true"
        title={sectionStatuses.map((s) => t('canvas.progress.status', { status: statusName(s), count: p.byStatus[s] })).join(', ')}
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
