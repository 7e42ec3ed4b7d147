import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('orders, exchange rates and value tiers on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const order = (
    customerId: string,
    number: string,
    amountMinor: number,
    currency: string,
    orderDate = '2026-09-15',
  ) =>
    ctx
      .client(org.eastRep)
      .post('/orders', { customerId, number, orderDate, amountMinor, currency });

  it('totals per currency and converted at each order date’s rate, never added raw', async () => {
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' },
        { currency: 'EUR', validFrom: '2026-09-01', rate: '1.20' },
        { currency: 'CNY', validFrom: '2026-01-01', rate: '0.14' },
      ],
    });
    expect(rates.statusCode).toBe(200);
    const de = await ctx.newCustomer(org.eastRep, { name: 'Werk GmbH', country: 'DE' });
    expect((await order(de.id, 'PO-1', 10_000_00, 'EUR', '2026-08-31')).statusCode).toBe(201);
    expect((await order(de.id, 'PO-2', 10_000_00, 'eur', '2026-09-01')).statusCode).toBe(201);
    expect((await order(de.id, 'PO-3', 70_000_00, 'CNY')).statusCode).toBe(201);
    expect((await order(de.id, 'PO-4', 5_000_00, 'BRL')).statusCode).toBe(201);
    const res = (await ctx.client(org.eastRep).get(`/customers/${de.id}/orders`)).json();
    expect(res.items).toHaveLength(4);
    expect(res.totals.byCurrency).toEqual([
      { currency: 'BRL', amountMinor: 5_000_00, orders: 1 },
      { currency: 'CNY', amountMinor: 70_000_00, orders: 1 },
      { currency: 'EUR', amountMinor: 20_000_00, orders: 2 },
    ]);
    // 10,000 × 1.10 + 10,000 × 1.20 + 70,000 × 0.14; the BRL order has no rate and is named.
    expect(res.totals.converted).toEqual({ currency: 'USD', amountMinor: 32_800_00 });
    expect(res.totals.unconverted).toEqual([{ currency: 'BRL', orders: 1 }]);
  });

  it('validates orders and rates, and keeps orders in the caller’s scope', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Scope Ltd', country: 'GB' });
    expect((await order(c.id, 'PO-1', 1, 'USD')).statusCode).toBe(409);
    expect((await order(c.id, 'X-1', 1, 'EURO')).json().errors[0].path).toBe('/currency');
    expect((await order(c.id, 'X-2', -5, 'USD')).json().errors[0].path).toBe('/amountMinor');
    const theirs = await ctx.newCustomer(org.westRep, { name: 'West Ltd', country: 'GB' });
    expect((await order(theirs.id, 'X-3', 1, 'USD')).json().errors[0].path).toBe('/customerId');
    expect((await ctx.client(org.eastRep).get(`/customers/${theirs.id}/orders`)).statusCode).toBe(
      404,
    );
    expect(
      (
        await ctx
          .client(org.eastRep)
          .put(`/customers/${theirs.id}/tier`, { tier: 'A', locked: true })
      ).statusCode,
    ).toBe(404);
    expect(
      (
        await ctx.client(org.eastRep).put(`/customers/${c.id}/tier`, { tier: 'D', locked: true })
      ).json().errors[0].path,
    ).toBe('/tier');
    const bad = await ctx.client(org.admin).put('/exchange-rates', {
      items: [{ currency: 'EUR', validFrom: '2026-13-01', rate: 'one' }],
    });
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/items/0/validFrom',
      '/items/0/rate',
    ]);
    expect((await ctx.client(org.eastRep).put('/exchange-rates', { items: [] })).statusCode).toBe(
      403,
    );
  });

  it('classifies ABC from converted revenue, audits tier changes and keeps locked tiers', async () => {
    const mk = (name: string) => ctx.newCustomer(org.eastRep, { name, country: 'DE', tier: 'C' });
    const big = await mk('Big Buyer AG');
    const mid = await mk('Mid Buyer AG');
    const small = await mk('Small Buyer AG');
    const locked = await mk('Locked Buyer AG');
    const today = new Date().toISOString().slice(0, 10);
    await order(big.id, 'V-1', 100_000_00, 'USD', today);
    await order(mid.id, 'V-2', 10_000_00, 'USD', today);
    await order(small.id, 'V-3', 10_00, 'USD', today);
    await order(locked.id, 'V-4', 90_000_00, 'USD', today);
    // A deleted customer's orders count for no one: were they counted, Big Buyer would fall to B.
    const gone = await mk('Gone Buyer AG');
    await order(gone.id, 'V-5', 900_000_00, 'USD', today);
    expect((await ctx.client(org.eastRep).delete(`/customers/${gone.id}`)).statusCode).toBe(204);
    expect(
      (
        await ctx
          .client(org.eastRep)
          .put(`/customers/${locked.id}/tier`, { tier: 'C', locked: true })
      ).statusCode,
    ).toBe(200);
    const res = await ctx.client(org.eastManager).post('/value/classify', { months: 12 });
    expect(res.statusCode).toBe(200);
    expect(res.json().lockedKept).toBe(1);
    const tier = async (id: string) =>
      (await ctx.client(org.eastRep).get(`/customers/${id}`)).json().tier;
    expect(await tier(big.id)).toBe('A');
    expect(await tier(locked.id)).toBe('C');
    expect(await tier(small.id)).toBe('C');
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityId=${big.id}`)).json().items;
    expect(
      audit.some((a: { changes: { tier?: { after: string } } }) => a.changes.tier?.after === 'A'),
    ).toBe(true);
    // Segments read the scores and the orders.
    const seg = await ctx.client(org.eastRep).post('/segments/preview', {
      filter: {
        match: 'all',
        conditions: [
          { field: 'lastOrderDate', op: 'after', value: '2026-01-01' },
          { field: 'rfm', op: 'is_not_empty' },
          { field: 'country', op: 'is', value: 'DE' },
        ],
      },
    });
    expect(seg.json().count).toBeGreaterThanOrEqual(4);
    const none = await ctx.client(org.eastRep).post('/segments/preview', {
      filter: {
        match: 'all',
        conditions: [
          { field: 'lastOrderDate', op: 'is_empty' },
          { field: 'name', op: 'is', value: 'x' },
        ],
      },
    });
    expect(none.statusCode).toBe(400);
    expect((await ctx.client(org.eastRep).post('/value/classify', {})).statusCode).toBe(403);
    expect(
      (await ctx.client(org.admin).post('/value/classify', { a: 0.9, b: 0.5 })).statusCode,
    ).toBe(400);
  });
});
