import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobKind } from './job-kind.ts';
import { jobsRepository } from './jobs.repository.ts';

const DAY = 24 * 60 * 60 * 1000;

/**
 * Keeps the queue small: succeeded jobs go after 7 days; dead and cancelled ones stay 30 days so an
 * admin back from a holiday still sees what failed.
 */
export function pruneJobsKind(db: Kysely<DB>, now = () => new Date()): JobKind {
  return {
    kind: 'jobs.prune',
    run: async () => {
      const t = now().getTime();
      await jobsRepository.prune(db, {
        succeeded: new Date(t - 7 * DAY),
        other: new Date(t - 30 * DAY),
      });
    },
  };
}
