import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { JobKind } from '../jobs/job-kind.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { evaluateWorkspace } from './loyalty-evaluation.ts';
import { EXPIRY_REMINDERS_JOB } from './loyalty-expiry-reminders.ts';
import { earnForAllOrders } from './loyalty-orders.ts';
import { loyaltyLedgerRepository } from './loyalty-ledger.repository.ts';
import { loyaltyProgrammeRepository } from './loyalty-programme.repository.ts';

export const LOYALTY_NIGHTLY = 'loyalty.evaluate-all';
/** Set off when a programme is switched on: the orders already paid earn their points. */
export const LOYALTY_BACKFILL = 'loyalty.backfill';

/**
 * Nightly: lots expire and tiers move with the date alone (an earning leaves the 12 months), so
 * every workspace with its programme on is re-evaluated; one `loyalty.evaluate` job per workspace,
 * so a failing workspace is retried alone, and one `loyalty.expiry-reminders`.
 */
export function loyaltyJobKinds(db: Kysely<DB>, now: () => Date): JobKind[] {
  return [
    {
      kind: LOYALTY_NIGHTLY,
      run: async () => {
        // Once for all workspaces' evaluations (the tables are shared): see the repository.
        await loyaltyLedgerRepository.refreshStatistics(db);
        // Due by the module's clock (the runner's, unless a test moves it).
        for (const ws of await loyaltyProgrammeRepository.enabledWorkspaces(db)) {
          await enqueueJob(
            db,
            'loyalty.evaluate',
            {},
            { workspaceId: ws, dedupKey: ws, runAt: now() },
          );
          // Lots expiring within the reminder window: one mail per lot (defined by the container,
          // which gives it the mail delivery).
          await enqueueJob(
            db,
            EXPIRY_REMINDERS_JOB,
            {},
            { workspaceId: ws, dedupKey: ws, runAt: now() },
          );
        }
      },
    },
    {
      kind: LOYALTY_BACKFILL,
      run: async (_payload, ctx) => {
        if (ctx.workspaceId) await earnForAllOrders(db, ctx.workspaceId, now());
      },
    },
    {
      kind: 'loyalty.evaluate',
      run: async (_payload, ctx) => {
        if (ctx.workspaceId) await evaluateWorkspace(db, ctx.workspaceId, now());
      },
    },
  ];
}
