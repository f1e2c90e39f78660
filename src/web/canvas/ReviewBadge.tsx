import { reviewState } from '../../domain/canvas/index.js';
import { formatDate, relativeDays } from './dates.js';

/**
 * Whether the canvas's next review is coming up (DESIGN: what counts as ethical changes over
 * time). Words first; the tone and the mark only repeat them.
 */
export function ReviewBadge({ nextReview, today }: { nextReview: string | undefined; today: string }) {
  const state = reviewState(nextReview, today);
  const days = state.days ?? 0;
  let text: string;
  if (state.status === 'unscheduled' || nextReview === undefined) text = 'No review date set';
  else if (state.status === 'overdue') text = `Review overdue: it was due ${formatDate(nextReview)} (${relativeDays(days)})`;
  else if (state.status === 'due') text = `Review due ${relativeDays(days)}: ${formatDate(nextReview)}`;
  else text = `Next review ${formatDate(nextReview)}`;
  return (
    <p className={`review-badge review-${state.status}`}>
      <span className="review-mark" aria-hidden="true" />
      {text}
    </p>
  );
}
