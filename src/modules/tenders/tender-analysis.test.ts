import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

const clock = { now: new Date('2026-11-30T02:00:00Z') };

describe.each(testDialects())('GET /tenders/analysis on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let reason: Record<string, string>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' },
        { currency: 'INR', validFrom: '2026-01-01', rate: '0.012' },
      ],
    });
    const reasons = (await ctx.client(org.admin).get('/tender-reasons')).json().items as {
      id: string;
      code: string;
    }[];
    reason = Object.fromEntries(reasons.map((r) => [r.code, r.id]));
    const india = await ctx.newCustomer(org.eastRep, { name: 'Delhi Jal Board', country: 'IN' });
    const saudi = await ctx.newCustomer(org.eastRep, { name: 'SWCC', country: 'SA' });
    const brazil = await ctx.newCustomer(org.westRep, { name: 'Sabesp', country: 'BR' });
    let n = 0;
    const post = (a: typeof org.eastRep, customerId: string, body: object) =>
      ctx.client(a).post('/tenders', {
        customerId,
        reference: `A-${++n}`,
        title: `Tender ${n}`,
        submissionDeadline: '2026-06-15T12:00',
        ...body,
      });
    const created = [
      // Lost in India to a local Class-I firm on price and local content: INR 1 crore → USD 120,000.
      await post(org.eastRep, india.id, {
        bid: { amountMinor: 10_000_000_00, currency: 'INR' },
        result: 'lost',
        reasonIds: [reason.price, reason.local_content],
        competitors: [{ name: 'Kirloskar Brothers', localPresence: true, awarded: true }],
      }),
      // Won in India against the same firm.
      await post(org.eastRep, india.id, {
        bid: { amountMinor: 5_000_000_00, currency: 'INR' },
        result: 'won',
        reasonIds: [reason.price],
        competitors: [{ name: 'kirloskar brothers', localPresence: true }],
      }),
      // Lost in Saudi Arabia: SAR has no rate, so the bid is named and not added.
      await post(org.eastRep, saudi.id, {
        bid: { amountMinor: 2_000_000_00, currency: 'SAR' },
        result: 'lost',
        reasonIds: [reason.joint_venture],
        requiresJointVenture: true,
        competitors: [{ name: 'Al-Rashid JV', localPresence: true, awarded: true }],
      }),
      // Lost in Brazil (west team) in euros: EUR 100,000 → USD 110,000; winner not recorded.
      await post(org.westRep, brazil.id, {
        bid: { amountMinor: 100_000_00, currency: 'EUR' },
        result: 'lost',
        reasonIds: [reason.price],
      }),
      await post(org.westRep, brazil.id, { result: 'no_bid', reasonIds: [reason.local_presence] }),
    ];
    for (const c of created) expect(c.statusCode).toBe(201);
  });
  afterAll(() => ctx.close());

  it('answers win rate and lost value per reason, country and competitor (admin: all)', async () => {
    const a = (await ctx.client(org.admin).get('/tenders/analysis')).json();
    expect(a.reportingCurrency).toBe('USD');
    expect(a.total).toMatchObject({
      won: 1,
      lost: 3,
      noBid: 1,
      winRate: 0.25,
      lostValueMinor: 120_000_00 + 110_000_00,
    });
    expect(a.total.unconverted).toEqual([
      expect.objectContaining({ reference: 'A-3', currency: 'SAR', date: '2026-11-30' }),
    ]);
    const price = a.byReason.find((r: { code: string }) => r.code === 'price');
    expect(price).toMatchObject({
      name: { en: 'Price', zh: '价格' },
      won: 1,
      lost: 2,
      lostValueMinor: 230_000_00,
    });
    expect(a.byReason.find((r: { code: string }) => r.code === 'local_presence')).toMatchObject({
      noBid: 1,
      winRate: null,
    });
    expect(
      a.byCountry.map((c: { country: string; winRate: number }) => [c.country, c.winRate]),
    ).toEqual([
      // Equal losses: the country with a win first, then by code.
      ['IN', 0.5],
      ['BR', 0],
      ['SA', 0],
    ]);
    expect(
      a.byCompetitor.map((c: { name: string; tenders: number; lostTo: number }) => [
        c.name,
        c.tenders,
        c.lostTo,
      ]),
    ).toEqual([
      ['Kirloskar Brothers', 2, 1],
      ['Al-Rashid JV', 1, 1],
    ]);
    expect(a.lostToLocalPresence).toMatchObject({
      tenders: 2,
      shareOfLosses: 2 / 3,
      lostValueMinor: 120_000_00,
      winnerUnknown: 1,
    });
    expect(a.lostToLocalPresence.unconverted).toHaveLength(1);
  });

  it('filters by country and deadline, and counts a rep’s own tenders only', async () => {
    const india = (await ctx.client(org.admin).get('/tenders/analysis?country=in')).json();
    expect(india.total).toMatchObject({ won: 1, lost: 1 });
    const none = (
      await ctx.client(org.admin).get('/tenders/analysis?deadlineFrom=2026-07-01')
    ).json();
    expect(none.total).toMatchObject({ won: 0, lost: 0, noBid: 0 });
    const west = (await ctx.client(org.westRep).get('/tenders/analysis')).json();
    expect(west.total).toMatchObject({ lost: 1, noBid: 1, lostValueMinor: 110_000_00 });
    expect(
      (await ctx.client(org.admin).get('/tenders/analysis?deadlineFrom=2026-13-01')).statusCode,
    ).toBe(400);
  });
});
