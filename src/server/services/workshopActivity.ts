import type { WorkshopRecords } from '../store/Store.js';

/** Activity is written at most this often per workshop (SPEC K2): retention counts in months, not keystrokes. */
export const activityEveryMs = 3600_000;

/**
 * Records a workshop's last activity (a board edit stored, a settings change, a join; SPEC K2)
 * cheaply: in memory, a workshop touched in the last hour is skipped without a query; in the
 * store, a conditional update writes only when the recorded time is over an hour old (another
 * instance may have written it). A failure is logged, never passed to the edit that caused it.
 */
export class WorkshopActivity {
  private readonly lastWritten = new Map<string, number>();

  constructor(
    private readonly store: Pick<WorkshopRecords, 'touchWorkshopActivity'>,
    private readonly now: () => Date,
    private readonly log: (line: string) => void,
  ) {}

  /** Something happened in the workshop; `force` writes now whatever the hour (a settings change). */
  touch(workshopId: string, force = false): Promise<void> {
    const t = this.now().getTime();
    if (!force && t - (this.lastWritten.get(workshopId) ?? -Infinity) < activityEveryMs) return Promise.resolve();
    this.lastWritten.set(workshopId, t);
    const notBefore = new Date(force ? t : t - activityEveryMs).toISOString();
    return this.store
      .touchWorkshopActivity(workshopId, new Date(t).toISOString(), notBefore)
      .then(() => {})
      .catch((e: Error) => this.log(`workshop ${workshopId}: its last activity could not be recorded (${e.message})`));
  }
}
