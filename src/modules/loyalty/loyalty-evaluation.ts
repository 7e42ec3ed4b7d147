import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { windowStart } from '../../domain/loyalty/tiers.ts';
import { grantAnniversaries } from './loyalty-bonus.ts';
import { changeLedger, type LedgerContext } from './loyalty-ledger.ts';
import { programmeOf, reportingOf } from './loyalty-programme.ts';
import { loyaltyStatusRepository } from './loyalty-status.repository.ts';

/**
 * The nightly run for one workspace: anniversary bonuses, then the lots whose expiry day has come (only customers whose
 * status says one is due), then every customer's tier from the 12 months ending today, in one
 * statement (a grouped read of the ledger's window index joined to the status rows); only rows
 * whose tier or sums changed are written.
 */
export async function evaluateWorkspace(db: Kysely<DB>, ws: string, now: Date) {
  // Anniversary bonuses first, so tonight's tiers count them.
  const anniversaries = await grantAnniversaries(db, ws, now);
  const programme = await programmeOf(db, ws);
  const ctx: LedgerContext = {
    programme,
    reportingDigits: (await reportingOf(db, ws)).digits,
    today: now.toISOString().slice(0, 10),
    at: now.toISOString(),
  };
  const due = await loyaltyStatusRepository.dueToExpire(db, ws, ctx.today);
  for (const customerId of due)
    await db.transaction().execute((tx) => changeLedger(tx, ws, customerId, ctx, () => []));

  const changed = await loyaltyStatusRepository.evaluateTiers(db, ws, {
    from: windowStart(ctx.today),
    to: ctx.today,
    at: ctx.at,
    basis: programme.basis,
    unitMinor: 10 ** ctx.reportingDigits,
    tiers: programme.tiers,
  });
  return {
    anniversaries,
    expired: due.length,
    changed,
  };
}
