import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  openLineTotalsRepository,
  type AnchorsDue,
  type OpenLinePlacement,
} from '../risk/open-line-totals.repository.ts';
import type { BucketStarts } from '../risk/receivable-lines-base.repository.ts';
import { insightRepository } from './insight.repository.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
type Late = Awaited<ReturnType<typeof openLineTotalsRepository.late>>;

// The overdue the map reads is kept per anchor with the receivable lines (0098). After each kind
// of write — orders created with terms, paid in part and in full, a payment deleted, amounts,
// terms, B/L dates and status edited, cancelled and reopened; customers moved to another owner,
// tier or country, trashed, restored and merged — the kept sums must equal a fresh sum of the
// lines, and every scope's and filter's read of them the raw read of the lines, at thresholds
// before, among and after the due dates. The same for the per-customer totals kept for a set of
// aging bucket starts and the settled days (0102): equal to a recount in JS and to the set-wise
// refill (`rebuild` and `rekey`, as the migration and a new day's report make them).
describe.each(testDialects())('kept overdue on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  const ids: Record<string, string> = {};
  const orders: Record<string, string> = {};
  let n = 0;
  const clock = new Date('2026-05-15T10:00:00Z');

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' },
        { currency: 'AED', validFrom: '2026-01-01', rate: '0.27' },
      ],
    });
    expect(rates.statusCode, rates.body).toBe(200);
    const customer = async (who: Actor, name: string, country: string, tier: 'A' | 'B' | null) =>
      (ids[name] = (await ctx.newCustomer(who, { name, country, tier, stage: 'customer' })).id);
    await customer(org.eastRep, 'Berlin GmbH', 'DE', 'A');
    await customer(org.eastRep, 'Munich AG', 'DE', 'B');
    await customer(org.eastRep, 'Dubai LLC', 'AE', null);
    await customer(org.westRep, 'Hamburg KG', 'DE', 'A');
  });
  afterAll(() => ctx.close());

  const order = async (who: Actor, name: string, key: string, body: Record<string, unknown>) => {
    const res = await ctx.client(who).post('/orders', {
      customerId: ids[name],
      number: `SO-${++n}`,
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    orders[key] = res.json().id as string;
  };
  const openAccount = (days: number) => [{ event: 'open_account', percent: 100, days }];

  const norm = (r: Late) => ({
    amounts: r.amounts
      .map((a) => ({ country: a.country, currency: a.currency, amount: Number(a.amount) }))
      .sort((a, b) => `${a.country}|${a.currency}`.localeCompare(`${b.country}|${b.currency}`)),
    customers: r.customers
      .map((c) => ({ country: c.country, n: Number(c.n) }))
      .sort((a, b) => a.country.localeCompare(b.country)),
  });

  const DUES: AnchorsDue[] = [
    { plain: '2026-03-01', lcAtSight: '2026-03-01' },
    { plain: '2026-04-15', lcAtSight: '2026-04-20' },
    { plain: '2026-05-15', lcAtSight: '2026-05-08' },
    { plain: '2026-06-30', lcAtSight: '2026-06-23' },
    { plain: '2027-01-01', lcAtSight: '2027-01-01' },
  ];

  // Starts among the due dates, so lines fall in every bucket (and move as the orders change).
  const STARTS: BucketStarts = {
    plain: ['2026-06-30', '2026-05-15', '2026-04-15', '2026-03-01'],
    lcAtSight: ['2026-06-23', '2026-05-08', '2026-04-20', '2026-03-01'],
  };

  /** The kept sums set-wise from the lines, in a transaction rolled back. */
  async function refilled() {
    let out: Awaited<ReturnType<typeof openLineTotalsRepository.stored>> | undefined;
    await ctx.db
      .transaction()
      .execute(async (tx) => {
        await openLineTotalsRepository.rebuild(tx, org.ws.id);
        await openLineTotalsRepository.rekey(tx, org.ws.id, STARTS);
        out = await openLineTotalsRepository.stored(tx, org.ws.id);
        throw new Error('rolled back');
      })
      .catch((e: Error) => {
        if (e.message !== 'rolled back') throw e;
      });
    return out!;
  }

  /** The kept sums equal a recount, and every read of them the raw read of the lines. */
  async function consistent() {
    const stored = await openLineTotalsRepository.stored(ctx.db, org.ws.id);
    expect(stored).toEqual(await openLineTotalsRepository.recounted(ctx.db, org.ws.id));
    expect(stored).toEqual(await refilled());
    const filters: OpenLinePlacement[] = [
      {},
      { country: 'DE' },
      { tier: 'A' },
      { ownerId: org.eastRep.scope.userId },
      { teamId: org.west.id },
    ];
    const scopes: Scope[] = [
      org.admin.scope,
      org.eastManager.scope,
      org.eastRep.scope,
      org.westRep.scope,
    ];
    for (const due of DUES)
      for (const scope of scopes)
        for (const f of filters) {
          const raw = norm(await insightRepository.overdue(ctx.db, scope, f, due));
          const kept = norm(await openLineTotalsRepository.late(ctx.db, scope, f, due));
          expect(kept, JSON.stringify({ role: scope.role, f, due })).toEqual(raw);
        }
    return stored;
  }

  it('follows orders created with terms, paid in part, paid in full, and a payment deleted', async () => {
    // The per-customer totals are kept from here on for these starts (a report would set them).
    await openLineTotalsRepository.rekey(ctx.db, org.ws.id, STARTS);
    // Due 31 March; 30 % on order 20 April and 70 % 60 days later; L/C at sight on a B/L of
    // 28 April (5 business days); due 1 May, in AED; due 11 May; no terms (never due).
    await order(org.eastRep, 'Berlin GmbH', 'b1', {
      orderDate: '2026-03-01',
      amountMinor: 1000_00,
      currency: 'EUR',
      paymentTerms: openAccount(30),
    });
    await order(org.eastRep, 'Berlin GmbH', 'b2', {
      orderDate: '2026-04-20',
      amountMinor: 2000_00,
      currency: 'USD',
      paymentTerms: [
        { event: 'on_order', percent: 30 },
        { event: 'open_account', percent: 70, days: 60 },
      ],
    });
    await order(org.eastRep, 'Munich AG', 'm1', {
      orderDate: '2026-04-10',
      amountMinor: 3000_00,
      currency: 'EUR',
      blDate: '2026-04-28',
      paymentTerms: [{ event: 'lc_at_sight', percent: 100 }],
    });
    await order(org.eastRep, 'Dubai LLC', 'd1', {
      orderDate: '2026-04-01',
      amountMinor: 10_000_00,
      currency: 'AED',
      paymentTerms: openAccount(30),
    });
    await order(org.westRep, 'Hamburg KG', 'h1', {
      orderDate: '2026-05-01',
      amountMinor: 500_00,
      currency: 'EUR',
      paymentTerms: openAccount(10),
    });
    await order(org.westRep, 'Hamburg KG', 'h2', {
      orderDate: '2026-05-01',
      amountMinor: 700_00,
      currency: 'EUR',
    });
    const stored = await consistent();
    // Five orders with terms, six lines: Berlin's two instalments, one each for the others.
    expect(stored.open_line_totals.reduce((s, r) => s + Number(r.lines), 0)).toBe(6);
    // Four customers with an open line, each counted once in the firsts.
    expect(stored.open_line_firsts.reduce((s, r) => s + Number(r.customers), 0)).toBe(4);
    // Every line per customer and currency, the undated ones (Hamburg's order without terms) too.
    expect(stored.open_line_customer_totals.reduce((s, r) => s + Number(r.lines), 0)).toBe(7);
    expect(stored.open_line_customer_totals.some((r) => Number(r.from1) > 0)).toBe(true);
    const late = await openLineTotalsRepository.late(ctx.db, org.admin.scope, {}, DUES[2]!);
    expect(norm(late).customers).toEqual([
      { country: 'AE', n: 1 },
      { country: 'DE', n: 3 },
    ]);

    const rep = ctx.client(org.eastRep);
    const pay = async (who: Actor, orderId: string, amountMinor: number, currency: string) => {
      const res = await ctx.client(who).post('/payments', {
        orderId,
        amountMinor,
        currency,
        paidOn: '2026-05-12',
        method: 'tt',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    await pay(org.eastRep, orders.b1!, 400_00, 'EUR');
    await consistent();
    // Berlin pays the whole second order: its lines go, the first order's stay.
    await pay(org.eastRep, orders.b2!, 2000_00, 'USD');
    await consistent();
    const full = await pay(org.westRep, orders.h1!, 500_00, 'EUR');
    const paid = await openLineTotalsRepository.stored(ctx.db, org.ws.id);
    expect(paid).toEqual(await openLineTotalsRepository.recounted(ctx.db, org.ws.id));
    expect(paid.open_line_owner_totals.some((r) => r.owner_id === org.westRep.scope.userId)).toBe(
      false,
    );
    // Paid in full: settled, with its days late.
    expect(paid.settled_day_totals.reduce((s, r) => s + Number(r.settled), 0)).toBe(2);
    // Deleting the payment reopens Hamburg's line.
    expect((await ctx.client(org.westRep).delete(`/payments/${full}`)).statusCode).toBe(204);
    await consistent();
    expect((await rep.get(`/orders/${orders.b1}/payments`)).statusCode).toBe(200);
  });

  it('follows edits of amounts, terms, B/L dates and status', async () => {
    const admin = ctx.client(org.admin);
    const patch = async (key: string, body: object) => {
      const res = await admin.patch(`/orders/${orders[key]}`, body);
      expect(res.statusCode, res.body).toBe(200);
      await consistent();
    };
    await patch('d1', { amountMinor: 12_000_00 });
    await patch('d1', { paymentTerms: openAccount(90) });
    await patch('m1', { blDate: '2026-05-11' });
    await patch('m1', { status: 'cancelled' });
    await patch('m1', { status: 'open' });
    // An order without terms given terms joins; Hamburg's order shipped stays open.
    await patch('h2', { paymentTerms: openAccount(5) });
    await patch('h2', { status: 'shipped' });
    // A settled order's paid date: its days late change, no line before or after.
    await patch('b2', { paidDate: '2026-05-14' });
  });

  it('moves a customer’s lines when its owner, team, tier or country changes', async () => {
    const admin = ctx.client(org.admin);
    const patch = async (name: string, body: object) => {
      const res = await admin.patch(`/customers/${ids[name]}`, body);
      expect(res.statusCode, res.body).toBe(200);
      await consistent();
    };
    await patch('Berlin GmbH', { tier: 'B' });
    await patch('Munich AG', { ownerId: org.westRep.scope.userId });
    await patch('Hamburg KG', { country: 'AT' });
    const at = await openLineTotalsRepository.late(
      ctx.db,
      org.admin.scope,
      { country: 'AT' },
      DUES[4]!,
    );
    expect(norm(at).customers).toEqual([{ country: 'AT', n: 1 }]);
  });

  it('takes trashed customers out, restored ones back in, and follows a merge', async () => {
    const admin = ctx.client(org.admin);
    expect((await admin.delete(`/customers/${ids['Dubai LLC']}`)).statusCode).toBe(204);
    const trashed = await consistent();
    expect(trashed.open_line_totals.some((r) => r.country === 'AE')).toBe(false);
    expect((await admin.post(`/customers/${ids['Dubai LLC']}/restore`, {})).statusCode).toBe(200);
    const restored = await consistent();
    expect(restored.open_line_firsts.some((r) => r.country === 'AE')).toBe(true);
    const res = await admin.post('/duplicates/merge', {
      keepId: ids['Berlin GmbH'],
      mergeId: ids['Dubai LLC'],
    });
    expect(res.statusCode, res.body).toBe(200);
    const merged = await consistent();
    // Dubai's AED line now counts in Germany, under Berlin.
    expect(merged.open_line_totals.some((r) => r.country === 'AE')).toBe(false);
    expect(merged.open_line_totals.some((r) => r.country === 'DE' && r.currency === 'AED')).toBe(
      true,
    );
  });

  it('the map reads the kept sums and agrees with a segment filter’s raw read', async () => {
    const seg = await ctx.client(org.admin).post('/segments', {
      name: 'Germany',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'DE' }] },
    });
    expect(seg.statusCode, seg.body).toBe(201);
    const q = 'measure=overdue&from=2026-01-01&to=2026-05-15';
    for (const who of [org.admin, org.eastManager, org.eastRep, org.westRep]) {
      const kept = (await ctx.client(who).get(`/insight/map?${q}`)).json();
      const raw = (
        await ctx.client(who).get(`/insight/map?${q}&segmentId=${seg.json().id}`)
      ).json();
      expect(raw.items).toEqual(kept.items.filter((i: { country: string }) => i.country === 'DE'));
    }
    const admin = (await ctx.client(org.admin).get(`/insight/map?${q}`)).json();
    expect(admin.items.find((i: { country: string }) => i.country === 'DE')?.count).toBe(1);
  });
});
