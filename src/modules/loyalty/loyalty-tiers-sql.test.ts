import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { LoyaltyLedgerTable } from '../../db/schema.ts';
import { basisValue, tierFor } from '../../domain/loyalty/tiers.ts';
import { loyaltyStatusRepository } from './loyalty-status.repository.ts';

const TIERS = [
  { key: 'silver', threshold: 1000 },
  { key: 'gold', threshold: 2500 },
  { key: 'platinum', threshold: 4000 },
];
// Window sums around every threshold, zero and negatives (a reversal larger than the earnings).
const SUMS: { points: number; amountMinor: number }[] = [
  { points: 0, amountMinor: 0 },
  { points: -5, amountMinor: -150_00 },
  { points: 999, amountMinor: 999_99 },
  { points: 1000, amountMinor: 1000_00 },
  { points: 1001, amountMinor: 1000_01 },
  { points: 2499, amountMinor: 2499_99 },
  { points: 2500, amountMinor: 2500_00 },
  { points: 3999, amountMinor: 3999_99 },
  { points: 4000, amountMinor: 4000_00 },
  { points: 90_000, amountMinor: 5 },
];
const FROM = '2025-06-16';
const TODAY = '2026-06-15';

/**
 * The nightly evaluation's one statement tells the same tier as the domain's `tierFor` over
 * `basisValue`, at each threshold, for both bases, counting only earnings and adjustments inside
 * the window, and writes only the rows that changed.
 */
describe.each(testDialects())('tiers evaluated in SQL on %s', (dialect) => {
  let ctx: TestContext;
  let ws: string;
  const ids: string[] = [];
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    const org = await salesOrg(ctx);
    ws = org.ws.id;
    const rows: LoyaltyLedgerTable[] = [];
    const entry = (customerId: string, seq: number, e: Partial<LoyaltyLedgerTable>) =>
      rows.push({
        workspace_id: ws,
        customer_id: customerId,
        seq,
        kind: 'earn',
        points: 0,
        entry_date: TODAY,
        order_id: null,
        lot_seq: null,
        expires_on: null,
        shortfall: 0,
        amount_minor: 0,
        reason: null,
        actor_id: null,
        source: null,
        created_at: `${TODAY}T00:00:00Z`,
        ...e,
      });
    for (const [i, s] of SUMS.entries()) {
      const c = await ctx.newCustomer(org.eastRep, { name: `Tier ${i}` });
      ids.push(c.id);
      // Split over an earning on the window's first day and an adjustment on its last …
      entry(c.id, 1, { points: s.points - 1, amount_minor: s.amountMinor - 1, entry_date: FROM });
      entry(c.id, 2, { kind: 'adjust', points: 1, amount_minor: 1, entry_date: TODAY });
      // … and what must not count: a day before the window, a redemption, an expiry.
      entry(c.id, 3, { points: 700, amount_minor: 700_00, entry_date: '2025-06-15' });
      entry(c.id, 4, { kind: 'redeem', points: -300, entry_date: TODAY });
      entry(c.id, 5, { kind: 'expire', points: -200, entry_date: TODAY, lot_seq: 3 });
      await ctx.db
        .insertInto('loyalty_status')
        .values({
          workspace_id: ws,
          customer_id: c.id,
          balance: 0,
          tier: 'stale',
          points_12m: 0,
          revenue_12m_minor: 0,
          next_expiry: null,
          evaluated_at: 'before',
        })
        .execute();
    }
    await ctx.db.insertInto('loyalty_ledger').values(rows).execute();
  });
  afterAll(() => ctx.close());

  const statuses = async () => {
    const rows = await ctx.db
      .selectFrom('loyalty_status')
      .selectAll()
      .where('workspace_id', '=', ws)
      .execute();
    const by = new Map(rows.map((r) => [r.customer_id, r]));
    return ids.map((id) => by.get(id)!);
  };
  const evaluate = (basis: 'points' | 'revenue', at: string) =>
    loyaltyStatusRepository.evaluateTiers(ctx.db, ws, {
      from: FROM,
      to: TODAY,
      at,
      basis,
      unitMinor: 100,
      tiers: TIERS,
    });

  it.each(['points', 'revenue'] as const)(
    'by %s: the domain rule’s tier at every boundary',
    async (basis) => {
      await evaluate(basis, `${basis}-1`);
      const got = await statuses();
      SUMS.forEach((s, i) => {
        const row = got[i]!;
        expect([Number(row.points_12m), Number(row.revenue_12m_minor)]).toEqual([
          s.points,
          s.amountMinor,
        ]);
        expect(row.tier, `${basis} ${JSON.stringify(s)}`).toBe(
          tierFor(TIERS, basisValue(basis, s, 2))?.key ?? null,
        );
      });
      // Evaluated again: nothing differs, nothing is written.
      expect(await evaluate(basis, `${basis}-2`)).toBe(0);
      expect((await statuses()).map((r) => r.evaluated_at)).toEqual(got.map((r) => r.evaluated_at));
    },
  );

  it('without tiers every tier is cleared', async () => {
    await loyaltyStatusRepository.evaluateTiers(ctx.db, ws, {
      from: FROM,
      to: TODAY,
      at: 'none',
      basis: 'points',
      unitMinor: 100,
      tiers: [],
    });
    expect((await statuses()).map((r) => r.tier)).toEqual(SUMS.map(() => null));
  });
});
