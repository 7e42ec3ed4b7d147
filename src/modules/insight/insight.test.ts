import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
type MapItem = { country: string; value: number | null; count: number };

// A fixture whose every figure is worked out by hand below. Reporting currency USD; EUR at 1.10
// from 1 January 2026 and 1.20 from 1 March; AED at 0.27. Today is 31 March 2026.
//   east rep: Berlin (DE, A), Munich (DE, B), Dubai (AE); west rep: Hamburg (DE, A).
//   Period 2026-01-01…2026-03-31, the previous one 2025-10-03…2025-12-31.
describe.each(testDialects())('insight figures on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let clock = new Date('2026-03-20T10:00:00Z');
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    const put = await admin.put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [
        { currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' },
        { currency: 'EUR', validFrom: '2026-03-01', rate: '1.20' },
        { currency: 'AED', validFrom: '2026-01-01', rate: '0.27' },
      ],
    });
    expect(put.statusCode, put.body).toBe(200);
    const customer = async (who: Actor, name: string, country: string, tier: 'A' | 'B' | null) =>
      (ids[name] = (await ctx.newCustomer(who, { name, country, tier, stage: 'customer' })).id);
    await customer(org.eastRep, 'Berlin GmbH', 'DE', 'A');
    await customer(org.eastRep, 'Munich AG', 'DE', 'B');
    await customer(org.eastRep, 'Dubai LLC', 'AE', null);
    await customer(org.westRep, 'Hamburg KG', 'DE', 'A');
    // Made before the period (customers are stamped by the wall clock, not the test's).
    await ctx.db
      .updateTable('customers')
      .set({ created_at: '2025-10-01T00:00:00.000Z' })
      .where('workspace_id', '=', org.ws.id)
      .execute();
    const order = async (who: Actor, name: string, body: object) => {
      const res = await ctx.client(who).post('/orders', { customerId: ids[name], ...body });
      expect(res.statusCode, res.body).toBe(201);
    };
    let n = 0;
    const o = (orderDate: string, amountMinor: number, currency: string, extra = {}) => ({
      number: `SO-${++n}`,
      orderDate,
      amountMinor,
      currency,
      ...extra,
    });
    // This period: Berlin EUR 1,000 at 1.10 (1,100.00) and at 1.20 (1,200.00).
    await order(org.eastRep, 'Berlin GmbH', o('2026-02-10', 1000_00, 'EUR'));
    await order(org.eastRep, 'Berlin GmbH', o('2026-03-10', 1000_00, 'EUR'));
    // A cancelled order counts nowhere.
    await order(
      org.eastRep,
      'Berlin GmbH',
      o('2026-03-20', 999_00, 'EUR', { status: 'cancelled' }),
    );
    // Munich USD 500.00, and USD 300.00 on 30 days' open account from 2 February: due 4 March.
    await order(org.eastRep, 'Munich AG', o('2026-03-15', 500_00, 'USD'));
    await order(
      org.eastRep,
      'Munich AG',
      o('2026-02-01', 300_00, 'USD', {
        invoiceDate: '2026-02-02',
        paymentTerms: [{ event: 'open_account', percent: 100, days: 30 }],
      }),
    );
    // Dubai AED 10,000 at 0.27: 2,700.00. Hamburg (west) EUR 5,000 at 1.20: 6,000.00.
    await order(org.eastRep, 'Dubai LLC', o('2026-03-01', 10_000_00, 'AED'));
    await order(org.westRep, 'Hamburg KG', o('2026-03-05', 5000_00, 'EUR'));
    // The previous period: Berlin USD 1,000 + 500 + 500 = 2,000.00 over three orders.
    await order(org.eastRep, 'Berlin GmbH', o('2025-11-01', 1000_00, 'USD'));
    await order(org.eastRep, 'Berlin GmbH', o('2025-11-15', 500_00, 'USD'));
    await order(org.eastRep, 'Berlin GmbH', o('2025-12-01', 500_00, 'USD'));
    // Open deals: Berlin EUR 10,000 at 50 % closing 15 April (1.20): weighted 6,000.00;
    // Hamburg USD 1,000 at 10 %: weighted 100.00.
    const deal = async (
      who: Actor,
      name: string,
      amountMinor: number,
      currency: string,
      p: number,
    ) => {
      const res = await ctx.client(who).post('/deals', {
        customerId: ids[name],
        title: `Deal ${name}`,
        amountMinor,
        currency,
        expectedCloseDate: '2026-04-15',
        probability: p,
      });
      expect(res.statusCode, res.body).toBe(201);
    };
    await deal(org.eastRep, 'Berlin GmbH', 10_000_00, 'EUR', 50);
    await deal(org.westRep, 'Hamburg KG', 1000_00, 'USD', 10);
    // NPS answers of German customers: 10, 9, 7, 3 → (2 − 1) / 4 = 25; one of Hamburg's: 0.
    const answer = async (name: string, owner: Actor, score: number, i: number) => {
      await ctx.db
        .insertInto('surveys')
        .values({
          workspace_id: org.ws.id,
          id: `survey-${name}-${i}`,
          kind: 'nps',
          round_id: null,
          ticket_id: null,
          customer_id: ids[name]!,
          contact_id: null,
          token_hash: `hash-${i}`,
          language: 'en',
          subject: null,
          planned_at: '2026-03-01T09:00:00.000Z',
          created_at: '2026-03-01T09:00:00.000Z',
        })
        .execute();
      await ctx.db
        .insertInto('survey_answers')
        .values({
          workspace_id: org.ws.id,
          survey_id: `survey-${name}-${i}`,
          kind: 'nps',
          customer_id: ids[name]!,
          owner_id: owner.user.id,
          country: 'DE',
          tier: 'A',
          score,
          comment: null,
          language: 'en',
          month: '2026-03',
          answered_at: `2026-03-0${i}T09:00:00.000Z`,
          first_answered_at: `2026-03-0${i}T09:00:00.000Z`,
          follow_up_id: null,
        })
        .execute();
    };
    await answer('Berlin GmbH', org.eastRep, 10, 1);
    await answer('Berlin GmbH', org.eastRep, 9, 2);
    await answer('Munich AG', org.eastRep, 7, 3);
    await answer('Munich AG', org.eastRep, 3, 4);
    await answer('Hamburg KG', org.westRep, 0, 5);
    // A ticket of Munich opened on 20 March: by 31 March its first response is long overdue.
    const t = await ctx.client(org.eastRep).post('/tickets', {
      customerId: ids['Munich AG'],
      subject: 'Pump leaks',
      channel: 'email',
      type: 'defect',
    });
    expect(t.statusCode, t.body).toBe(201);
    clock = new Date('2026-03-31T10:00:00Z');
  });
  afterAll(() => ctx.close());

  const map = async (who: Actor, measure: string) => {
    const res = await ctx
      .client(who)
      .get(`/insight/map?measure=${measure}&from=2026-01-01&to=2026-03-31`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<{ items: MapItem[]; currency: string | null }>();
  };
  const at = (items: MapItem[], country: string) => items.find((i) => i.country === country);

  it('lists the measures of the modules that exist', async () => {
    const res = await ctx.client(org.eastRep).get('/insight/measures');
    expect(res.json<{ items: { id: string }[] }>().items.map((m) => m.id)).toEqual([
      'customers',
      'revenue',
      'growth',
      'pipeline',
      'overdue',
      'nps',
      'tickets_sla',
    ]);
  });

  it('computes each measure per country by hand, for the admin', async () => {
    const revenue = await map(org.admin, 'revenue');
    expect(revenue.currency).toBe('USD');
    // DE: 1,100 + 1,200 + 500 + 300 (east) + 6,000 (west) = 9,100.00 over five orders.
    expect(at(revenue.items, 'DE')).toEqual({ country: 'DE', value: 910000, count: 5 });
    expect(at(revenue.items, 'AE')).toEqual({ country: 'AE', value: 270000, count: 1 });
    const customers = await map(org.admin, 'customers');
    expect(at(customers.items, 'DE')).toMatchObject({ value: 3, count: 3 });
    // 9,100 against 2,000: +355 %.
    expect(at((await map(org.admin, 'growth')).items, 'DE')).toMatchObject({
      value: 355,
      count: 5,
    });
    // AE has one order now and none before: too few for a ratio.
    expect(at((await map(org.admin, 'growth')).items, 'AE')).toMatchObject({ value: null });
    expect(at((await map(org.admin, 'pipeline')).items, 'DE')).toEqual({
      country: 'DE',
      value: 610000,
      count: 2,
    });
    expect(at((await map(org.admin, 'overdue')).items, 'DE')).toEqual({
      country: 'DE',
      value: 30000,
      count: 1,
    });
    // Five answers: 10, 9, 7, 3, 0 → (2 − 2) / 5 = 0.
    expect(at((await map(org.admin, 'nps')).items, 'DE')).toEqual({
      country: 'DE',
      value: 0,
      count: 5,
    });
    expect(at((await map(org.admin, 'tickets_sla')).items, 'DE')).toMatchObject({ value: 1 });
  });

  it('gives a rep only their own customers in every figure', async () => {
    const rep = org.eastRep;
    expect(at((await map(rep, 'revenue')).items, 'DE')).toEqual({
      country: 'DE',
      value: 310000,
      count: 4,
    });
    expect(at((await map(rep, 'customers')).items, 'DE')).toMatchObject({ value: 2 });
    // 3,100 against 2,000: +55 %.
    expect(at((await map(rep, 'growth')).items, 'DE')).toMatchObject({ value: 55 });
    expect(at((await map(rep, 'pipeline')).items, 'DE')).toMatchObject({ value: 600000, count: 1 });
    expect(at((await map(rep, 'nps')).items, 'DE')).toMatchObject({ value: 25, count: 4 });
    const west = org.westRep;
    expect(at((await map(west, 'revenue')).items, 'DE')).toEqual({
      country: 'DE',
      value: 600000,
      count: 1,
    });
    expect(at((await map(west, 'revenue')).items, 'AE')).toBeUndefined();
    // Hamburg's one answer: below the minimum count, no score.
    expect(at((await map(west, 'nps')).items, 'DE')).toMatchObject({ value: null, count: 1 });
    expect(at((await map(west, 'overdue')).items, 'DE')).toBeUndefined();
    expect(at((await map(west, 'tickets_sla')).items, 'DE')).toBeUndefined();
  });

  it('builds the German market dashboard with changes and drill-downs, in scope', async () => {
    const res = await ctx
      .client(org.eastRep)
      .get('/insight/markets/de?from=2026-01-01&to=2026-03-31&lang=zh');
    expect(res.statusCode, res.body).toBe(200);
    const m = res.json();
    expect(m.country).toBe('DE');
    const kpi = (id: string) => m.kpis.find((k: { measure: string }) => k.measure === id);
    expect(kpi('revenue')).toMatchObject({
      value: 310000,
      previous: 200000,
      change: 55,
      changeUnit: 'percent',
      drillDown: { list: 'customers', query: { country: 'DE' } },
    });
    expect(kpi('customers')).toMatchObject({ value: 2, previous: null, change: null });
    expect(kpi('pipeline').drillDown).toEqual({ list: 'deals', query: { country: 'DE' } });
    expect(m.tierMix.map((t: { tier: string; count: number }) => [t.tier, t.count])).toEqual([
      ['A', 1],
      ['B', 1],
    ]);
    expect(m.tierMix[0].drillDown).toEqual({
      list: 'customers',
      query: { country: 'DE', tier: 'A' },
    });
    expect(
      m.topCustomers.map((c: { name: string; revenueMinor: number }) => [c.name, c.revenueMinor]),
    ).toEqual([
      ['Berlin GmbH', 230000],
      ['Munich AG', 80000],
    ]);
    expect(m.goingCold.count).toBe(2);
    expect(m.holidays[0]).toEqual({ date: '2026-04-03', name: expect.any(String) });
    expect(m.culture.hofstede.pdi).toBe(35);
    expect(res.body).not.toContain('Hamburg');
  });

  it('refuses a bad country, measure or period with field errors', async () => {
    const rep = ctx.client(org.eastRep);
    expect((await rep.get('/insight/markets/XX')).statusCode).toBe(400);
    const bad = await rep.get('/insight/map?measure=churn');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: '/querystring/measure', code: 'one_of' });
    expect(
      (await rep.get('/insight/map?measure=revenue&from=2026-03-01&to=2026-01-01')).statusCode,
    ).toBe(400);
  });

  it('ranks a rep’s next actions with reasons, and keeps them done, dismissed or snoozed', async () => {
    const rep = ctx.client(org.eastRep);
    const list = async (q = '') =>
      (await rep.get(`/next-actions${q}`)).json<{
        items: { key: string; ruleId: string; reason: string; customerId: string }[];
      }>().items;
    const items = await list();
    expect(items[0]).toMatchObject({
      ruleId: 'payment_overdue',
      reason: 'Check payment: order SO-5 is 27 days overdue',
      customerId: ids['Munich AG'],
    });
    expect(items.some((i) => i.ruleId === 're_engage' && i.customerId === ids['Berlin GmbH'])).toBe(
      true,
    );
    expect(items.every((i) => i.customerId !== ids['Hamburg KG'])).toBe(true);
    const zh = (await rep.get(`/next-actions?customerId=${ids['Munich AG']}&lang=zh`)).json().items;
    expect(zh[0].reason).toBe('核对付款：订单 SO-5 已逾期 27 天');
    // Another rep's customer is not found.
    expect(
      (await ctx.client(org.westRep).get(`/next-actions?customerId=${ids['Munich AG']}`))
        .statusCode,
    ).toBe(404);
    const pay = items[0]!;
    const dismissed = await rep.post(`/customers/${ids['Munich AG']}/next-actions`, {
      key: pay.key,
      state: 'dismissed',
    });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect((await list()).some((i) => i.key === pay.key)).toBe(false);
    const cold = items.find((i) => i.ruleId === 're_engage')!;
    await rep.post(`/customers/${ids['Berlin GmbH']}/next-actions`, {
      key: cold.key,
      state: 'snoozed',
      until: '2026-04-02',
    });
    expect((await list()).some((i) => i.key === cold.key)).toBe(false);
    clock = new Date('2026-04-02T10:00:00Z');
    expect((await list()).some((i) => i.key === cold.key)).toBe(true);
    clock = new Date('2026-03-31T10:00:00Z');
    // The west rep cannot mark the east rep's action.
    const stray = await ctx
      .client(org.westRep)
      .post(`/customers/${ids['Berlin GmbH']}/next-actions`, { key: cold.key, state: 'done' });
    expect(stray.statusCode).toBe(404);
    // Admins see the counts per rule; nobody else.
    const rules = await ctx.client(org.admin).get('/next-actions/rules');
    expect(
      rules.json().items.find((r: { id: string }) => r.id === 'payment_overdue'),
    ).toMatchObject({
      dismissed: 1,
      enabled: true,
    });
    expect((await rep.get('/next-actions/rules')).statusCode).toBe(403);
  });

  it('switches a rule off for the workspace and scores leads against the ideal customer', async () => {
    const admin = ctx.client(org.admin);
    expect(
      (
        await ctx.client(org.eastRep).put('/insight/settings', {
          disabledRules: [],
          icp: { countries: [], industries: [], sizes: [], sources: [] },
        })
      ).statusCode,
    ).toBe(403);
    const saved = await admin.put('/insight/settings', {
      disabledRules: ['re_engage'],
      icp: { countries: ['de'], industries: ['Machinery'], sizes: ['51-200'], sources: [] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const items = (await ctx.client(org.eastRep).get('/next-actions')).json().items;
    expect(items.some((i: { ruleId: string }) => i.ruleId === 're_engage')).toBe(false);
    const score = await ctx.client(org.eastRep).get(`/customers/${ids['Berlin GmbH']}/lead-score`);
    expect(score.statusCode, score.body).toBe(200);
    expect(score.json().parts[0]).toEqual({ key: 'country', points: 20, max: 20, value: 'DE' });
    expect(score.json().score).toBe(20);
    expect(
      (await ctx.client(org.westRep).get(`/customers/${ids['Berlin GmbH']}/lead-score`)).statusCode,
    ).toBe(404);
    await admin.put('/insight/settings', {
      disabledRules: [],
      icp: { countries: [], industries: [], sizes: [], sources: [] },
    });
  });
});
