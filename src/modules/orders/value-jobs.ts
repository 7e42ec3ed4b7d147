import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { systemScope } from '../../domain/scope.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import type { ValueService } from './value.service.ts';

/**
 * Nightly tier evaluation. Tiers depend on the date as well as the orders (an order leaves the
 * period, a customer's recency grows), so they are recomputed each night: one job fans out one
 * `value.classify` per workspace, so a failing workspace is retried alone.
 */
export function valueJobKinds(db: Kysely<DB>, value: ValueService): JobKind[] {
  return [
    {
      kind: 'value.classify-all',
      run: async () => {
        for (const w of await workspaces.list(db))
          await enqueueJob(db, 'value.classify', {}, { workspaceId: w.id, dedupKey: w.id });
      },
    },
    {
      kind: 'value.classify',
      run: async (_payload, ctx) => {
        if (ctx.workspaceId) await value.classify(systemScope(ctx.workspaceId), {});
      },
    },
  ];
}
