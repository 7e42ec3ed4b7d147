import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('payments, receivables and days late on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let a: { id: string };
  let a1: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' },
        { currency: 'CNY', validFrom: '2026-01-01', rate: '0.14' },
      ],
    });
    expect(rates.statusCode).toBe(200);
    a = await ctx.newCustomer(org.eastRep, { name: 'Aging Werk GmbH', country: 'DE' });
  });
  afterAll(() => ctx.close());

  const rep = () => ctx.client(org.eastRep);
  const order = async (body: Record<string, unknown>, as = rep()) => {
    const res = await as.post('/orders', { customerId: a.id, ...body });
    expect(res.statusCode, res.body).toBe(201);
    return res.json<{ id: string; paidMinor: number; status: string }>().id;
  };
  const pay = (body: Record<string, unknown>, as = rep()) => as.post('/payments', body);

  it('records T/T deposit and balance, partial payments in two currencies, and due dates', async () => {
    // 30 % on order (Mon 2 March), 70 % open account 30 days → Wed 1 April.
    a1 = await order({
      number: 'A-1',
      orderDate: '2026-03-02',
      amountMinor: 10_000_00,
      currency: 'EUR',
      paymentTerms: [
        { event: 'on_order', percent: 30 },
        { event: 'open_account', percent: 70, days: 30 },
      ],
    });
    expect(
      (
        await pay({
          orderId: a1,
          amountMinor: 3_000_00,
          currency: 'EUR',
          paidOn: '2026-03-05',
          method: 'tt',
        })
      ).statusCode,
    ).toBe(201);
    // USD 1,100.00 at 1.10 USD per EUR on 10 April: EUR 1,000.00 applied.
    const usd = await pay({
      orderId: a1,
      amountMinor: 1_100_00,
      currency: 'usd',
      paidOn: '2026-04-10',
      method: 'tt',
      reference: 'SWIFT 123',
    });
    expect(usd.statusCode).toBe(201);
    expect(usd.json()).toMatchObject({ currency: 'USD', appliedMinor: 1_000_00 });
    const s = (await rep().get(`/orders/${a1}/payments`)).json();
    expect(
      s.instalments.map((i: { amountMinor: number; dueDate: string }) => [
        i.amountMinor,
        i.dueDate,
      ]),
    ).toEqual([
      [3_000_00, '2026-03-02'],
      [7_000_00, '2026-04-01'],
    ]);
    expect(s).toMatchObject({
      paidMinor: 4_000_00,
      openMinor: 6_000_00,
      finalDueDate: '2026-04-01',
    });
    expect(s.payments).toHaveLength(2);
  });

  it('refuses bad payments and leaves nothing behind', async () => {
    const count = async () => (await rep().get(`/payments?orderId=${a1}`)).json().items.length;
    const before = await count();
    const bad = async (body: Record<string, unknown>, status: number, path: string) => {
      const res = await pay({
        orderId: a1,
        amountMinor: 1_00,
        currency: 'EUR',
        paidOn: '2026-04-11',
        method: 'tt',
        ...body,
      });
      expect(res.statusCode, res.body).toBe(status);
      expect(res.json().errors[0].path).toBe(path);
    };
    await bad({ amountMinor: 6_000_01 }, 400, '/amountMinor');
    await bad({ amountMinor: 0 }, 400, '/amountMinor');
    await bad({ currency: 'BRL' }, 400, '/currency');
    await bad({ currency: 'EURO' }, 400, '/currency');
    await bad({ paidOn: '2099-01-01' }, 400, '/paidOn');
    await bad({ paidOn: '2026-02-30' }, 400, '/paidOn');
    await bad({ method: 'bitcoin' }, 400, '/method');
    const theirs = await ctx.newCustomer(org.westRep, { name: 'West Pay Ltd', country: 'GB' });
    const w = await ctx.client(org.westRep).post('/orders', {
      customerId: theirs.id,
      number: 'W-1',
      orderDate: '2026-03-02',
      amountMinor: 100,
      currency: 'USD',
    });
    await bad({ orderId: w.json().id }, 400, '/orderId');
    expect((await ctx.client(org.westRep).get(`/orders/${a1}/payments`)).statusCode).toBe(404);
    expect((await ctx.client(org.westRep).get(`/payments?orderId=${a1}`)).json().items).toEqual([]);
    const cancelled = await order({
      number: 'A-X',
      orderDate: '2026-03-02',
      amountMinor: 100,
      currency: 'EUR',
      status: 'cancelled',
    });
    const res = await pay({
      orderId: cancelled,
      amountMinor: 1,
      currency: 'EUR',
      paidOn: '2026-04-11',
      method: 'tt',
    });
    expect(res.statusCode).toBe(409);
    expect(await count()).toBe(before);
  });

  it('ages receivables in the reporting currency, names what has no rate, and keeps reps to their own', async () => {
    await order({
      number: 'A-2',
      orderDate: '2026-06-01',
      amountMinor: 70_000_00,
      currency: 'CNY',
    });
    await order({
      number: 'A-3',
      orderDate: '2026-05-01',
      amountMinor: 5_000_00,
      currency: 'BRL',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 30 }],
    });
    // Paid 10 days late in this period (due Mon 11 May, paid 21 May), on time in the one before.
    const a4 = await order({
      number: 'A-4',
      orderDate: '2026-05-01',
      amountMinor: 500_00,
      currency: 'USD',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 10 }],
    });
    expect(
      (
        await pay({
          orderId: a4,
          amountMinor: 500_00,
          currency: 'USD',
          paidOn: '2026-05-21',
          method: 'tt',
        })
      ).statusCode,
    ).toBe(201);
    const a5 = await order({
      number: 'A-5',
      orderDate: '2026-02-02',
      amountMinor: 100_00,
      currency: 'USD',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 10 }],
    });
    await pay({
      orderId: a5,
      amountMinor: 100_00,
      currency: 'USD',
      paidOn: '2026-02-12',
      method: 'tt',
    });
    expect((await rep().get(`/orders/${a4}/payments`)).json().openMinor).toBe(0);
    const theirs = await ctx.newCustomer(org.westRep, { name: 'West Open Ltd', country: 'GB' });
    await ctx.client(org.westRep).post('/orders', {
      customerId: theirs.id,
      number: 'W-2',
      orderDate: '2026-06-10',
      amountMinor: 1_000_00,
      currency: 'USD',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 30 }],
    });

    const mine = (await rep().get('/receivables?asOf=2026-06-30')).json();
    expect(mine.reportingCurrency).toBe('USD');
    // EUR 6,000 due 1 April (90 days: 61–90) → USD 6,600; CNY 70,000 not yet due → USD 9,800.
    expect(mine.total.buckets).toEqual({
      current: 9_800_00,
      d1_30: 0,
      d31_60: 0,
      d61_90: 6_600_00,
      d90_plus: 0,
    });
    expect(mine.total.openMinor).toBe(16_400_00);
    expect(mine.total.unconverted).toEqual([{ currency: 'BRL', openMinor: 5_000_00 }]);
    expect(mine.undatedOrders).toBe(1);
    expect(mine.groups.map((g: { label: string }) => g.label)).toEqual(['Aging Werk GmbH']);
    const g = mine.groups[0];
    // Sales 2 April–30 June: CNY 70,000 (USD 9,800) and USD 500; the BRL order has no rate.
    expect(g.salesMinor).toBe(10_300_00);
    expect(g.dso).toBe(143.3);
    expect(g).toMatchObject({
      averageDaysLate: 10,
      previousAverageDaysLate: 0,
      trend: 'worse',
      settledOrders: 1,
    });

    const all = (
      await ctx.client(org.admin).get('/receivables?asOf=2026-06-30&groupBy=country')
    ).json();
    // and the west rep's two orders: USD 1,000 and the USD 1.00 one refused a payment above
    expect(all.total.openMinor).toBe(17_401_00);
    expect(all.groups.map((x: { key: string }) => x.key)).toEqual(['DE', 'GB']);
    const owners = (
      await ctx.client(org.eastManager).get('/receivables?asOf=2026-06-30&groupBy=owner')
    ).json();
    expect(owners.groups.map((x: { key: string }) => x.key)).toEqual([org.eastRep.user.id]);
    for (const q of ['groupBy=region', 'asOf=2026-13-01', 'country=XX', 'periodDays=1', 'nope=1'])
      expect((await rep().get(`/receivables?${q}`)).statusCode, q).toBe(400);
  });

  it('a payment removed reopens the order, and every payment is audited', async () => {
    const o = await order({
      number: 'A-9',
      orderDate: '2026-04-01',
      amountMinor: 200_00,
      currency: 'USD',
    });
    const p = (
      await pay({
        orderId: o,
        amountMinor: 200_00,
        currency: 'USD',
        paidOn: '2026-04-02',
        method: 'lc',
      })
    ).json();
    const paid = (await rep().get(`/orders?customerId=${a.id}`))
      .json()
      .items.find((x: { id: string }) => x.id === o);
    expect(paid).toMatchObject({ status: 'paid', paidDate: '2026-04-02', paidMinor: 200_00 });
    expect((await ctx.client(org.westRep).delete(`/payments/${p.id}`)).statusCode).toBe(404);
    expect((await rep().delete(`/payments/${p.id}`)).statusCode).toBe(204);
    const open = (await rep().get(`/orders?customerId=${a.id}`))
      .json()
      .items.find((x: { id: string }) => x.id === o);
    expect(open).toMatchObject({ status: 'open', paidDate: null, paidMinor: 0 });
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityId=${p.id}`)).json().items;
    expect(audit.map((x: { action: string }) => x.action).sort()).toEqual(['create', 'delete']);
  });

  it('ages by the calendar of the day: a holiday added later moves a due date out of overdue', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Holiday Moves Ltd', country: 'DE' });
    const home = (await ctx.client(org.admin).get('/workspace')).json().homeCountry as string;
    // Open account 30 days from Wed 1 July: due Fri 31 July; one day overdue on Sat 1 August.
    const id = await order({
      customerId: c.id,
      number: 'H-1',
      orderDate: '2026-07-01',
      amountMinor: 300_00,
      currency: 'USD',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 30 }],
    });
    const report = async () =>
      (await rep().get(`/receivables?asOf=2026-08-01&customerId=${c.id}`)).json().total.buckets;
    expect(await report()).toMatchObject({ current: 0, d1_30: 300_00 });
    const day = await ctx
      .client(org.admin)
      .post(`/countries/${home}/calendar-days`, { date: '2026-07-31', kind: 'holiday', name: 'x' });
    expect(day.statusCode, day.body).toBe(201);
    // Due now on the next business day after the 31st: not overdue on 1 August.
    expect((await rep().get(`/orders/${id}/payments`)).json().finalDueDate > '2026-07-31').toBe(
      true,
    );
    expect(await report()).toMatchObject({ current: 300_00, d1_30: 0 });
    // A payment lowers what is open at once (kept in the payment's transaction).
    await pay({
      orderId: id,
      amountMinor: 100_00,
      currency: 'USD',
      paidOn: '2026-07-20',
      method: 'tt',
    });
    expect(await report()).toMatchObject({ current: 200_00, d1_30: 0 });
  });

  it('a merge takes the merged customer’s receivables and days late to the kept one', async () => {
    const keep = await ctx.newCustomer(org.eastRep, { name: 'Merge Keep Trading', country: 'FR' });
    const gone = await ctx.newCustomer(org.eastRep, { name: 'Merge Gone Trading', country: 'FR' });
    await order({
      customerId: gone.id,
      number: 'M-1',
      orderDate: '2026-05-01',
      amountMinor: 700_00,
      currency: 'USD',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 10 }],
    });
    const paid = await order({
      customerId: gone.id,
      number: 'M-2',
      orderDate: '2026-05-01',
      amountMinor: 50_00,
      currency: 'USD',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 10 }],
    });
    await pay({
      orderId: paid,
      amountMinor: 50_00,
      currency: 'USD',
      paidOn: '2026-05-15',
      method: 'tt',
    });
    const merged = await rep().post('/duplicates/merge', {
      keepId: keep.id,
      mergeId: gone.id,
      take: { name: 'keep' },
    });
    expect(merged.statusCode, merged.body).toBe(200);
    const kept = (await rep().get(`/receivables?asOf=2026-06-30&customerId=${keep.id}`)).json();
    expect(kept.total).toMatchObject({ openMinor: 700_00, settledOrders: 1, averageDaysLate: 4 });
    const left = (await rep().get(`/receivables?asOf=2026-06-30&customerId=${gone.id}`)).json();
    expect(left.total).toMatchObject({ openMinor: 0, settledOrders: 0 });
  });
});
