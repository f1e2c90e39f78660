import { AppError } from '../../../shared/index.js';
import type { Migration } from './Migration.js';
import { migration001 } from './001_initial.js';
import { migration002 } from './002_board_activity.js';
import { migration003 } from './003_group_project.js';
import { migration004 } from './004_workshop_keys.js';
import { migration005 } from './005_participant_removal.js';
import { migration006 } from './006_facilitator_controls.js';
import { migration007 } from './007_private_rounds.js';
import { migration008 } from './008_bookings.js';
import { migration009 } from './009_private_round_reveal.js';
import { migration010 } from './010_city_atlas.js';
import { migration011 } from './011_public_pages.js';
import { migration012 } from './012_workshop_retention.js';
import { migration013 } from './013_audience_links.js';
import { migration014 } from './014_api_tokens.js';
import { migration015 } from './015_account_identities.js';
import { migration016 } from './016_workshop_language.js';

export type { Migration } from './Migration.js';

/** Every migration, in version order. Append new ones; never edit or reorder shipped ones. */
export const migrations: readonly Migration[] = [
  migration001,
  migration002,
  migration003,
  migration004,
  migration005,
  migration006,
  migration007,
  migration008,
  migration009,
  migration010,
  migration011,
  migration012,
  migration013,
  migration014,
  migration015,
  migration016,
];

/** The schema version this code expects after migrating. */
export const latestVersion = migrations.at(-1)?.version ?? 0;

/**
 * The migrations still to run, given the versions a database has applied. A database that
 * a newer release has migrated is refused rather than half-understood.
 */
export function pendingMigrations(applied: Iterable<number>): Migration[] {
  const done = new Set<number>();
  for (const v of applied) done.add(Number(v));
  const newest = Math.max(0, ...done);
  if (newest > latestVersion) {
    throw new AppError(
      'STORE_UNAVAILABLE',
      `the database has schema version ${newest}, newer than this release understands (${latestVersion}); upgrade Open Cities Studio`,
    );
  }
  return migrations.filter((m) => !done.has(m.version));
}
