import type { WorkshopRetention } from '../../domain/index.js';
import type { RowCipher } from './RowCipher.js';

/** What SqlRetention needs of its store: `$n` queries and the cipher. */
export interface RetentionQueries {
  all<T>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  cipher(): RowCipher;
}

interface RetentionRow {
  id: string;
  owner_id: string | null;
  last_activity: string;
  retention_months: number | string | null;
  retention_warned_at: string | null;
}

const columns = `id, owner_id, COALESCE(last_activity_at, created_at) AS last_activity, retention_months, retention_warned_at`;

const toRetention = (r: RetentionRow): WorkshopRetention => ({
  workshopId: r.id,
  ownerId: r.owner_id,
  lastActivityAt: r.last_activity,
  retentionMonths: r.retention_months === null ? null : Number(r.retention_months),
  warnedAt: r.retention_warned_at,
});

/**
 * Workshops' retention (SPEC K, migration 012) on either dialect: one statement each, written
 * once with `$n` placeholders. The claims are compare-and-sets on the workshop's row, so with
 * several instances exactly one warns and one deletes, and only while nothing happened since
 * the caller read the row.
 */
export class SqlRetention {
  constructor(private readonly q: RetentionQueries) {}

  /**
   * Records activity at `at` unless some was recorded after `notBefore` (so busy workshops
   * write at most once an hour); clears a warning, since the date moves. True if written.
   */
  async touch(workshopId: string, at: string, notBefore: string): Promise<boolean> {
    return (
      (await this.q.run(
        `UPDATE workshops SET last_activity_at = $2, retention_warned_at = NULL, retention_claimed_at = NULL
          WHERE id = $1 AND COALESCE(last_activity_at, created_at) < $3`,
        [workshopId, at, notBefore],
      )) > 0
    );
  }

  /** Sets the workshop's period (null: the default); clears a warning, since the date moves. */
  async setMonths(workshopId: string, months: number | null): Promise<void> {
    await this.q.run('UPDATE workshops SET retention_months = $2, retention_warned_at = NULL WHERE id = $1', [workshopId, months]);
  }

  async get(workshopId: string): Promise<WorkshopRetention | null> {
    const rows = await this.q.all<RetentionRow>(`SELECT ${columns} FROM workshops WHERE id = $1`, [workshopId]);
    return rows[0] ? toRetention(rows[0]) : null;
  }

  /** Every workshop, oldest activity first. */
  async list(): Promise<WorkshopRetention[]> {
    return (await this.q.all<RetentionRow>(`SELECT ${columns} FROM workshops ORDER BY last_activity, id`)).map(toRetention);
  }

  /** Marks the owner warned, if no one has been for this last activity and nothing happened since. */
  async claimWarning(workshopId: string, at: string, lastActivityAt: string): Promise<boolean> {
    return (
      (await this.q.run(
        `UPDATE workshops SET retention_warned_at = $2
          WHERE id = $1 AND retention_warned_at IS NULL AND COALESCE(last_activity_at, created_at) = $3`,
        [workshopId, at, lastActivityAt],
      )) > 0
    );
  }

  /**
   * Claims the deletion: true for one caller while the workshop is as it was read (warned, no
   * activity since) and unclaimed, or claimed before `staleBefore` (its instance died).
   */
  async claimDeletion(workshopId: string, at: string, staleBefore: string, lastActivityAt: string): Promise<boolean> {
    return (
      (await this.q.run(
        `UPDATE workshops SET retention_claimed_at = $2
          WHERE id = $1 AND retention_warned_at IS NOT NULL AND COALESCE(last_activity_at, created_at) = $4
            AND (retention_claimed_at IS NULL OR retention_claimed_at < $3)`,
        [workshopId, at, staleBefore, lastActivityAt],
      )) > 0
    );
  }

  /** Blanks a member's name and organisation (SPEC K6); they stay a member. False if no such member. */
  async blankParticipantName(participantId: string): Promise<boolean> {
    const rows = await this.q.all<{ workshop_id: string }>('SELECT workshop_id FROM participants WHERE id = $1 AND removed_at IS NULL', [
      participantId,
    ]);
    if (!rows[0]) return false;
    // Sealed like any name (an empty plaintext would not open on PostgreSQL).
    const blank = (await this.q.cipher().forWorkshop(rows[0].workshop_id)).text('');
    return (
      (await this.q.run('UPDATE participants SET name = $2, organisation = $2 WHERE id = $1 AND removed_at IS NULL', [
        participantId,
        blank,
      ])) > 0
    );
  }
}
