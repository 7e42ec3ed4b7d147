import type { Executor } from '../../db/dialect.ts';
import type { JobSchedule } from '../../db/schema.ts';

/** The one owner of `job_schedules`: when each named schedule is next due. */
export const jobSchedulesRepository = {
  /** Adds the schedule, or keeps its due time when the expression and zone are unchanged. */
  async upsert(
    db: Executor,
    s: { name: string; cron: string; timeZone: string; nextRunAt: Date },
    now = new Date(),
  ): Promise<void> {
    const existing = await db
      .selectFrom('job_schedules')
      .selectAll()
      .where('name', '=', s.name)
      .executeTakeFirst();
    const at = now.toISOString();
    if (!existing) {
      await db
        .insertInto('job_schedules')
        .values({
          name: s.name,
          cron: s.cron,
          time_zone: s.timeZone,
          next_run_at: s.nextRunAt.toISOString(),
          updated_at: at,
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
    } else if (existing.cron !== s.cron || existing.time_zone !== s.timeZone) {
      await db
        .updateTable('job_schedules')
        .set({
          cron: s.cron,
          time_zone: s.timeZone,
          next_run_at: s.nextRunAt.toISOString(),
          updated_at: at,
        })
        .where('name', '=', s.name)
        .execute();
    }
  },

  due(db: Executor, now: Date): Promise<JobSchedule[]> {
    return db
      .selectFrom('job_schedules')
      .selectAll()
      .where('next_run_at', '<=', now.toISOString())
      .execute();
  },

  /**
   * Compare-and-set: moves a schedule from the due time this process read to the next one. Only
   * one process succeeds for each due time; that one enqueues the run.
   */
  async advance(db: Executor, name: string, from: string, to: Date, now: Date): Promise<boolean> {
    const result = await db
      .updateTable('job_schedules')
      .set({ next_run_at: to.toISOString(), last_run_at: from, updated_at: now.toISOString() })
      .where('name', '=', name)
      .where('next_run_at', '=', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  list(db: Executor): Promise<JobSchedule[]> {
    return db.selectFrom('job_schedules').selectAll().orderBy('name').execute();
  },
};
