import type { JobKind } from '../jobs/job-kind.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import type { PoolService } from './pool.service.ts';

export const POOL_SWEEP_ALL = 'pool.sweep-all';
export const POOL_SWEEP = 'pool.sweep';

/**
 * The nightly pool rule: one job fans out one `pool.sweep` per workspace whose rule is on, so a
 * failing workspace is retried alone. Each sweep is idempotent (see `sweepWorkspace`).
 */
export function poolJobKinds(pool: PoolService, db: Parameters<typeof enqueueJob>[0]): JobKind[] {
  return [
    {
      kind: POOL_SWEEP_ALL,
      run: async () => {
        // Due by the pool's own clock (the same as the runner's, unless a test moves it).
        for (const ws of await pool.enabledWorkspaces())
          await enqueueJob(
            db,
            POOL_SWEEP,
            {},
            { workspaceId: ws, dedupKey: ws, runAt: pool.now() },
          );
      },
    },
    {
      kind: POOL_SWEEP,
      run: async (_payload, ctx) => {
        if (ctx.workspaceId) await pool.sweep(ctx.workspaceId);
      },
    },
  ];
}
