import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { workspaceRefresh } from '../jobs/workspace-refresh.ts';
import { openLineTotalsRepository } from './open-line-totals.repository.ts';
import { bucketStarts } from './open-receivables.ts';
import type { PaymentSchedules } from './schedules.ts';

/** Re-keys one workspace's kept per-customer aging sums (0102) to today's bucket starts. */
export const AGING_DAY_START_JOB = 'risk.aging-day-start';
/** Shortly after midnight: every workspace's, before anyone reads the day's first report. */
export const AGING_DAY_START_ALL = 'risk.aging-day-start.all';

/** The job for one workspace and the schedule's fan-out to every workspace. */
export const agingDayStart = workspaceRefresh({
  one: AGING_DAY_START_JOB,
  all: AGING_DAY_START_ALL,
});

/**
 * The kept per-customer sums (0102) re-keyed to the bucket starts of `today`'s report, as the
 * report's first read of a day would (`openLineTotalsRepository.withKept`): buckets move with
 * the date, and the re-key is one `insert … select` over every line (seconds at 1,000,000
 * orders), which no user's request should wait for. Nothing is done when a report of the day
 * re-keyed them first; a report before the job (or after a holiday moved the starts) still
 * re-keys them itself.
 */
export async function startAgingDay(
  db: Kysely<DB>,
  schedules: PaymentSchedules,
  workspaceId: string,
  today: string,
): Promise<void> {
  const starts = bucketStarts(today, await schedules.calendar(db, workspaceId));
  await db.transaction().execute((tx) => openLineTotalsRepository.rekey(tx, workspaceId, starts));
}
