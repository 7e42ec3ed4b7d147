import type { Executor } from '../../db/dialect.ts';
import type { EnqueueOptions } from './job-kind.ts';
import { jobsRepository } from './jobs.repository.ts';

/**
 * Other modules' way to set off work: inside their own transaction. Answers the job's id, or null
 * when a job with the same kind and `dedupKey` is already queued or running.
 */
export function enqueueJob(
  db: Executor,
  kind: string,
  payload: unknown,
  opts: EnqueueOptions = {},
): Promise<string | null> {
  return jobsRepository.enqueue(db, kind, payload, opts);
}

/** The id of the queued or running job of `kind` with this dedup key, if there is one. */
export function activeJobId(
  db: Executor,
  kind: string,
  dedupKey: string,
): Promise<string | undefined> {
  return jobsRepository.activeId(db, kind, dedupKey);
}
