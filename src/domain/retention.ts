/**
 * How long a workshop is kept (SPEC K1–K4): a number of months after its last activity, within
 * the limits the installation sets. The owner is warned `retentionWarningDays` before; a
 * workshop is never deleted sooner than that many days after the warning went out, so a
 * workshop found already past its date (after an upgrade, a shorter period) still gets its notice.
 * Pure: times come in as ISO strings.
 */
export interface RetentionLimits {
  minMonths: number;
  maxMonths: number;
  defaultMonths: number;
}

export const defaultRetentionLimits: RetentionLimits = { minMonths: 1, maxMonths: 36, defaultMonths: 12 };

export const retentionWarningDays = 14;

const dayMs = 86_400_000;

/** What the store keeps about a workshop's retention (migration 012). */
export interface WorkshopRetention {
  workshopId: string;
  ownerId: string | null;
  /** The latest board edit stored, settings change or join (recorded at most hourly); createdAt when none. */
  lastActivityAt: string;
  /** The facilitator's choice; null: the installation's default. */
  retentionMonths: number | null;
  /** When the owner was warned for the current last activity; null: not yet. */
  warnedAt: string | null;
}

/** The months that apply: the workshop's own choice, else the default, always within the limits. */
export function effectiveMonths(months: number | null, limits: RetentionLimits): number {
  return Math.min(limits.maxMonths, Math.max(limits.minMonths, months ?? limits.defaultMonths));
}

/** `iso` plus whole calendar months, in UTC; the 31st of a shorter month becomes its last day. */
export function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  const day = d.getUTCDate();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + months);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  d.setUTCDate(Math.min(day, last));
  return d.toISOString();
}

export interface RetentionSchedule {
  /** When the workshop is deleted. */
  deleteOn: string;
  /** From when the owner is warned (deleteOn less the warning days). */
  warnFrom: string;
}

export function retentionSchedule(r: WorkshopRetention, limits: RetentionLimits): RetentionSchedule {
  const byActivity = Date.parse(addMonths(r.lastActivityAt, effectiveMonths(r.retentionMonths, limits)));
  const byWarning = r.warnedAt === null ? 0 : Date.parse(r.warnedAt) + retentionWarningDays * dayMs;
  const deleteOn = Math.max(byActivity, byWarning);
  return { deleteOn: new Date(deleteOn).toISOString(), warnFrom: new Date(deleteOn - retentionWarningDays * dayMs).toISOString() };
}

/** What the sweep does with a workshop now: nothing yet, warn its owner, or delete it. */
export function retentionDue(now: string, r: WorkshopRetention, limits: RetentionLimits): 'keep' | 'warn' | 'delete' {
  const { deleteOn, warnFrom } = retentionSchedule(r, limits);
  const t = Date.parse(now);
  if (t < Date.parse(warnFrom)) return 'keep';
  if (r.warnedAt === null) return 'warn';
  return t >= Date.parse(deleteOn) ? 'delete' : 'keep';
}

/** A retention period a facilitator chose, checked against the limits: null when fine, else what is wrong. */
export function retentionProblem(months: number, limits: RetentionLimits): string | null {
  if (!Number.isInteger(months) || months < limits.minMonths || months > limits.maxMonths)
    return `must be a whole number of months from ${limits.minMonths} to ${limits.maxMonths}`;
  return null;
}

/** The limits, checked: each a whole number of months, min ≤ default ≤ max; else an error saying which. */
export function checkRetentionLimits(limits: RetentionLimits): RetentionLimits {
  const { minMonths, maxMonths, defaultMonths } = limits;
  for (const [name, v] of Object.entries(limits))
    if (!Number.isInteger(v) || v < 1) throw new Error(`retention ${name} must be a whole number of months, 1 or more, not "${v}"`);
  if (!(minMonths <= defaultMonths && defaultMonths <= maxMonths))
    throw new Error(
      `retention months must go minimum ≤ default ≤ maximum (RETENTION_MIN_MONTHS ${minMonths}, RETENTION_DEFAULT_MONTHS ${defaultMonths}, RETENTION_MAX_MONTHS ${maxMonths})`,
    );
  return limits;
}
