/**
 * The contract between the job runner and the modules whose work runs later or repeatedly.
 * A module describes each kind of work once (`JobKind`); the composition root hands every kind
 * to the runner (`createContainer` → `jobs.define`). Work is enqueued with `enqueueJob` from
 * `job-records.service.ts`, inside the caller's transaction, so a change and the work it sets off
 * commit or roll back together.
 */
export interface JobContext {
  jobId: string;
  /** 1 on the first run, 2 on the first retry, … */
  attempt: number;
  /** the attempts this job may use; `attempt === maxAttempts` is the last one */
  maxAttempts: number;
  workspaceId: string | null;
  /** aborted when the process shuts down or the job's lease is lost; long work checks it */
  signal: AbortSignal;
  /** extends the lease of a long job so no other process takes it over */
  heartbeat(): Promise<void>;
}

export interface JobKind<P = unknown> {
  /** stable dotted name stored with each job, e.g. `webhook.deliver`, `imports.run` */
  kind: string;
  /** at most this many jobs of the kind run at once, across all processes (default 1) */
  concurrency?: number;
  /** runs before the job is dead-lettered (default 5) */
  maxAttempts?: number;
  /** the wait after failed attempt `attempt` (1-based) before the next; default exponential */
  backoffMs?(attempt: number): number;
  /** how long a claimed job is its runner's before others may take it over (default 5 min) */
  leaseMs?: number;
  run(payload: P, ctx: JobContext): Promise<void>;
}

/** Thrown by a job that must not be retried: the job goes straight to the dead letters. */
export class PermanentJobError extends Error {
  override name = 'PermanentJobError';
}

export interface EnqueueOptions {
  workspaceId?: string | null;
  /**
   * While a job with the same kind and key is queued or running, enqueueing another is a no-op
   * (answers null). Finished jobs do not block a new one.
   */
  dedupKey?: string;
  /** not before this instant (default now) */
  runAt?: Date;
  /** overrides the kind's maxAttempts for this job */
  maxAttempts?: number;
}

export { JOB_STATUSES, type JobStatus } from '../../domain/jobs/job-status.ts';
