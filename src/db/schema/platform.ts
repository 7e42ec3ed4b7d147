import type { Selectable } from 'kysely';
import type { JobStatus } from '../../domain/jobs/job-status.ts';

export type { JobStatus };

// Platform tables: the durable job queue and its schedules, and the rate-limit counts.

export interface JobTable {
  id: string;
  /** null for work of no one workspace (upload sweeps, pruning) */
  workspace_id: string | null;
  kind: string;
  /** JSON */
  payload: string;
  status: JobStatus;
  dedup_key: string | null;
  /** not before this instant; after a failure, when the retry is due */
  run_at: string;
  /** runs started so far (a claim counts one) */
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  /** the runner holding the job while it runs */
  locked_by: string | null;
  /** until when; after it another runner may take the job over */
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}
export type Job = Selectable<JobTable>;

export interface JobScheduleTable {
  name: string;
  cron: string;
  time_zone: string;
  next_run_at: string;
  last_run_at: string | null;
  updated_at: string;
}
export type JobSchedule = Selectable<JobScheduleTable>;

/** One counted attempt (a failed sign-in, a lead-form post) of a client, for a rate limit. */
export interface RateLimitHitTable {
  id: string;
  /** which limit: 'sign-in', 'lead-form' */
  scope: string;
  /** whom it limits: a client address, a form and address */
  key: string;
  at: string;
}
