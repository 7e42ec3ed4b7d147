import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

describe.each(testDialects())('forecast and board on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let pipeline: Json;
  const deals: Record<string, Json> = {};
  const stage = (code: string) => pipeline.stages.find((s: Json) => s.code === code).id;

  const open = async (who: Actor, key: string, country: string, body: Record<string, unknown>) => {
    const c = await ctx.newCustomer(who, { name: `${key} buyer`, country });
    const res = await ctx.client(who).post('/deals', { customerId: c.id, title: key, ...body });
    expect(res.statusCode, res.body).toBe(201);
    deals[key] = res.json();
  };

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    pipeline = (await ctx.client(org.admin).get('/pipelines')).json().items[0];
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.1' },
        { currency: 'EUR', validFrom: '2026-07-01', rate: '1.2' },
        { currency: 'JPY', validFrom: '2026-01-01', rate: '0.0065' },
      ],
    });
    expect(rates.statusCode, rates.body).toBe(200);
    // inquiry (10 %): EUR 100.00 closing in March → USD 110.00
    await open(org.eastRep, 'eur-march', 'DE', {
      amountMinor: 100_00,
      currency: 'EUR',
      expectedCloseDate: '2026-03-31',
    });
    // quotation (40 %): EUR 100.00 closing in August, after the rate changed → USD 120.00
    await open(org.eastRep, 'eur-august', 'DE', {
      amountMinor: 100_00,
      currency: 'EUR',
      expectedCloseDate: '2026-08-31',
      stageId: stage('quotation'),
    });
    // quotation (40 %): ¥1,000,000 → USD 6,500.00
    await open(org.westRep, 'jpy', 'JP', {
      amountMinor: 1_000_000,
      currency: 'JPY',
      expectedCloseDate: '2026-05-01',
      stageId: stage('quotation'),
    });
    // no BRL rate at all, and EUR before its first rate: named, not added
    await open(org.westRep, 'brl', 'BR', {
      amountMinor: 999_00,
      currency: 'BRL',
      expectedCloseDate: '2026-05-01',
    });
    await open(org.eastRep, 'eur-too-early', 'DE', {
      amountMinor: 50_00,
      currency: 'EUR',
      expectedCloseDate: '2025-12-15',
    });
    // USD, won: in no forecast of open deals
    await open(org.eastRep, 'usd-won', 'US', {
      amountMinor: 7_00,
      currency: 'USD',
      expectedCloseDate: '2026-04-01',
      stageId: stage('won'),
    });
  });
  afterAll(() => ctx.close());

  const get = async (who: Actor, query: string) => {
    const res = await ctx.client(who).get(`/deals/forecast?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('converts each deal at the rate of its expected close date, weighted and not', async () => {
    const f = await get(org.admin, 'groupBy=stage');
    expect(f.reportingCurrency).toBe('USD');
    expect(f.groups.map((g: Json) => [g.label, g.deals, g.amountMinor, g.weightedMinor])).toEqual([
      ['Inquiry', 1, 110_00, 11_00],
      ['Quotation', 2, 120_00 + 6_500_00, 48_00 + 2_600_00],
    ]);
    expect(f.total).toEqual({ deals: 3, amountMinor: 6_730_00, weightedMinor: 2_659_00 });
    const quotation = f.groups[1];
    expect(quotation.byCurrency).toEqual([
      { currency: 'EUR', deals: 1, amountMinor: 100_00 },
      { currency: 'JPY', deals: 1, amountMinor: 1_000_000 },
    ]);
  });

  it('names the deals without a rate and adds none of them', async () => {
    const f = await get(org.admin, 'groupBy=stage');
    expect(f.groups[0].unconvertedDeals).toBe(2);
    expect(f.unconverted.deals).toBe(2);
    // Rates here start on the 1st of a month, so deals are summed per month: the months named.
    expect(f.unconverted.byCurrency).toEqual([
      { currency: 'BRL', deals: 1, amountMinor: 999_00, lastDate: '2026-05-31' },
      { currency: 'EUR', deals: 1, amountMinor: 50_00, lastDate: '2025-12-31' },
    ]);
    expect(f.unconverted.items).toEqual([
      {
        id: deals['eur-too-early'].id,
        title: 'eur-too-early',
        customerName: 'eur-too-early buyer',
        currency: 'EUR',
        amountMinor: 50_00,
        expectedCloseDate: '2025-12-15',
      },
      {
        id: deals.brl.id,
        title: 'brl',
        customerName: 'brl buyer',
        currency: 'BRL',
        amountMinor: 999_00,
        expectedCloseDate: '2026-05-01',
      },
    ]);
  });

  it.each([
    [
      'month',
      [
        ['2025-12', 0, 0],
        ['2026-03', 1, 110_00],
        ['2026-05', 1, 6_500_00],
        ['2026-08', 1, 120_00],
      ],
    ],
    [
      'country',
      [
        ['JP', 1, 6_500_00],
        ['DE', 2, 230_00],
        ['BR', 0, 0],
      ],
    ],
  ])('groups by %s', async (by, expected) => {
    const f = await get(org.admin, `groupBy=${by}`);
    expect(f.groups.map((g: Json) => [g.key, g.deals, g.amountMinor])).toEqual(expected);
  });

  it('groups by owner with their names, and filters', async () => {
    const f = await get(org.admin, 'groupBy=owner');
    expect(f.groups.map((g: Json) => [g.label, g.amountMinor])).toEqual([
      [org.westRep.user.name, 6_500_00],
      [org.eastRep.user.name, 230_00],
    ]);
    const won = await get(org.admin, 'status=won');
    expect(won.total).toEqual({ deals: 1, amountMinor: 7_00, weightedMinor: 7_00 });
    const spring = await get(org.admin, 'from=2026-03-01&to=2026-05-31');
    expect(spring.total.amountMinor).toBe(110_00 + 6_500_00);
    const east = await get(org.admin, `ownerId=${org.eastRep.user.id}`);
    expect(east.total.amountMinor).toBe(230_00);
  });

  it('a rep’s forecast holds only their customers’ deals', async () => {
    const f = await get(org.eastRep, 'groupBy=stage');
    expect(f.total).toEqual({ deals: 2, amountMinor: 230_00, weightedMinor: 11_00 + 48_00 });
    expect(f.unconverted.items.map((d: Json) => d.title)).toEqual(['eur-too-early']);
  });

  it('refuses an unknown grouping or date', async () => {
    for (const q of ['groupBy=colour', 'from=2026-13-01', 'status=maybe'])
      expect((await ctx.client(org.admin).get(`/deals/forecast?${q}`)).statusCode).toBe(400);
  });

  it('the board shows each stage’s first deals and converted totals, rotting ones flagged', async () => {
    // Ten weeks in its stage with no touch: past the pipeline's 21 days.
    await ctx.db
      .updateTable('deals')
      .set({ stage_entered_at: new Date(Date.now() - 70 * 86_400_000).toISOString() })
      .where('workspace_id', '=', org.ws.id)
      .where('id', '=', deals['eur-august'].id)
      .execute();
    const res = await ctx.client(org.admin).get(`/deals/board?pipelineId=${pipeline.id}&limit=1`);
    expect(res.statusCode, res.body).toBe(200);
    const board = res.json();
    expect(board.columns.map((c: Json) => c.stageId)).toEqual(
      pipeline.stages.map((s: Json) => s.id),
    );
    const column = (code: string) => board.columns.find((c: Json) => c.stageId === stage(code));
    expect(column('quotation')).toMatchObject({
      deals: 2,
      amountMinor: 6_620_00,
      weightedMinor: 2_648_00,
      unconvertedDeals: 0,
    });
    // limit=1: the first by expected close date.
    expect(column('quotation').items.map((d: Json) => d.title)).toEqual(['jpy']);
    expect(column('inquiry')).toMatchObject({ deals: 3, unconvertedDeals: 2, amountMinor: 110_00 });
    expect(column('won').items.map((d: Json) => d.title)).toEqual(['usd-won']);
    const full = (await ctx.client(org.admin).get('/deals/board')).json();
    const august = full.columns
      .flatMap((c: Json) => c.items)
      .find((d: Json) => d.id === deals['eur-august'].id);
    expect(august).toMatchObject({ rotting: true, daysInStage: 70 });
    const mine = (await ctx.client(org.westRep).get('/deals/board')).json();
    expect(mine.columns.flatMap((c: Json) => c.items.map((d: Json) => d.title)).sort()).toEqual([
      'brl',
      'jpy',
    ]);
  });

  it('with a rate starting mid-month, sums per day and converts the same', async () => {
    await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.1' },
        { currency: 'EUR', validFrom: '2026-08-15', rate: '1.2' },
        { currency: 'JPY', validFrom: '2026-01-01', rate: '0.0065' },
      ],
    });
    const f = await get(org.admin, 'groupBy=stage');
    expect(f.total).toEqual({ deals: 3, amountMinor: 6_730_00, weightedMinor: 2_659_00 });
    expect(f.unconverted.byCurrency.map((u: Json) => u.lastDate)).toEqual([
      '2026-05-01',
      '2025-12-15',
    ]);
    // The rate from the 15th applies to the deal closing on the 31st, not to one on the 10th.
    const early = await ctx
      .client(org.eastRep)
      .patch(`/deals/${deals['eur-august'].id}`, { expectedCloseDate: '2026-08-10' });
    expect(early.statusCode).toBe(200);
    expect((await get(org.admin, 'groupBy=stage')).total.amountMinor).toBe(6_720_00);
  });

  it('a customer in the trash takes its deals out of every total, admin’s included', async () => {
    const del = await ctx.client(org.admin).delete(`/customers/${deals.jpy.customerId}`);
    expect(del.statusCode).toBeLessThan(300);
    for (const by of ['stage', 'owner', 'country', 'month']) {
      const f = await get(org.admin, `groupBy=${by}`);
      expect(f.total, by).toEqual({ deals: 2, amountMinor: 220_00, weightedMinor: 11_00 + 44_00 });
    }
    const board = (await ctx.client(org.admin).get('/deals/board')).json();
    expect(board.columns.find((c: Json) => c.stageId === stage('quotation'))).toMatchObject({
      deals: 1,
      amountMinor: 110_00,
    });
    expect((await ctx.client(org.admin).get(`/deals/${deals.jpy.id}`)).statusCode).toBe(404);
  });
  it('a customer’s new country moves its deals in every forecast and filter', async () => {
    const byCountry = async (who: Actor) =>
      Object.fromEntries(
        (await get(who, 'groupBy=country')).groups.map((g: Json) => [g.key, g.amountMinor]),
      );
    expect(await byCountry(org.admin)).toEqual({ DE: 220_00, BR: 0 });
    const moved = await ctx
      .client(org.eastRep)
      .patch(`/customers/${deals['eur-august'].customerId}`, { country: 'at' });
    expect(moved.statusCode, moved.body).toBe(200);
    for (const who of [org.admin, org.eastRep])
      expect(await byCountry(who)).toMatchObject({ DE: 110_00, AT: 110_00 });
    const listed = await ctx.client(org.eastRep).get('/deals?country=AT');
    expect(listed.json().items.map((d: Json) => [d.title, d.customerCountry])).toEqual([
      ['eur-august', 'AT'],
    ]);
    expect(
      (await ctx.client(org.eastRep).get('/deals?country=DE')).json().items,
    ).not.toContainEqual(expect.objectContaining({ title: 'eur-august' }));
  });
  it('gives deals that existed before the copy their customer’s country (migration 0039)', async () => {
    const countries = () =>
      ctx.db
        .selectFrom('deals')
        .innerJoin('customers', (j) =>
          j
            .onRef('customers.workspace_id', '=', 'deals.workspace_id')
            .onRef('customers.id', '=', 'deals.customer_id'),
        )
        .select(['deals.title', 'deals.customer_country as copy', 'customers.country'])
        .orderBy('deals.title')
        .execute();
    await migrateTo(ctx.db, '0038_tickets');
    await migrateToLatest(ctx.db);
    const rows = await countries();
    expect(rows.length).toBeGreaterThan(5);
    for (const r of rows) expect(r.copy, r.title).toBe(r.country);
    expect(rows.find((r) => r.title === 'eur-august')?.copy).toBe('AT');
  });
});
