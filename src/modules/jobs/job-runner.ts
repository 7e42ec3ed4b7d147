import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Kysely } from 'kysely';
import type { DB, Job } from '../../db/schema.ts';
import { exponentialBackoff } from '../../domain/jobs/backoff.ts';
import { nextRun } from '../../domain/jobs/cron.ts';
import { PermanentJobError, type JobContext, type JobKind } from './job-kind.ts';
import { jobSchedulesRepository } from './job-schedules.repository.ts';
import { DEFAULT_MAX_ATTEMPTS, jobsRepository } from './jobs.repository.ts';

/** Repeating work: at each time the cron expression names in `timeZone`, one job of `kind`. */
export interface ScheduleDef {
  name: string;
  cron: string;
  timeZone: string;
  kind: string;
  payload?: unknown;
}

export interface RunnerOptions {
  /** how often an idle runner looks for due work (default 1 s) */
  pollMs?: number;
  /** the clock (tests move it to make retries and schedules due) */
  now?: () => Date;
  log?: (line: string) => void;
}

const DEFAULT_LEASE_MS = 5 * 60_000;

/**
 * Runs the jobs of every kind defined on it: claims due work, runs it with a lease it renews while
 * the work goes on, and records the outcome (done, retry later, dead letter). Any number of
 * runners may share one PostgreSQL database and each job runs once; SQLite has one process.
 */
export class JobRunner {
  readonly id = `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  private readonly kinds = new Map<string, JobKind<never>>();
  private readonly schedules: ScheduleDef[] = [];
  private readonly inFlight = new Map<
    string,
    { kind: string; done: Promise<void>; abort: AbortController }
  >();
  /** runNow calls still claiming their job: not in flight yet, but drain() must wait for them. */
  private readonly claiming = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<unknown> | null = null;
  private stopped = true;
  private readonly now: () => Date;

  constructor(
    private readonly db: Kysely<DB>,
    private readonly opts: RunnerOptions = {},
  ) {
    this.now = opts.now ?? (() => new Date());
  }

  define<P>(kind: JobKind<P>): void {
    this.kinds.set(kind.kind, kind);
  }

  schedule(def: ScheduleDef): void {
    this.schedules.push(def);
  }

  kindNames(): string[] {
    return [...this.kinds.keys()];
  }

  scheduleNames(): string[] {
    return this.schedules.map((s) => s.name);
  }

  /** The attempts a job may use: its own, else its kind's, else the default. */
  maxAttemptsOf(job: Pick<Job, 'kind' | 'max_attempts'>): number {
    return job.max_attempts || this.kinds.get(job.kind)?.maxAttempts || DEFAULT_MAX_ATTEMPTS;
  }

  /** Writes the schedules' next due times (kept when unchanged) and starts polling. */
  async start(): Promise<void> {
    await this.recoverOrphans();
    await this.syncSchedules();
    this.stopped = false;
    this.loop();
  }

  /**
   * Jobs left running by an earlier process on this host (killed, crashed, or restarted in a
   * container where the new process has the same pid) are taken over now rather than when their
   * leases run out. A runner on another host is only ever taken over by its lease.
   */
  async recoverOrphans(): Promise<number> {
    const host = `${hostname()}:`;
    let n = 0;
    for (const job of await jobsRepository.runningOf(this.db, host)) {
      const owner = job.locked_by ?? '';
      const pid = Number(owner.slice(host.length).split(':')[0]);
      const gone = pid === process.pid ? owner !== this.id : !alive(pid);
      if (!gone) continue;
      await jobsRepository.expireLease(this.db, job.id, owner, this.now());
      n++;
    }
    return n;
  }

  async syncSchedules(): Promise<void> {
    const now = this.now();
    for (const s of this.schedules)
      await jobSchedulesRepository.upsert(
        this.db,
        {
          name: s.name,
          cron: s.cron,
          timeZone: s.timeZone,
          nextRunAt: nextRun(s.cron, s.timeZone, now),
        },
        now,
      );
  }

  private loop(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.ticking = this.tick()
        .catch((err: unknown) => this.opts.log?.(`jobs: ${String(err)}`))
        .finally(() => {
          this.ticking = null;
          this.loop();
        });
    }, this.opts.pollMs ?? 1000);
  }

  /** One round: enqueue due schedules, claim due jobs up to each kind's limit, start them. */
  async tick(): Promise<Job[]> {
    await this.fireSchedules();
    const claimed: Job[] = [];
    const due = await jobsRepository.dueKinds(this.db, this.now());
    for (const [name, kind] of this.kinds) {
      if (!due.has(name)) continue;
      const concurrency = kind.concurrency ?? 1;
      const mine = [...this.inFlight.values()].filter((j) => j.kind === name).length;
      if (mine >= concurrency) continue;
      const jobs = await jobsRepository.claim(this.db, name, {
        limit: concurrency - mine,
        concurrency,
        runnerId: this.id,
        leaseMs: kind.leaseMs ?? DEFAULT_LEASE_MS,
        now: this.now(),
      });
      for (const job of jobs) void this.launch(job);
      claimed.push(...jobs);
    }
    return claimed;
  }

  private async fireSchedules(): Promise<void> {
    const now = this.now();
    const due = await jobSchedulesRepository.due(this.db, now);
    for (const row of due) {
      const def = this.schedules.find((s) => s.name === row.name);
      if (!def) continue;
      // Runs missed while no process was up are not replayed: the next is after now.
      const next = nextRun(def.cron, def.timeZone, now);
      await this.db.transaction().execute(async (tx) => {
        if (!(await jobSchedulesRepository.advance(tx, row.name, row.next_run_at, next, now)))
          return;
        await jobsRepository.enqueue(
          tx,
          def.kind,
          def.payload ?? {},
          { dedupKey: `schedule:${def.name}` },
          now,
        );
      });
    }
  }

  /** Claims one queued job by id and runs it here; resolves when it has ended (or was taken). */
  runNow(jobId: string): Promise<void> {
    // Tracked from the first await: a drain() called before the claim lands must still wait for it.
    const run = this.claimAndRun(jobId).finally(() => this.claiming.delete(run));
    this.claiming.add(run);
    return run;
  }

  private async claimAndRun(jobId: string): Promise<void> {
    const job = await jobsRepository.claimOne(this.db, jobId, {
      runnerId: this.id,
      leaseMs:
        this.kinds.get((await jobsRepository.find(this.db, jobId))?.kind ?? '')?.leaseMs ??
        DEFAULT_LEASE_MS,
      now: this.now(),
    });
    if (job) await this.launch(job);
  }

  /** Resolves when every job this runner started has ended (tests, the CLI). */
  async drain(): Promise<void> {
    while (this.inFlight.size || this.claiming.size)
      await Promise.allSettled([
        ...this.claiming,
        ...[...this.inFlight.values()].map((j) => j.done),
      ]);
  }

  /**
   * Stops claiming and lets the running jobs finish; after `graceMs` their signals abort, and the
   * jobs still running are left to be taken over when their leases end.
   */
  async stop(graceMs = 20_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.ticking;
    const all = Promise.all([...this.inFlight.values()].map((j) => j.done));
    let timeout: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((r) => (timeout = setTimeout(() => r('late'), graceMs)));
    if ((await Promise.race([all, late])) === 'late') {
      for (const j of this.inFlight.values()) j.abort.abort(new Error('shutting down'));
      await Promise.race([all, new Promise((r) => setTimeout(r, 2000))]);
    }
    clearTimeout(timeout);
  }

  private launch(job: Job): Promise<void> {
    const abort = new AbortController();
    const done = this.execute(job, abort).finally(() => this.inFlight.delete(job.id));
    this.inFlight.set(job.id, { kind: job.kind, done, abort });
    return done;
  }

  private async execute(job: Job, abort: AbortController): Promise<void> {
    const kind = this.kinds.get(job.kind);
    if (!kind) return;
    const maxAttempts = job.max_attempts || kind.maxAttempts || DEFAULT_MAX_ATTEMPTS;
    if (job.attempts > maxAttempts) {
      await jobsRepository.finish(this.db, job.id, this.id, {
        status: 'dead',
        error:
          `${job.last_error ?? ''}\nThe process running the last attempt stopped before it ended.`.trim(),
      });
      return;
    }
    const leaseMs = kind.leaseMs ?? DEFAULT_LEASE_MS;
    const heartbeat = async () => {
      const held = await jobsRepository.heartbeat(
        this.db,
        job.id,
        this.id,
        new Date(this.now().getTime() + leaseMs),
      );
      if (!held) abort.abort(new Error('lease lost'));
    };
    const beat = setInterval(
      () => void heartbeat().catch(() => undefined),
      Math.max(1000, leaseMs / 3),
    );
    const ctx: JobContext = {
      jobId: job.id,
      attempt: job.attempts,
      maxAttempts,
      workspaceId: job.workspace_id,
      signal: abort.signal,
      heartbeat,
    };
    try {
      await kind.run(JSON.parse(job.payload) as never, ctx);
      await jobsRepository.finish(this.db, job.id, this.id, { status: 'succeeded' }, this.now());
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      const last = err instanceof PermanentJobError || job.attempts >= maxAttempts;
      const wait = kind.backoffMs?.(job.attempts) ?? exponentialBackoff(job.attempts);
      await jobsRepository.finish(
        this.db,
        job.id,
        this.id,
        last
          ? { status: 'dead', error }
          : { status: 'queued', error, runAt: new Date(this.now().getTime() + wait) },
        this.now(),
      );
      this.opts.log?.(`jobs: ${job.kind} ${job.id} attempt ${job.attempts} failed: ${String(err)}`);
    } finally {
      clearInterval(beat);
    }
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
