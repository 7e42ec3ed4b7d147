import { sql, type Kysely } from 'kysely';

// One durable queue for work that runs later or repeatedly, on both databases. A platform table:
// jobs of many workspaces (and of none: upload sweeps, pruning) share it, so its key is the job's
// own id; on a distributed installation it stays on the coordinator (docs/scaling.md).
// Queued and running jobs with a dedup key are unique per kind: a second enqueue is a no-op.
const ACTIVE = sql<boolean>`status in ('queued', 'running')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('jobs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('workspace_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('dedup_key', 'text')
    .addColumn('run_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('max_attempts', 'integer', (c) => c.notNull())
    .addColumn('last_error', 'text')
    .addColumn('locked_by', 'text')
    .addColumn('locked_until', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .execute();
  // The claim reads queued jobs that are due, per kind, oldest first.
  await db.schema
    .createIndex('jobs_due_idx')
    .on('jobs')
    .columns(['kind', 'run_at', 'id'])
    .where(ACTIVE)
    .execute();
  await db.schema
    .createIndex('jobs_dedup_uq')
    .on('jobs')
    .columns(['kind', 'dedup_key'])
    .unique()
    .where(sql<boolean>`dedup_key is not null and ${ACTIVE}`)
    .execute();
  // The admin page: a workspace's jobs, newest first, optionally by status.
  await db.schema
    .createIndex('jobs_workspace_idx')
    .on('jobs')
    .columns(['workspace_id', 'status', 'created_at'])
    .execute();
  await db.schema
    .createIndex('jobs_finished_idx')
    .on('jobs')
    .columns(['finished_at'])
    .where(sql<boolean>`finished_at is not null`)
    .execute();

  // Repeating work: the next instant each named schedule is due. The row is the claim: the process
  // that moves `next_run_at` forward (compare-and-set) is the one that enqueues that run.
  await db.schema
    .createTable('job_schedules')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('cron', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('next_run_at', 'text', (c) => c.notNull())
    .addColumn('last_run_at', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('job_schedules').execute();
  await db.schema.dropTable('jobs').execute();
}
