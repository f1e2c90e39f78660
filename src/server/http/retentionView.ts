import { effectiveMonths, retentionSchedule, type WorkshopRetention } from '../../domain/index.js';
import type { AppContext } from '../context.js';

/** A workshop's retention as pages show it (SPEC K1, K3): the period, the limits, the date, and whether to warn now. */
export interface RetentionView {
  months: number;
  minMonths: number;
  maxMonths: number;
  defaultMonths: number;
  lastActivityAt: string;
  deleteOn: string;
  /** Within the warning days of `deleteOn`: the workshop list and home say so. */
  deletionSoon: boolean;
}

export function retentionView(ctx: AppContext, r: WorkshopRetention): RetentionView {
  const limits = ctx.config.retention;
  const { deleteOn, warnFrom } = retentionSchedule(r, limits);
  return {
    months: effectiveMonths(r.retentionMonths, limits),
    ...limits,
    lastActivityAt: r.lastActivityAt,
    deleteOn,
    deletionSoon: ctx.config.now().getTime() >= Date.parse(warnFrom),
  };
}

/** The view for one workshop; null when it is gone. */
export async function workshopRetentionView(ctx: AppContext, workshopId: string): Promise<RetentionView | null> {
  const r = await ctx.store.getWorkshopRetention(workshopId);
  return r && retentionView(ctx, r);
}
