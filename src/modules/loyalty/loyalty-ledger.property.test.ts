import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { ledgerOf, ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { replay } from '../../domain/loyalty/ledger.ts';
import { toEntry } from './loyalty-ledger.ts';

type Op =
  | { t: 'order'; amount: number }
  | { t: 'toggle'; which: number }
  | { t: 'redeem'; points: number }
  | { t: 'adjust'; points: number }
  | { t: 'days'; days: number };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('order' as const), amount: fc.integer({ min: 1, max: 300_000 }) }),
  fc.record({ t: fc.constant('toggle' as const), which: fc.nat(3) }),
  fc.record({ t: fc.constant('redeem' as const), points: fc.integer({ min: 1, max: 2_500 }) }),
  fc.record({ t: fc.constant('adjust' as const), points: fc.integer({ min: -2_000, max: 2_000 }) }),
  fc.record({ t: fc.constant('days' as const), days: fc.integer({ min: 1, max: 200 }) }),
);

const clock = { now: new Date('2026-01-05T02:00:00Z') };

/**
 * The ledger invariants through the database (the pure replay's: src/domain/loyalty/
 * ledger.property.test.ts): random runs of paid orders, their cancellation and re-payment,
 * redemptions, adjustments (refused ones included) and days passing (lots expire after 12
 * months), each through the services as the routes call them. After each run: the stored
 * entries replay to a balance equal to the sum of the lots left and to the sum of the entries,
 * never below zero, and the status row and the customer's card say the same.
 */
describe.each(testDialects())('the ledger invariants on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      container: { jobs: { now: () => clock.now } },
    });
    org = await salesOrg(ctx);
    await ok(await ctx.client(org.admin).put('/loyalty/programme', PROGRAMME));
  });
  afterAll(() => ctx.close());

  it('balance = sum of lots = sum of entries ≥ 0, and the status and card agree', async () => {
    const scope = org.admin.scope;
    let run = 0;
    // What the runs went through, so a generator that stopped reaching a case fails the test.
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        run += 1;
        clock.now = new Date('2026-01-05T02:00:00Z');
        const c = await ctx.newCustomer(org.eastRep, { name: `Invariant ${run}` });
        const orders: { id: string; paid: boolean }[] = [];
        for (const o of ops) {
          const today = clock.now.toISOString().slice(0, 10);
          // Refusals (over the balance) are part of the run: they must change nothing.
          const attempt = (p: Promise<unknown>) => p.catch(() => undefined);
          if (o.t === 'days') clock.now = new Date(`${addDays(today, o.days)}T02:00:00Z`);
          else if (o.t === 'order') {
            const made = await ctx.services.orders.create(scope, {
              customerId: c.id,
              number: `INV-${run}-${orders.length}`,
              orderDate: today,
              amountMinor: o.amount,
              currency: 'USD',
              status: 'paid',
              paidDate: today,
            });
            orders.push({ id: made.id, paid: true });
          } else if (o.t === 'toggle') {
            const order = orders[o.which % Math.max(orders.length, 1)];
            if (order) {
              order.paid = !order.paid;
              await ctx.services.orders.update(
                scope,
                order.id,
                order.paid ? { status: 'paid', paidDate: today } : { status: 'cancelled' },
              );
            }
          } else if (o.t === 'redeem')
            await attempt(
              ctx.services.loyalty.redeem(scope, c.id, { points: o.points, reason: 'r' }),
            );
          else if (o.points !== 0)
            await attempt(
              ctx.services.loyalty.adjust(scope, c.id, { points: o.points, reason: 'a' }),
            );
        }
        const entries = (await ledgerOf(ctx, org.ws.id, c.id)).map(toEntry);
        const state = replay(entries);
        for (const e of entries) seen.add(e.points < 0 ? `${e.kind}-` : e.kind);
        if (state.balance > 0) seen.add('positive');
        const lots = state.lots.reduce((s, l) => s + l.remaining, 0);
        const sum = entries.reduce((s, e) => s + e.points, 0);
        expect([state.balance, lots, sum]).toEqual([state.balance, state.balance, state.balance]);
        expect(state.balance).toBeGreaterThanOrEqual(0);
        const status = await ctx.db
          .selectFrom('loyalty_status')
          .select('balance')
          .where('workspace_id', '=', org.ws.id)
          .where('customer_id', '=', c.id)
          .executeTakeFirst();
        expect(Number(status?.balance ?? 0)).toBe(state.balance);
        expect((await ctx.services.loyalty.ofCustomer(scope, c.id)).balance).toBe(state.balance);
      }),
      { numRuns: 15, seed: 17 },
    );
    // earned, reversed by a cancellation, spent, corrected both ways, expired
    for (const kind of ['earn', 'earn-', 'redeem-', 'adjust', 'adjust-', 'expire-', 'positive'])
      expect(seen, kind).toContain(kind);
  });
});
