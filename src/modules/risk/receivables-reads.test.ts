import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

// The aging report reads an admin's whole book from the kept lines alone (trashed customers left
// out by id), scoped or filtered reports customers first, the total's sales from the kept
// revenue and a group's only for the groups shown: every path must give the same figures.
describe.each(testDialects())('the aging report read every way on %s', (dialect) => {
  let ctx: TestContext;
  // Today is the report's date, so an admin's whole book reads the kept per-customer sums (0102);
  // moved a day on, the same report reads the lines.
  const TODAY = Date.parse('2026-06-30T10:00:00Z');
  const clock = new Date(TODAY);
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const asOf = 'asOf=2026-06-30';
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [{ currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' }],
    });
    const book = [
      [org.eastRep, 'Ost Werk GmbH', 'DE', 'EUR', 4_000_00],
      [org.eastRep, 'Lyon Outils SA', 'FR', 'USD', 2_500_00],
      [org.westRep, 'West Tools Ltd', 'GB', 'USD', 1_000_00],
      [org.westRep, 'Gone Trading Ltd', 'GB', 'EUR', 9_999_00],
    ] as const;
    for (const [who, name, country, currency, amountMinor] of book) {
      const c = await ctx.newCustomer(who, { name, country });
      const as = ctx.client(who);
      const terms = [{ event: 'open_account', percent: 100, days: 10 }];
      // One open past due (61–90 days), one settled 5 days late this period.
      expect(
        (
          await as.post('/orders', {
            customerId: c.id,
            number: `${name}-1`,
            orderDate: '2026-04-06',
            amountMinor,
            currency,
            paymentTerms: terms,
          })
        ).statusCode,
      ).toBe(201);
      const paid = await as.post('/orders', {
        customerId: c.id,
        number: `${name}-2`,
        orderDate: '2026-05-04',
        amountMinor: 100_00,
        currency,
        paymentTerms: terms,
      });
      const pay = await as.post('/payments', {
        orderId: paid.json<{ id: string }>().id,
        amountMinor: 100_00,
        currency,
        paidOn: '2026-05-19',
        method: 'tt',
      });
      expect(pay.statusCode, pay.body).toBe(201);
      if (name.startsWith('Gone'))
        expect((await as.delete(`/customers/${c.id}`)).statusCode).toBe(204);
    }
  });
  afterAll(() => ctx.close());

  type Report = {
    total: {
      openMinor: number;
      salesMinor: number;
      averageDaysLate: number;
      settledOrders: number;
    };
    groupCount: number;
    groups: { key: string; openMinor: number; salesMinor: number; settledOrders: number }[];
  };
  const read = async (who: (typeof org)['admin'], query: string) => {
    const res = await ctx.client(who).get(`/receivables?${asOf}&${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Report>();
  };

  it('gives an admin the same total whichever way it is grouped, without the trashed customer', async () => {
    const reads = await Promise.all(
      ['groupBy=customer', 'groupBy=country', 'groupBy=owner'].map((q) => read(org.admin, q)),
    );
    // EUR 4,000 → USD 4,400, USD 2,500, USD 1,000 open; sales: those and three USD-or-EUR 100s.
    for (const r of reads) {
      expect(r.total.openMinor).toBe(7_900_00);
      expect(r.total.salesMinor).toBe(7_900_00 + 110_00 + 100_00 + 100_00);
      expect(r.total).toMatchObject({ averageDaysLate: 5, settledOrders: 3 });
      // every group is shown, so the groups add up to the total
      expect(r.groups.reduce((s, g) => s + g.salesMinor, 0)).toBe(r.total.salesMinor);
      expect(r.groups.reduce((s, g) => s + g.settledOrders, 0)).toBe(3);
    }
    expect(reads[0]!.groupCount).toBe(3);
    expect(reads[1]!.groups.map((g) => g.key).sort()).toEqual(['DE', 'FR', 'GB']);
  });

  // An admin's whole book per country or owner sums the lines and settlements per customer
  // first; one group asked alone reads customers first. Each group must come out the same.
  it('gives each country and owner group of the whole book the figures it has alone', async () => {
    for (const [by, filter] of [
      ['country', 'country'],
      ['owner', 'ownerId'],
    ] as const) {
      const whole = await read(org.admin, `groupBy=${by}`);
      expect(whole.groups.length).toBeGreaterThan(1);
      for (const g of whole.groups) {
        const alone = await read(org.admin, `groupBy=${by}&${filter}=${g.key}`);
        expect(alone.groups, `${by} ${g.key}`).toEqual([g]);
      }
    }
  });

  it('gives an admin today the same report from the kept sums as from the lines', async () => {
    const queries = [
      'groupBy=customer',
      'groupBy=customer&limit=1',
      'groupBy=country',
      'groupBy=owner',
    ];
    clock.setTime(TODAY);
    const kept = [];
    for (const q of queries) kept.push(await read(org.admin, q));
    clock.setTime(TODAY + 86_400_000);
    try {
      for (const [i, q] of queries.entries()) expect(await read(org.admin, q), q).toEqual(kept[i]);
    } finally {
      clock.setTime(TODAY);
    }
  });

  it('shows a limited page per customer with each shown group’s own sales, and scopes a rep', async () => {
    const page = await read(org.admin, 'groupBy=customer&limit=1');
    expect(page.groups).toHaveLength(1);
    expect(page.groups[0]).toMatchObject({ openMinor: 4_400_00, salesMinor: 4_510_00 });
    expect(page.total.salesMinor).toBe(8_210_00);
    const west = await read(org.westRep, 'groupBy=customer');
    expect(west.total).toMatchObject({ openMinor: 1_000_00, salesMinor: 1_100_00 });
    expect(west.groups.map((g) => g.salesMinor)).toEqual([1_100_00]);
    const fr = await read(org.admin, 'groupBy=owner&country=FR');
    expect(fr.total).toMatchObject({ openMinor: 2_500_00, salesMinor: 2_600_00, settledOrders: 1 });
  });
});
