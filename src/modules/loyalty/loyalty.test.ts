import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { ledgerOf, ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';

const clock = { now: new Date('2026-06-15T02:00:00Z') };

describe.each(testDialects())('the loyalty programme API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    await ok(
      await ctx.client(org.admin).put('/exchange-rates', {
        reportingCurrency: 'USD',
        items: [{ currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' }],
      }),
    );
  });
  afterAll(() => ctx.close());

  const programmeRows = () =>
    ctx.db
      .selectFrom('loyalty_programmes')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .execute();
  const codeOf = (res: { json(): { errors?: { code: string; path: string }[] } }) =>
    res.json().errors?.[0];

  it('is off until an admin sets it; reps and managers may read it but not change it', async () => {
    const rep = ctx.client(org.eastRep);
    expect((await ok(await rep.get('/loyalty/programme'))).enabled).toBe(false);
    for (const actor of [org.eastRep, org.eastManager])
      expect((await ctx.client(actor).put('/loyalty/programme', PROGRAMME)).statusCode).toBe(403);
    const badOrder = { ...PROGRAMME, tiers: [PROGRAMME.tiers[1], PROGRAMME.tiers[0]] };
    const res = await ctx.client(org.admin).put('/loyalty/programme', badOrder);
    expect(res.statusCode).toBe(400);
    expect(codeOf(res)).toMatchObject({ path: '/tiers/1/threshold', code: 'loyalty_tier_order' });
    const noZh = {
      ...PROGRAMME,
      tiers: [{ ...PROGRAMME.tiers[0], names: { en: 'Silver' } }],
    };
    expect(codeOf(await ctx.client(org.admin).put('/loyalty/programme', noZh))?.path).toBe(
      '/tiers/0/names/zh-CN',
    );
    expect(await programmeRows()).toHaveLength(0);
    const saved = await ok(await ctx.client(org.admin).put('/loyalty/programme', PROGRAMME));
    expect(saved).toMatchObject({ ...PROGRAMME, reportingCurrency: 'USD' });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('entity_type', '=', 'loyalty_programme')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('earns once per paid order across paid → cancelled → paid, converted at the order date’s rate', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Punkte GmbH' });
    const rep = ctx.client(org.eastRep);
    const order = await ok<{ id: string }>(
      await rep.post('/orders', {
        customerId: c.id,
        number: 'LOY-1',
        orderDate: '2026-03-01',
        amountMinor: 1_000_00,
        currency: 'EUR',
      }),
      201,
    );
    // open: nothing yet
    expect(
      (await ok<{ balance: number }>(await rep.get(`/customers/${c.id}/loyalty`))).balance,
    ).toBe(0);
    const patch = (body: object) => rep.patch(`/orders/${order.id}`, body);
    await ok(await patch({ status: 'paid', paidDate: '2026-03-05' }));
    await ok(await patch({ status: 'paid' })); // written again: no second earning
    await ok(await patch({ status: 'cancelled' }));
    await ok(await patch({ status: 'paid' }));
    const got = await ok<{
      balance: number;
      lots: { expiresOn: string; remaining: number }[];
      ledger: { items: { seq: number; points: number; orderNumber: string | null }[] };
    }>(await rep.get(`/customers/${c.id}/loyalty`));
    // EUR 1,000.00 × 1.10 = USD 1,100.00 → 1,100 points, once
    expect(got.balance).toBe(1100);
    expect(got.lots).toEqual([
      expect.objectContaining({ remaining: 1100, expiresOn: '2027-03-05' }),
    ]);
    // the card's ledger page: newest first, each entry with its order's number
    expect(got.ledger.items.map((e) => [e.seq, e.points, e.orderNumber])).toEqual([
      [3, 1100, 'LOY-1'],
      [2, -1100, 'LOY-1'],
      [1, 1100, 'LOY-1'],
    ]);
    // the rep's manager sees the card; once the customer is deleted nobody does
    expect((await ctx.client(org.eastManager).get(`/customers/${c.id}/loyalty`)).statusCode).toBe(
      200,
    );
    expect((await ledgerOf(ctx, org.ws.id, c.id)).map((e) => [e.kind, Number(e.points)])).toEqual([
      ['earn', 1100],
      ['earn', -1100],
      ['earn', 1100],
    ]);
    // an order in a currency without a rate is named by the orders module and gives no points
    await ok(
      await rep.post('/orders', {
        customerId: c.id,
        number: 'LOY-2',
        orderDate: '2026-03-01',
        amountMinor: 500_00,
        currency: 'BRL',
        status: 'paid',
      }),
      201,
    );
    expect(await ledgerOf(ctx, org.ws.id, c.id)).toHaveLength(3);
    await ctx.db
      .updateTable('customers')
      .set({ deleted_at: clock.now.toISOString() })
      .where('id', '=', c.id)
      .execute();
    expect((await ctx.client(org.admin).get(`/customers/${c.id}/loyalty`)).statusCode).toBe(404);
  });

  it('a reversal after points were spent takes what is left and records the shortfall', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Spent Ltd' });
    const rep = ctx.client(org.eastRep);
    const order = await ok<{ id: string }>(
      await rep.post('/orders', {
        customerId: c.id,
        number: 'LOY-3',
        orderDate: '2026-04-01',
        amountMinor: 800_00,
        currency: 'USD',
        status: 'paid',
      }),
      201,
    );
    await ok(
      await rep.post(`/customers/${c.id}/loyalty/redeem`, { points: 300, reason: 'Samples' }),
    );
    await ok(await rep.patch(`/orders/${order.id}`, { status: 'cancelled' }));
    const rows = await ledgerOf(ctx, org.ws.id, c.id);
    expect(rows.map((e) => [e.kind, Number(e.points), Number(e.shortfall)])).toEqual([
      ['earn', 800, 0],
      ['redeem', -300, 0],
      ['earn', -500, 300],
    ]);
    await ok(await rep.patch(`/orders/${order.id}`, { status: 'paid' }));
    // paid again: the order's 800 once, less the 300 spent
    expect(
      (await ok<{ balance: number }>(await rep.get(`/customers/${c.id}/loyalty`))).balance,
    ).toBe(500);
  });

  it('refuses a redemption above the balance at /points and writes nothing', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Over GmbH' });
    await ok(
      await ctx
        .client(org.admin)
        .post(`/customers/${c.id}/loyalty/adjust`, { points: 40, reason: 'Welcome' }),
    );
    const before = await ledgerOf(ctx, org.ws.id, c.id);
    const res = await ctx
      .client(org.eastRep)
      .post(`/customers/${c.id}/loyalty/redeem`, { points: 41, reason: 'Too much' });
    expect(res.statusCode).toBe(400);
    expect(codeOf(res)).toMatchObject({ path: '/points', code: 'loyalty_over_balance' });
    expect(res.json().errors[0].params).toEqual({ balance: 40 });
    const blank = await ctx
      .client(org.eastRep)
      .post(`/customers/${c.id}/loyalty/redeem`, { points: 1, reason: '  ' });
    expect(codeOf(blank)).toMatchObject({ path: '/reason', code: 'required' });
    expect(await ledgerOf(ctx, org.ws.id, c.id)).toEqual(before);
    const spent = await ok<{
      balance: number;
      ledger: { items: { kind: string; reason: string }[] };
    }>(
      await ctx
        .client(org.eastRep)
        .post(`/customers/${c.id}/loyalty/redeem`, { points: 40, reason: 'Catalogue' }),
    );
    expect(spent.balance).toBe(0);
    expect(spent.ledger.items[0]).toMatchObject({ kind: 'redeem', reason: 'Catalogue' });
  });

  it('lets admins and managers adjust (audited) but not reps; another team’s customer is not found', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Adjust SA', country: 'FR' });
    const res = await ctx
      .client(org.eastRep)
      .post(`/customers/${c.id}/loyalty/adjust`, { points: 10, reason: 'Mine' });
    expect(res.statusCode).toBe(403);
    expect(await ledgerOf(ctx, org.ws.id, c.id)).toHaveLength(0);
    const zero = await ctx
      .client(org.eastManager)
      .post(`/customers/${c.id}/loyalty/adjust`, { points: 0, reason: 'x' });
    expect(codeOf(zero)).toMatchObject({ path: '/points', code: 'loyalty_nonzero' });
    const done = await ok<{ balance: number }>(
      await ctx
        .client(org.eastManager)
        .post(`/customers/${c.id}/loyalty/adjust`, { points: 250, reason: 'Fair bonus' }),
    );
    expect(done.balance).toBe(250);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('entity_type', '=', 'loyalty_entry')
      .where('entity_id', '=', c.id)
      .execute();
    expect(JSON.parse(audit[0]!.changes)).toMatchObject({
      adjust: { after: 250 },
      reason: { after: 'Fair bonus' },
    });
    for (const actor of [org.westRep, org.westManager, org.eastRep2]) {
      const as = ctx.client(actor);
      expect((await as.get(`/customers/${c.id}/loyalty`)).statusCode).toBe(404);
      expect(
        (await as.post(`/customers/${c.id}/loyalty/redeem`, { points: 1, reason: 'x' })).statusCode,
      ).toBe(404);
    }
    expect(
      (
        await ctx
          .client(org.westManager)
          .post(`/customers/${c.id}/loyalty/adjust`, { points: 1, reason: 'x' })
      ).statusCode,
    ).toBe(404);
    expect(await ledgerOf(ctx, org.ws.id, c.id)).toHaveLength(1);
  });

  it('gives other modules the tier’s benefits', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Gold Ltd' });
    const { loyaltyRecords } = await import('./loyalty-records.service.ts');
    expect(await loyaltyRecords.benefitsOf(ctx.db, org.ws.id, c.id)).toBeNull();
    await ok(
      await ctx
        .client(org.admin)
        .post(`/customers/${c.id}/loyalty/adjust`, { points: 2000, reason: 'Migrated' }),
    );
    expect(await loyaltyRecords.benefitsOf(ctx.db, org.ws.id, c.id)).toMatchObject({
      tier: 'gold',
      discountPct: 5,
      dedicatedEngineer: true,
    });
    const got = await ok<{ tier: { key: string }; nextTier: null }>(
      await ctx.client(org.eastRep).get(`/customers/${c.id}/loyalty`),
    );
    expect(got).toMatchObject({ tier: { key: 'gold' }, nextTier: null });
  });
});
