import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { PermanentJobError, type JobKind } from '../jobs/job-kind.ts';
import { DISPATCH_JOB, events, type DispatchPayload } from './events.service.ts';

/**
 * Fans a published batch of events out to the subscribers, all in one transaction: a subscriber
 * that fails rolls back what the others wrote, so the retry does not duplicate their work.
 */
export function dispatchJobKind(db: Kysely<DB>): JobKind<DispatchPayload> {
  return {
    kind: DISPATCH_JOB,
    concurrency: 2,
    maxAttempts: 10,
    run: async (payload, ctx) => {
      if (!ctx.workspaceId) throw new PermanentJobError('an event dispatch needs its workspace');
      const ws = ctx.workspaceId;
      await db.transaction().execute((tx) => events.dispatch(tx, ws, payload));
    },
  };
}
