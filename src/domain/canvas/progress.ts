import { sectionStatuses } from './types.js';
import type { Canvas, SectionStatus } from './types.js';

export interface CanvasProgress {
  /** Always 15. */
  sections: number;
  byStatus: Record<SectionStatus, number>;
  /** Sections no longer `not-started`. */
  started: number;
  /** Sections marked `done`. */
  done: number;
  /** `done` out of `sections`, rounded to a whole percent. */
  percentDone: number;
  notes: number;
  actions: { total: number; done: number; open: number };
}

/**
 * How far the group has got. A section counts as done only when someone marks it `done`:
 * notes alone do not finish a section.
 */
export function progress(canvas: Canvas): CanvasProgress {
  const byStatus = Object.fromEntries(sectionStatuses.map((s) => [s, 0])) as Record<SectionStatus, number>;
  let notes = 0;
  let total = 0;
  let actionsDone = 0;
  for (const section of canvas.sections) {
    byStatus[section.status]++;
    notes += section.notes.length;
    total += section.actions.length;
    actionsDone += section.actions.filter((a) => a.done).length;
  }
  const sections = canvas.sections.length;
  return {
    sections,
    byStatus,
    started: sections - byStatus['not-started'],
    done: byStatus.done,
    percentDone: sections === 0 ? 0 : Math.round((100 * byStatus.done) / sections),
    notes,
    actions: { total, done: actionsDone, open: total - actionsDone },
  };
}
