import { effectiveMonths, retentionSchedule, type RetentionLimits } from '../../domain/index.js';
import type { WorkshopRecords } from '../../server/store/Store.js';

/**
 * `opencities admin retention [--json]`: what the retention sweep will delete, and when (SPEC
 * K7), soonest first: id, title, last activity, deletion date (and "owner warned" once the owner was told).
 * Dates follow the limits of this environment (RETENTION_*), as the server's do.
 */
export async function listRetention(
  store: Pick<WorkshopRecords, 'listWorkshopRetention' | 'getWorkshop'>,
  limits: RetentionLimits,
  json: boolean,
): Promise<number> {
  const rows = [];
  for (const r of await store.listWorkshopRetention()) {
    const workshop = await store.getWorkshop(r.workshopId);
    rows.push({
      workshop: { id: r.workshopId, title: workshop?.title ?? '' },
      lastActivityAt: r.lastActivityAt,
      months: effectiveMonths(r.retentionMonths, limits),
      deleteOn: retentionSchedule(r, limits).deleteOn,
      warnedAt: r.warnedAt,
    });
  }
  rows.sort((a, b) => a.deleteOn.localeCompare(b.deleteOn) || a.workshop.id.localeCompare(b.workshop.id));
  if (json) {
    console.log(JSON.stringify({ workshops: rows }, null, 2));
    return 0;
  }
  if (rows.length === 0) console.log('No workshops.');
  for (const r of rows) {
    const line = [
      r.workshop.id,
      r.workshop.title,
      r.lastActivityAt.slice(0, 10),
      r.deleteOn.slice(0, 10),
      ...(r.warnedAt ? ['owner warned'] : []),
    ];
    console.log(line.map((f) => f.replace(/[\t\r\n]+/g, ' ')).join('\t'));
  }
  return 0;
}
