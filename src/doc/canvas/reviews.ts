import type * as Y from 'yjs';
import { checkCanvasField } from '../../domain/canvas/index.js';
import type { CanvasReview } from '../../domain/canvas/index.js';
import { canvasReviewsOf } from './layout.js';
import { firstProblem } from './opResult.js';
import type { CanvasOpResult } from './opResult.js';

/**
 * Records that the canvas was reviewed. Reviews are a log: appended, in the order they
 * arrive, never edited (they have no id in the file format to edit them by).
 */
export function addReview(doc: Y.Doc, review: Omit<CanvasReview, 'extra'>): CanvasOpResult {
  const result = firstProblem(
    checkCanvasField('date', review.date, 'date'),
    review.by === undefined ? undefined : checkCanvasField('name', review.by, 'by'),
    review.summary === undefined ? undefined : checkCanvasField('reviewSummary', review.summary, 'summary'),
  );
  if (!result.ok) return result;
  canvasReviewsOf(doc).push([
    {
      date: review.date,
      ...(review.by === undefined ? {} : { by: review.by }),
      ...(review.summary === undefined ? {} : { summary: review.summary }),
    },
  ]);
  return result;
}
