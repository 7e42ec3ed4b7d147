import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import { isPostgres } from '../../db/dialect.ts';
import type { Job, JobStatus } from '../../db/schema.ts';
import { newId } from '../../domain/ids.ts';
import type { EnqueueOptions } from './job-kind.ts';

/** A job's default attempts when its kind names none. */
export const DEFAULT_MAX_ATTEMPTS = 5;

// The partial indexes hold only these rows; queries name the same literal so both databases use them.
const ACTIVE = sql<boolean>`status in ('queued', 'running')`;

export interface JobFilter {
  status?: JobStatus;
  kind?: string;
  /** keyset: jobs created before this job (id order matches creation order: UUIDv7) */
  before?: string;
  limit: number;
}

/** The one owner of `jobs`: enqueue, claim, finish, and what the admin page reads and changes. */
export const jobsRepository = {
  async enqueue(
    db: Executor,
    kind: string,
    payload: unknown,
    opts: EnqueueOptions & { maxAttempts?: number },
    now = new Date(),
  ): Promise<string | null> {
    const at = now.toISOString();
    const row = await db
      .insertInto('jobs')
      .values({
        id: newId(),
        workspace_id: opts.workspaceId ?? null,
        kind,
        payload: JSON.stringify(payload ?? null),
        status: 'queued',
        dedup_key: opts.dedupKey ?? null,
        run_at: (opts.runAt ?? now).toISOString(),
        attempts: 0,
        // 0: the kind's own number (the runner knows the kinds; enqueuers need not)
        max_attempts: opts.maxAttempts ?? 0,
        created_at: at,
        updated_at: at,
      })
      // The only unique key besides the id is the partial (kind, dedup_key) of active jobs.
      .onConflict((oc) => oc.doNothing())
      .returning('id')
      .executeTakeFirst();
    return row?.id ?? null;
  },

  /**
   * Takes up to `limit` due jobs of one kind for `runnerId`, never letting more than `concurrency`
   * of the kind run at once across processes: on PostgreSQL a transaction-scoped advisory lock per
   * kind makes the count and the claim one step, and `SKIP LOCKED` keeps claimers of other kinds
   * from waiting on these rows. A running job whose lease ran out is taken over (its runner died).
   */
  async claim(
    db: Executor,
    kind: string,
    opts: { limit: number; concurrency: number; runnerId: string; leaseMs: number; now: Date },
  ): Promise<Job[]> {
    const now = opts.now.toISOString();
    const pg = isPostgres(db);
    return db.transaction().execute(async (tx) => {
      if (pg)
        await sql`select pg_advisory_xact_lock(hashtext(${'chuhai.jobs.' + kind}))`.execute(tx);
      const busy = await tx
        .selectFrom('jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('kind', '=', kind)
        .where(ACTIVE)
        .where('status', '=', 'running')
        .where('locked_until', '>', now)
        .executeTakeFirstOrThrow();
      const n = Math.min(opts.limit, opts.concurrency - Number(busy.n));
      if (n <= 0) return [];
      let due = tx
        .selectFrom('jobs')
        .select('id')
        .where('kind', '=', kind)
        .where(ACTIVE)
        .where((eb) =>
          eb.or([
            eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', now)]),
            eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', now)]),
          ]),
        )
        .orderBy('run_at')
        .orderBy('id')
        .limit(n);
      if (pg) due = due.forUpdate().skipLocked();
      const ids = (await due.execute()).map((r) => r.id);
      if (!ids.length) return [];
      return tx
        .updateTable('jobs')
        .set((eb) => ({
          status: 'running',
          attempts: eb('attempts', '+', 1),
          locked_by: opts.runnerId,
          locked_until: new Date(opts.now.getTime() + opts.leaseMs).toISOString(),
          updated_at: now,
        }))
        .where('id', 'in', ids)
        .returningAll()
        .execute();
    });
  },

  /** The kinds with work to claim now: one cheap read, so an idle runner does not claim per kind. */
  async dueKinds(db: Executor, now: Date): Promise<Set<string>> {
    const at = now.toISOString();
    const rows = await db
      .selectFrom('jobs')
      .select('kind')
      .distinct()
      .where(ACTIVE)
      .where((eb) =>
        eb.or([
          eb.and([eb('status', '=', 'queued'), eb('run_at', '<=', at)]),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', at)]),
        ]),
      )
      .execute();
    return new Set(rows.map((r) => r.kind));
  },

  /**
   * Takes one job by id when it is queued or its lease ran out (a caller that wants its own job run
   * now); undefined when another runner holds it or it has ended.
   */
  claimOne(
    db: Executor,
    id: string,
    opts: { runnerId: string; leaseMs: number; now: Date },
  ): Promise<Job | undefined> {
    return db
      .updateTable('jobs')
      .set((eb) => ({
        status: 'running',
        attempts: eb('attempts', '+', 1),
        locked_by: opts.runnerId,
        locked_until: new Date(opts.now.getTime() + opts.leaseMs).toISOString(),
        updated_at: opts.now.toISOString(),
      }))
      .where('id', '=', id)
      .where((eb) =>
        eb.or([
          eb('status', '=', 'queued'),
          eb.and([eb('status', '=', 'running'), eb('locked_until', '<=', opts.now.toISOString())]),
        ]),
      )
      .returningAll()
      .executeTakeFirst();
  },

  /** The queued or running job of a kind with this dedup key, if any. */
  async activeId(db: Executor, kind: string, dedupKey: string): Promise<string | undefined> {
    const row = await db
      .selectFrom('jobs')
      .select('id')
      .where('kind', '=', kind)
      .where('dedup_key', '=', dedupKey)
      .where(ACTIVE)
      .executeTakeFirst();
    return row?.id;
  },

  /** Running jobs whose runner id starts with `prefix` (this host's runners). */
  runningOf(db: Executor, prefix: string): Promise<Pick<Job, 'id' | 'locked_by'>[]> {
    return db
      .selectFrom('jobs')
      .select(['id', 'locked_by'])
      .where(ACTIVE)
      .where('status', '=', 'running')
      .where('locked_by', 'like', `${prefix}%`)
      .execute();
  },

  /** Ends the lease of a job whose runner is known to be gone, so it is taken over at once. */
  async expireLease(db: Executor, id: string, runnerId: string, now: Date): Promise<void> {
    await db
      .updateTable('jobs')
      .set({ locked_until: now.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('locked_by', '=', runnerId)
      .execute();
  },

  /** Ends a run; false when the runner no longer holds the job (its lease was taken over). */
  async finish(
    db: Executor,
    id: string,
    runnerId: string,
    outcome:
      | { status: 'succeeded' }
      | { status: 'dead'; error: string }
      | { status: 'queued'; error: string; runAt: Date },
    now = new Date(),
  ): Promise<boolean> {
    const at = now.toISOString();
    const result = await db
      .updateTable('jobs')
      .set({
        status: outcome.status,
        last_error: outcome.status === 'succeeded' ? undefined : outcome.error.slice(0, 4000),
        run_at: outcome.status === 'queued' ? outcome.runAt.toISOString() : undefined,
        locked_by: null,
        locked_until: null,
        updated_at: at,
        finished_at: outcome.status === 'queued' ? null : at,
      })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('locked_by', '=', runnerId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async heartbeat(db: Executor, id: string, runnerId: string, until: Date): Promise<boolean> {
    const result = await db
      .updateTable('jobs')
      .set({ locked_until: until.toISOString() })
      .where('id', '=', id)
      .where('status', '=', 'running')
      .where('locked_by', '=', runnerId)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  find(db: Executor, id: string): Promise<Job | undefined> {
    return db.selectFrom('jobs').selectAll().where('id', '=', id).executeTakeFirst();
  },

  findInWorkspace(db: Executor, workspaceId: string, id: string): Promise<Job | undefined> {
    return db
      .selectFrom('jobs')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** A workspace's jobs newest first; `workspaceId` null lists the system's own (CLI only). */
  list(db: Executor, workspaceId: string | null, f: JobFilter): Promise<Job[]> {
    let q = db.selectFrom('jobs').selectAll();
    q =
      workspaceId === null
        ? q.where('workspace_id', 'is', null)
        : q.where('workspace_id', '=', workspaceId);
    if (f.status) q = q.where('status', '=', f.status);
    if (f.kind) q = q.where('kind', '=', f.kind);
    if (f.before) q = q.where('id', '<', f.before);
    return q.orderBy('id', 'desc').limit(f.limit).execute();
  },

  /** Jobs by kind and status: one workspace's, or (null) every workspace's for the metrics. */
  async countByStatus(
    db: Executor,
    workspaceId: string | null,
  ): Promise<{ kind: string; status: JobStatus; n: number }[]> {
    let q = db
      .selectFrom('jobs')
      .select(['kind', 'status', (eb) => eb.fn.countAll<number>().as('n')]);
    if (workspaceId !== null) q = q.where('workspace_id', '=', workspaceId);
    const rows = await q.groupBy(['kind', 'status']).execute();
    return rows.map((r) => ({ ...r, n: Number(r.n) }));
  },

  /** Puts a dead or cancelled job back in the queue with fresh attempts; false if not allowed. */
  async requeue(db: Executor, workspaceId: string, id: string, now = new Date()): Promise<boolean> {
    const at = now.toISOString();
    const result = await db
      .updateTable('jobs')
      .set({ status: 'queued', attempts: 0, run_at: at, updated_at: at, finished_at: null })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', ['dead', 'cancelled'])
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  async cancel(db: Executor, workspaceId: string, id: string, now = new Date()): Promise<boolean> {
    const at = now.toISOString();
    const result = await db
      .updateTable('jobs')
      .set({ status: 'cancelled', updated_at: at, finished_at: at })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', '=', 'queued')
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** Deletes jobs that ended before the cut-offs; answers how many. */
  async prune(db: Executor, cutoffs: { succeeded: Date; other: Date }): Promise<number> {
    const result = await db
      .deleteFrom('jobs')
      .where('finished_at', 'is not', null)
      .where((eb) =>
        eb.or([
          eb.and([
            eb('status', '=', 'succeeded'),
            eb('finished_at', '<', cutoffs.succeeded.toISOString()),
          ]),
          eb('finished_at', '<', cutoffs.other.toISOString()),
        ]),
      )
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  },
};
