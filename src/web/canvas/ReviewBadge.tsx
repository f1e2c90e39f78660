import canvasMessages from 'virtual:messages/en/canvas';
import { reviewState } from '../../domain/canvas/index.js';
import { addEnglish, useI18n } from '../i18n/index.js';
import { formatDate, relativeDays } from './dates.js';

addEnglish(canvasMessages);

/**
 * Whether the canvas's next review is coming up (DESIGN: what counts as ethical changes over
 * time). Words first; the tone and the mark only repeat them.
 */
export function ReviewBadge({ nextReview, today }: { nextReview: string | undefined; today: string }) {
  const { t } = useI18n();
  const state = reviewState(nextReview, today);
  const days = state.days ?? 0;
  let text: string;
  if (state.status === 'unscheduled' || nextReview === undefined) text = t('canvas.review.none');
  else if (state.status === 'overdue') text = t('canvas.review.overdue', { date: formatDate(nextReview), relative: relativeDays(days) });
  else if (state.status === 'due') text = t('canvas.review.due', { date: formatDate(nextReview), relative: relativeDays(days) });
  else text = t('canvas.review.next', { date: formatDate(nextReview) });
  return (
    <p className={`review-badge review-${state.status}`}>
      <span className="review-mark" aria-hidden="true" />
      {text}
    </p>
  );
}
