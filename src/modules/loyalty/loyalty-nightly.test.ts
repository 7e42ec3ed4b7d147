import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { LOYALTY_NIGHTLY } from './loyalty-jobs.ts';
import { ledgerOf, ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';

const clock = { now: new Date('2025-01-10T02:00:00Z') };
const at = (date: string) => (clock.now = new Date(`${date}T02:00:00Z`));

describe.each(testDialects())('loyalty expiry and tiers, nightly, on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    // Lots last 24 months here, so a tier leaving the 12-month window is told by the nightly
    // evaluation alone, not by an expiry.
    await ok(
      await ctx.client(org.admin).put('/loyalty/programme', { ...PROGRAMME, expiryMonths: 24 }),
    );
  });
  afterAll(() => ctx.close());

  const adjust = async (customerId: string, points: number) =>
    ok(
      await ctx
        .client(org.admin)
        .post(`/customers/${customerId}/loyalty/adjust`, { points, reason: 'Test lot' }),
    );
  const night = async (date: string) => {
    at(date);
    await enqueueJob(ctx.db, LOYALTY_NIGHTLY, {}, { runAt: clock.now });
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const status = (customerId: string) =>
    ctx.db
      .selectFrom('loyalty_status')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('customer_id', '=', customerId)
      .executeTakeFirstOrThrow();

  it('spends the oldest lot first and expires each lot on its day, with reminders before', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Lots GmbH' });
    at('2025-01-10');
    await adjust(c.id, 100);
    at('2025-03-01');
    await adjust(c.id, 50);
    await ok(
      await ctx
        .client(org.eastRep)
        .post(`/customers/${c.id}/loyalty/redeem`, { points: 70, reason: 'Gift' }),
    );
    at('2026-12-20');
    const soon = await ok<{ lots: { remaining: number }[]; expiringSoon: unknown[] }>(
      await ctx.client(org.eastRep).get(`/customers/${c.id}/loyalty`),
    );
    expect(soon.lots.map((l) => l.remaining)).toEqual([30, 50]);
    expect(soon.expiringSoon).toEqual([{ lotSeq: 1, expiresOn: '2027-01-10', points: 30 }]);

    await night('2027-01-09');
    expect(Number((await status(c.id)).balance)).toBe(80);
    await night('2027-01-10');
    expect(Number((await status(c.id)).balance)).toBe(50);
    expect((await status(c.id)).next_expiry).toBe('2027-03-01');
    await night('2027-03-01');
    const rows = await ledgerOf(ctx, org.ws.id, c.id);
    expect(rows.map((r) => [r.kind, Number(r.points), r.lot_seq])).toEqual([
      ['adjust', 100, null],
      ['adjust', 50, null],
      ['redeem', -70, null],
      ['expire', -30, 1],
      ['expire', -50, 2],
    ]);
    expect(Number((await status(c.id)).balance)).toBe(0);
    // an expired lot cannot be spent
    const res = await ctx
      .client(org.eastRep)
      .post(`/customers/${c.id}/loyalty/redeem`, { points: 1, reason: 'Late' });
    expect(res.json().errors[0]).toMatchObject({ path: '/points', code: 'loyalty_over_balance' });
  });

  it('tells tiers at their thresholds exactly and drops them when points leave the 12 months', async () => {
    at('2026-05-01');
    const below = await ctx.newCustomer(org.eastRep, { name: 'Below Ltd' });
    const silver = await ctx.newCustomer(org.eastRep, { name: 'Silver Ltd' });
    const gold = await ctx.newCustomer(org.eastRep, { name: 'Gold Ltd' });
    await adjust(below.id, 999);
    await adjust(silver.id, 1000);
    await adjust(gold.id, 1999);
    await adjust(gold.id, 1);
    expect((await status(below.id)).tier).toBeNull();
    expect((await status(silver.id)).tier).toBe('silver');
    expect((await status(gold.id)).tier).toBe('gold');
    const next = await ok<{ nextTier: { key: string; threshold: number }; basisValue: number }>(
      await ctx.client(org.eastRep).get(`/customers/${below.id}/loyalty`),
    );
    expect(next).toMatchObject({ basisValue: 999, nextTier: { key: 'silver', threshold: 1000 } });

    // The last day the points count, then the first day they do not (the lots expire too).
    await night('2027-04-30');
    expect((await status(silver.id)).tier).toBe('silver');
    await night('2027-05-01');
    for (const c of [below, silver, gold]) {
      expect((await status(c.id)).tier).toBeNull();
      expect(Number((await status(c.id)).balance)).toBeGreaterThan(0); // the points remain
    }
  });
});
