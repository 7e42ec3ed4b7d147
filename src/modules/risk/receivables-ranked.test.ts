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
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
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
