import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { basisValue, tierFor, windowStart } from '../../domain/loyalty/tiers.ts';
import { grantAnniversaries } from './loyalty-bonus.ts';
import { changeLedger, type LedgerContext } from './loyalty-ledger.ts';
import { loyaltyLedgerRepository } from './loyalty-ledger.repository.ts';
import { programmeOf, reportingOf } from './loyalty-programme.ts';
import { loyaltyStatusRepository } from './loyalty-status.repository.ts';

/**
 * The nightly run for one workspace: anniversary bonuses, then the lots whose expiry day has come (only customers whose
 * status says one is due), then every customer's tier from the 12 months ending today, read in one
 * grouped query over the ledger's window index; only rows whose tier or sums changed are written.
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

  const [sums, statuses] = await Promise.all([
    loyaltyLedgerRepository.windowSums(db, ws, windowStart(ctx.today), ctx.today),
    loyaltyStatusRepository.all(db, ws),
  ]);
  const byCustomer = new Map(sums.map((s) => [s.customer_id, s]));
  const changed: {
    customerId: string;
    tier: string | null;
    points: number;
    amountMinor: number;
  }[] = [];
  for (const st of statuses) {
    const s = byCustomer.get(st.customer_id);
    const points = Number(s?.points ?? 0);
    const amountMinor = Number(s?.amount_minor ?? 0);
    const value = basisValue(programme.basis, { points, amountMinor }, ctx.reportingDigits);
    const tier = tierFor(programme.tiers, value)?.key ?? null;
    if (
      tier !== st.tier ||
      points !== Number(st.points_12m) ||
      amountMinor !== Number(st.revenue_12m_minor)
    )
      changed.push({ customerId: st.customer_id, tier, points, amountMinor });
  }
  if (changed.length)
    await db
      .transaction()
      .execute((tx) => loyaltyStatusRepository.setTiers(tx, ws, changed, ctx.at));
  return {
    anniversaries,
    expired: due.length,
    customers: statuses.length,
    changed: changed.length,
  };
}
