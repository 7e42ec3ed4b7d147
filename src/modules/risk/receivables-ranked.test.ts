import { flagUndatedOrders } from '../../db/migrations/0100_receivable_undated_order.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

// Per customer the database converts, ranks and totals the aging (`rankedCustomers`) and only
// the page is aged in JavaScript. Awkward rates, amounts that round, a currency without a rate
// and lines in every bucket: every page must be the head of the full list, and the database's
// totals must equal the full list added up in JavaScript, to the minor unit.
describe.each(testDialects())('the aging report ranked per customer on %s', (dialect) => {
  let ctx: TestContext;
  // Today is the report's date, so an admin's whole book reads the kept per-customer sums (0102);
  // moved a day on, the same report reads the lines.
  const TODAY = Date.parse('2026-06-30T10:00:00Z');
  const clock = new Date(TODAY);
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.0937' },
        { currency: 'JPY', validFrom: '2026-01-01', rate: '0.006712' },
        { currency: 'GBP', validFrom: '2026-01-01', rate: '1.2719' },
      ],
    });
    const currencies = ['EUR', 'JPY', 'GBP', 'USD', 'BRL'];
    const dates = ['2026-06-25', '2026-05-20', '2026-04-28', '2026-03-30', '2026-01-15'];
    for (let i = 0; i < 9; i++) {
      const who = [org.eastRep, org.eastRep2, org.westRep][i % 3]!;
      const c = await ctx.newCustomer(who, {
        name: `Ranked ${i}`,
        country: ['DE', 'JP', 'GB'][i % 3],
      });
      const as = ctx.client(who);
      for (let j = 0; j < 3; j++) {
        const currency = currencies[(i + j) % currencies.length]!;
        const undated = (i + j) % 4 === 0;
        const res = await as.post('/orders', {
          customerId: c.id,
          number: `R-${i}-${j}`,
          orderDate: dates[(i * 2 + j) % dates.length],
          // Odd amounts (JPY has no minor unit): conversions that round.
          amountMinor: 1_000_03 + i * 77_771 + j * 13_337,
          currency,
          paymentTerms: undated
            ? [
                { event: 'on_order', percent: 30 },
                { event: 'against_bl_copy', percent: 70 },
              ]
            : [{ event: 'open_account', percent: 100, days: 10 }],
        });
        expect(res.statusCode, res.body).toBe(201);
      }
    }
  });
  afterAll(() => ctx.close());

  type Report = {
    undatedOrders: number;
    groupCount: number;
    total: Record<string, unknown> & {
      openMinor: number;
      overdueMinor: number;
      buckets: Record<string, number>;
    };
    groups: { key: string; openMinor: number; buckets: Record<string, number> }[];
  };
  const read = async (who: (typeof org)['admin'], query: string) => {
    const res = await ctx.client(who).get(`/receivables?asOf=2026-06-30&groupBy=customer&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Report>();
  };

  it('pages the head of the full list and totals it to the minor unit', async () => {
    for (const who of [org.admin, org.eastManager, org.westRep]) {
      const full = await read(who, 'limit=500');
      expect(full.groups.length).toBe(full.groupCount);
      expect(full.groupCount).toBeGreaterThan(0);
      const sum = (k: string) => full.groups.reduce((s, g) => s + (g.buckets[k] ?? 0), 0);
      for (const k of ['current', 'd1_30', 'd31_60', 'd61_90', 'd90_plus'])
        expect(full.total.buckets[k], k).toBe(sum(k));
      expect(full.total.openMinor).toBe(full.groups.reduce((s, g) => s + g.openMinor, 0));
      for (const limit of [1, 2, 4]) {
        const page = await read(who, `limit=${limit}`);
        expect(page.groups).toEqual(full.groups.slice(0, limit));
        expect(page.groupCount).toBe(full.groupCount);
        const { salesMinor: _s, ...rest } = page.total;
        const { salesMinor: _f, ...fullRest } = full.total;
        expect(rest).toEqual(fullRest);
        expect(page.undatedOrders).toBe(full.undatedOrders);
      }
    }
    const admin = await read(org.admin, 'limit=500');
    // 9 customers; buckets used; BRL kept apart; the on-order/B-L orders not yet fully dated.
    expect(admin.groupCount).toBe(9);
    expect(admin.total.overdueMinor).toBeGreaterThan(0);
    expect(admin.total.buckets.current).toBeGreaterThan(0);
    expect(admin.total.unconverted).toEqual([expect.objectContaining({ currency: 'BRL' })]);
    expect(admin.undatedOrders).toBeGreaterThan(0);
    // The country grouping (aged in JavaScript) sees the same raw amounts and undated orders.
    const byCountry = await ctx
      .client(org.admin)
      .get('/receivables?asOf=2026-06-30&groupBy=country');
    const country = byCountry.json<Report>();
    expect(country.total.byCurrency).toEqual(admin.total.byCurrency);
    expect(country.total.unconverted).toEqual(admin.total.unconverted);
    expect(country.undatedOrders).toBe(admin.undatedOrders);
  });

  // The whole book per country or owner is summed per customer before it meets `customers`;
  // one group asked alone reads customers first: each group must come out the same, every bucket.
  it('ages each country and owner group of the whole book as it ages the group alone', async () => {
    for (const [by, filter] of [
      ['country', 'country'],
      ['owner', 'ownerId'],
    ] as const) {
      const res = await ctx.client(org.admin).get(`/receivables?asOf=2026-06-30&groupBy=${by}`);
      const whole = res.json<Report>();
      expect(whole.groups.length).toBe(3);
      let undated = 0;
      for (const g of whole.groups) {
        const alone = await ctx
          .client(org.admin)
          .get(`/receivables?asOf=2026-06-30&groupBy=${by}&${filter}=${g.key}`);
        const one = alone.json<Report>();
        expect(one.groups, `${by} ${g.key}`).toEqual([g]);
        undated += one.undatedOrders;
      }
      expect(undated).toBe(whole.undatedOrders);
    }
  });

  it('reads an admin’s report of today from the kept sums exactly as from the lines', async () => {
    const queries = [
      'groupBy=customer&limit=500',
      'groupBy=customer&limit=2',
      'groupBy=country',
      'groupBy=owner',
    ];
    const get = async (q: string) => {
      const res = await ctx.client(org.admin).get(`/receivables?asOf=2026-06-30&${q}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<Report>();
    };
    const compare = async () => {
      clock.setTime(TODAY);
      const kept = [];
      for (const q of queries) kept.push(await get(q));
      const starts = await ctx.db.selectFrom('open_line_bucket_starts').select('starts').execute();
      expect(starts.map((s) => s.starts.split(',').length)).toEqual([8]);
      clock.setTime(TODAY + 86_400_000);
      for (const [i, q] of queries.entries()) expect(await get(q), q).toEqual(kept[i]);
      clock.setTime(TODAY);
      return kept;
    };
    const before = await compare();
    expect(before[0]!.groupCount).toBe(9);
    // Writes after the sums were kept: a new customer's order, a payment, a customer trashed.
    const c = await ctx.newCustomer(org.westRep, { name: 'Ranked late', country: 'DE' });
    const made = await ctx.client(org.westRep).post('/orders', {
      customerId: c.id,
      number: 'R-late',
      orderDate: '2026-05-02',
      amountMinor: 5_555_55,
      currency: 'EUR',
      paymentTerms: [{ event: 'open_account', percent: 100, days: 10 }],
    });
    expect(made.statusCode, made.body).toBe(201);
    const paid = await ctx.client(org.westRep).post('/payments', {
      orderId: made.json<{ id: string }>().id,
      amountMinor: 1_234_56,
      currency: 'EUR',
      paidOn: '2026-06-01',
      method: 'tt',
    });
    expect(paid.statusCode, paid.body).toBe(201);
    // Settled on the period's first day and on the day before the previous period starts.
    for (const [orderDate, paidOn] of [
      ['2026-03-01', '2026-04-02'],
      ['2025-12-01', '2026-01-02'],
      ['2025-12-01', '2026-01-01'],
    ]) {
      const o = await ctx.client(org.westRep).post('/orders', {
        customerId: c.id,
        number: `R-settled-${paidOn}`,
        orderDate,
        amountMinor: 100_00,
        currency: 'USD',
        paymentTerms: [{ event: 'open_account', percent: 100, days: 10 }],
      });
      expect(o.statusCode, o.body).toBe(201);
      const p = await ctx.client(org.westRep).post('/payments', {
        orderId: o.json<{ id: string }>().id,
        amountMinor: 100_00,
        currency: 'USD',
        paidOn,
        method: 'tt',
      });
      expect(p.statusCode, p.body).toBe(201);
    }
    const gone = before[0]!.groups[0]!.key;
    expect((await ctx.client(org.admin).delete(`/customers/${gone}`)).statusCode).toBe(204);
    const after = await compare();
    expect(after[0]!.groupCount).toBe(9);
    expect(after[0]!.groups.map((g) => g.key)).not.toContain(gone);
    expect((await ctx.client(org.admin).post(`/customers/${gone}/restore`, {})).statusCode).toBe(
      200,
    );
    expect((await compare())[0]!.groupCount).toBe(10);
  });

  it('flags each undated order once, and the migration flags existing lines the same way', async () => {
    const flags = () =>
      ctx.db
        .selectFrom('receivable_lines')
        .select(['order_id', 'seq', 'undated_order'])
        .orderBy('order_id')
        .orderBy('seq')
        .execute();
    const written = await flags();
    expect(written.filter((l) => l.undated_order === 1).length).toBeGreaterThan(0);
    await ctx.db.updateTable('receivable_lines').set({ undated_order: 0 }).execute();
    await flagUndatedOrders(ctx.db as never);
    expect(await flags()).toEqual(written);
  });
});
