import type { Kysely } from 'kysely';
import type { DB, Job, JobSchedule, JobStatus } from '../../db/schema.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError } from '../../domain/field-errors.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { JobRunner } from './job-runner.ts';
import { jobSchedulesRepository } from './job-schedules.repository.ts';
import { jobsRepository } from './jobs.repository.ts';

export interface JobView extends Job {
  /** the attempts the job may use (its own number, else its kind's) */
  maxAttempts: number;
}

/** The admin's view of the workspace's background work: list, run again, cancel. */
export class JobsService {
  constructor(
    private readonly db: Kysely<DB>,
    readonly runner: JobRunner,
  ) {}

  async list(
    scope: Scope,
    f: { status?: JobStatus; kind?: string; cursor?: string; limit: number },
  ): Promise<{ rows: JobView[]; counts: Partial<Record<JobStatus, number>> }> {
    requireRole(scope, 'admin');
    const rows = await jobsRepository.list(this.db, scope.workspaceId, {
      status: f.status,
      kind: f.kind,
      before: f.cursor,
      limit: f.limit,
    });
    const counts: Partial<Record<JobStatus, number>> = {};
    for (const c of await jobsRepository.countByStatus(this.db, scope.workspaceId))
      counts[c.status] = (counts[c.status] ?? 0) + c.n;
    return { rows: rows.map((r) => this.view(r)), counts };
  }

  async get(scope: Scope, id: string): Promise<JobView> {
    requireRole(scope, 'admin');
    const job = await jobsRepository.findInWorkspace(this.db, scope.workspaceId, id);
    if (!job) throw AppError.notFound('Job');
    return this.view(job);
  }

  /** Puts a dead or cancelled job back in the queue with its attempts reset. */
  retry(scope: Scope, id: string): Promise<JobView> {
    return this.change(scope, id, 'retry');
  }

  /** Cancels a job that has not started. */
  cancel(scope: Scope, id: string): Promise<JobView> {
    return this.change(scope, id, 'cancel');
  }

  /** Every workspace's jobs by kind and status, for the operator's metrics (no scope: not an API). */
  countAll() {
    return jobsRepository.countByStatus(this.db, null);
  }

  schedules(scope: Scope): Promise<JobSchedule[]> {
    requireRole(scope, 'admin');
    return jobSchedulesRepository.list(this.db);
  }

  private async change(scope: Scope, id: string, what: 'retry' | 'cancel'): Promise<JobView> {
    const before = await this.get(scope, id);
    await this.db.transaction().execute(async (tx) => {
      const done =
        what === 'retry'
          ? await jobsRepository.requeue(tx, scope.workspaceId, id)
          : await jobsRepository.cancel(tx, scope.workspaceId, id);
      if (!done)
        throw AppError.conflict(`The job is ${before.status}`, [
          fieldError('/status', what === 'retry' ? 'job_not_retryable' : 'job_not_cancellable', {
            status: before.status,
          }),
        ]);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'job',
        entityId: id,
        changes: {
          status: { before: before.status, after: what === 'retry' ? 'queued' : 'cancelled' },
        },
      });
    });
    return this.get(scope, id);
  }

  private view(job: Job): JobView {
    return { ...job, maxAttempts: this.runner.maxAttemptsOf(job) };
  }
}
