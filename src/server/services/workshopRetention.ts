import { effectiveMonths, retentionDue, retentionSchedule, type WorkshopRetention } from '../../domain/index.js';
import type { AppContext } from '../context.js';
import { retentionWarning } from '../mail/retentionMail.js';
import { deleteWorkshopEverywhere } from './deleteWorkshop.js';

/** A deletion claimed this long ago by an instance that has not finished is taken over (it died). */
const staleClaimMs = 3600_000;

export interface RetentionSweep {
  warned: string[];
  deleted: string[];
}

/**
 * SPEC K3–K4: warns the owner of each workshop whose retention ends within the warning days
 * (e-mail when SMTP is configured; the workshop list and home show it either way), and deletes
 * each workshop whose date has come, as its owner's delete does. Every step is a claim on the
 * workshop's row, so with several instances one warns and one deletes, and activity in
 * between wins. Run at start and hourly with the session sweep.
 */
export async function sweepWorkshopRetention(ctx: AppContext): Promise<RetentionSweep> {
  const now = ctx.config.now();
  const at = now.toISOString();
  const done: RetentionSweep = { warned: [], deleted: [] };
  for (const r of await ctx.store.listWorkshopRetention()) {
    const due = retentionDue(at, r, ctx.config.retention);
    if (due === 'warn' && (await ctx.store.claimRetentionWarning(r.workshopId, at, r.lastActivityAt))) {
      done.warned.push(r.workshopId);
      await warnOwner(ctx, { ...r, warnedAt: at });
    } else if (due === 'delete') {
      const staleBefore = new Date(now.getTime() - staleClaimMs).toISOString();
      if (!(await ctx.store.claimRetentionDeletion(r.workshopId, at, staleBefore, r.lastActivityAt))) continue;
      if (await deleteWorkshopEverywhere(ctx, r.workshopId)) done.deleted.push(r.workshopId);
      ctx.config.log(`workshop retention: deleted ${r.workshopId} (last activity ${r.lastActivityAt})`);
    }
  }
  return done;
}

async function warnOwner(ctx: AppContext, r: WorkshopRetention): Promise<void> {
  const { deleteOn } = retentionSchedule(r, ctx.config.retention);
  ctx.config.log(`workshop retention: ${r.workshopId} will be deleted on ${deleteOn.slice(0, 10)}; its owner is told`);
  if (!ctx.mail.configured || r.ownerId === null) return;
  const [workshop, owner] = await Promise.all([ctx.store.getWorkshop(r.workshopId), ctx.store.getAccount(r.ownerId)]);
  if (!workshop || !owner) return;
  const months = effectiveMonths(r.retentionMonths, ctx.config.retention);
  try {
    await ctx.mail.send({ to: owner.email, ...retentionWarning(workshop, deleteOn, months, ctx.config.publicUrl) });
  } catch (e) {
    // The notice on the workshop list still says it; the address stays out of the log.
    ctx.config.log(`workshop retention: the warning for ${r.workshopId} was not sent: ${(e as Error).message}`);
  }
}
