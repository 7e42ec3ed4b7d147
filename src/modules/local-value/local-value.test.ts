import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const base = { country: 'MZ', periodStart: '2025-01-01', periodEnd: '2025-12-31' };
// A year in Mozambique: figures of every kind, amounts in meticais and dollars.
const MZ_2025 = [
  {
    ...base,
    periodEnd: '2025-06-30',
    kind: 'direct_jobs',
    headcount: 40,
    localNationals: 30,
    sourceDocument: 'HR roster H1',
  },
  {
    ...base,
    kind: 'direct_jobs',
    headcount: 48,
    localNationals: 42,
    management: 8,
    womenInManagement: 3,
    sourceDocument: 'HR roster 2025-12',
  },
  {
    ...base,
    kind: 'indirect_jobs',
    quantity: 120,
    method: 'Supplier survey × 1.5 multiplier',
    sourceDocument: 'Survey 2025',
  },
  {
    ...base,
    kind: 'local_purchasing',
    amountMinor: 64_000_000_00,
    totalMinor: 128_000_000_00,
    currency: 'MZN',
    sourceDocument: 'AP ledger',
  },
  {
    ...base,
    kind: 'local_purchasing',
    amountMinor: 0,
    totalMinor: 1_000_000_00,
    currency: 'USD',
    sourceDocument: 'Import invoices',
  },
  { ...base, kind: 'training_hours', quantity: 960, headcount: 35, sourceDocument: 'Training log' },
  {
    ...base,
    kind: 'taxes_paid',
    amountMinor: 25_600_000_00,
    currency: 'MZN',
    sourceDocument: 'AT receipts',
  },
  {
    ...base,
    kind: 'community_investment',
    amountMinor: 50_000_00,
    currency: 'USD',
    description: 'Well in Boane',
    sourceDocument: 'Donation deed',
  },
  {
    ...base,
    kind: 'technology_transfer',
    description: 'Pump repair course with UEM',
    sourceDocument: 'MoU UEM',
  },
];

describe.each(testDialects())('local value ledger on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let mzCustomer: Json;
  const ids: string[] = [];

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    mzCustomer = await ctx.newCustomer(org.eastRep, {
      name: 'Águas da Região de Maputo',
      country: 'MZ',
    });
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [{ currency: 'MZN', validFrom: '2025-01-01', rate: '0.015625' }],
    });
    expect(rates.statusCode, rates.body).toBe(200);
  });
  afterAll(() => ctx?.close());
  const rows = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('local_value_entries')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses bad input with field errors and writes nothing', async () => {
    const admin = ctx.client(org.admin);
    const cases: [Json, string[]][] = [
      [
        {
          ...base,
          kind: 'local_purchasing',
          amountMinor: 150,
          totalMinor: 100,
          currency: 'MZN',
          sourceDocument: 'x',
        },
        ['/amountMinor share_over_100'],
      ],
      [
        { ...base, kind: 'direct_jobs', headcount: 10, localNationals: 12, sourceDocument: 'x' },
        ['/localNationals share_over_100'],
      ],
      [
        {
          ...base,
          periodEnd: '2024-12-31',
          kind: 'taxes_paid',
          amountMinor: 1,
          currency: 'MZN',
          sourceDocument: 'x',
        },
        ['/periodEnd not_before_start'],
      ],
      [
        {
          ...base,
          periodEnd: '2026-03-31',
          kind: 'taxes_paid',
          amountMinor: 1,
          currency: 'MZN',
          sourceDocument: 'x',
        },
        ['/periodEnd period_one_year'],
      ],
      [
        {
          ...base,
          country: 'XX',
          kind: 'taxes_paid',
          amountMinor: 1,
          currency: 'ZZZ',
          sourceDocument: 'x',
        },
        ['/country country', '/currency currency'],
      ],
      [
        { ...base, kind: 'indirect_jobs', quantity: 5, amountMinor: 3, sourceDocument: 'x' },
        ['/amountMinor not_for_kind', '/method required'],
      ],
      [
        { ...base, kind: 'taxes_paid', amountMinor: 1, currency: 'MZN', sourceDocument: '  ' },
        ['/sourceDocument required'],
      ],
      [
        {
          ...base,
          kind: 'revenue_share',
          partnerName: 'P',
          amountMinor: 1,
          dealId: 'nope',
          sourceDocument: 'x',
        },
        ['/dealId not_in_scope'],
      ],
    ];
    for (const [body, expected] of cases) {
      const res = await admin.post('/local-value', body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors.map((e: Json) => `${e.path} ${e.code}`)).toEqual(expected);
    }
    for (const [field, value] of [
      ['kind', 'jobs'],
      ['headcount', -1],
      ['amountMinor', 1.5],
      ['periodStart', '2025-13-01'],
    ] as const) {
      const res = await admin.post('/local-value', { ...MZ_2025[1], [field]: value });
      expect(res.statusCode, `${field}=${value}`).toBe(400);
      expect(res.json().errors[0].path).toBe(`/${field}`);
    }
    expect(await rows()).toBe(0);
  });

  it('lets managers and admins add and read figures, reps none, with who entered each', async () => {
    for (const [i, body] of MZ_2025.entries()) {
      const who = i % 2 ? org.eastManager : org.admin;
      const res = await ctx.client(who).post('/local-value', body);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json().enteredBy.id).toBe(who.user.id);
      ids.push(res.json().id);
    }
    const rep = ctx.client(org.eastRep);
    expect((await rep.post('/local-value', MZ_2025[0])).statusCode).toBe(403);
    for (const url of [
      '/local-value',
      `/local-value/${ids[0]}`,
      '/local-value/summary?country=MZ',
      '/local-value/report?country=MZ',
    ])
      expect((await rep.get(url)).statusCode, url).toBe(403);
    const list = (
      await ctx.client(org.westManager).get('/local-value?country=mz&year=2025')
    ).json();
    expect(list.items).toHaveLength(MZ_2025.length);
    const purchasing = list.items.find(
      (e: Json) => e.currency === 'MZN' && e.kind === 'local_purchasing',
    );
    expect(purchasing).toMatchObject({
      sharePercent: 50,
      convertedMinor: 1_000_000_00,
      sourceDocument: 'AP ledger',
    });
    expect((await ctx.client(org.admin).get('/local-value?year=2024')).json().items).toEqual([]);
  });

  it('lets the owner and admins change a figure, not another manager; audits every write', async () => {
    const managers = ids.filter((_, i) => i % 2);
    const mine = managers[0]!;
    expect(
      (await ctx.client(org.westManager).patch(`/local-value/${mine}`, { headcount: 1 }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.client(org.westManager).delete(`/local-value/${mine}`)).statusCode).toBe(403);
    const changed = await ctx.client(org.eastManager).patch(`/local-value/${mine}`, {
      headcount: 48,
      sourceDocument: 'HR roster 2025-12 (rev. 2)',
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const over = await ctx.client(org.admin).patch(`/local-value/${mine}`, { localNationals: 49 });
    expect(over.json().errors[0]).toMatchObject({
      path: '/localNationals',
      code: 'share_over_100',
    });
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('entity_type', '=', 'local_value_entry')
      .execute();
    expect(audit.filter((a) => a.action === 'create')).toHaveLength(MZ_2025.length);
    expect(audit.filter((a) => a.action === 'update').map((a) => a.entity_id)).toEqual([mine]);
  });

  it('takes a revenue share’s project value from a linked deal in its currency', async () => {
    const deal = await ctx.client(org.eastRep).post('/deals', {
      customerId: mzCustomer.id,
      title: 'Boane pumping station',
      amountMinor: 2_000_000_00,
      currency: 'usd',
      expectedCloseDate: '2025-09-30',
    });
    expect(deal.statusCode, deal.body).toBe(201);
    const share = {
      ...base,
      kind: 'revenue_share',
      partnerName: 'Construtora Boane Lda',
      amountMinor: 1_700_000_00,
      dealId: deal.json().id,
      sourceDocument: 'JV agreement §4',
    };
    // Another team's manager cannot see the deal.
    const theirs = await ctx.client(org.westManager).post('/local-value', share);
    expect(theirs.json().errors[0]).toMatchObject({ path: '/dealId', code: 'not_in_scope' });
    const wrong = await ctx
      .client(org.eastManager)
      .post('/local-value', { ...share, currency: 'MZN' });
    expect(wrong.json().errors[0]).toMatchObject({ path: '/currency', code: 'currency_of_link' });
    const tooMuch = await ctx
      .client(org.eastManager)
      .post('/local-value', { ...share, amountMinor: 2_000_000_01 });
    expect(tooMuch.json().errors[0]).toMatchObject({
      path: '/amountMinor',
      code: 'share_over_100',
    });
    const res = await ctx.client(org.eastManager).post('/local-value', share);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      totalMinor: 2_000_000_00,
      currency: 'USD',
      sharePercent: 85,
    });
    ids.push(res.json().id);
  });

  it('sums the year as the ledger says', async () => {
    const s = (await ctx.client(org.admin).get('/local-value/summary?country=MZ&year=2025')).json();
    expect(s.entries).toBe(MZ_2025.length + 1);
    // headcount is the year-end roster, not the sum of H1 and year-end
    expect(s.directJobs).toMatchObject({
      headcount: 48,
      localNationals: 42,
      localNationalsPercent: 87.5,
      womenInManagementPercent: 37.5,
    });
    expect(s.indirectJobs).toMatchObject({
      jobs: 120,
      methods: ['Supplier survey × 1.5 multiplier'],
    });
    expect(s.training).toEqual({ hours: 960, people: 35 });
    // MZN 64m local of 128m, converted at 0.015625: 1.0m USD local of 2.0m + 1.0m USD imports
    expect(s.localPurchasing.local.byCurrency).toEqual([
      { currency: 'MZN', amountMinor: 64_000_000_00 },
      { currency: 'USD', amountMinor: 0 },
    ]);
    expect(s.localPurchasing.total.converted).toEqual({
      currency: 'USD',
      amountMinor: 3_000_000_00,
    });
    expect(s.localPurchasing.sharePercent).toBe(33.33);
    expect(s.revenueShare.sharePercent).toBe(85);
    expect(s.taxesPaid.converted.amountMinor).toBe(400_000_00);
    expect(s.communityInvestment.byCurrency).toEqual([{ currency: 'USD', amountMinor: 50_000_00 }]);
    expect(s.technologyTransfer.items).toEqual(['Pump repair course with UEM']);
    const bad = await ctx.client(org.admin).get('/local-value/summary?country=XX');
    expect(bad.json().errors[0]).toMatchObject({ code: 'country' });
  });

  it('lets a tender’s readers pull its country’s figures, nobody else', async () => {
    const tender = await ctx.client(org.eastRep).post('/tenders', {
      customerId: mzCustomer.id,
      reference: 'FIPAG/2026/07',
      title: 'Pumps for Boane',
      submissionDeadline: '2026-10-08T15:00',
    });
    expect(tender.statusCode, tender.body).toBe(201);
    const url = `/tenders/${tender.json().id}/local-value`;
    const mine = (await ctx.client(org.eastRep).get(url)).json();
    expect(mine).toMatchObject({ country: 'MZ', year: 2025 });
    expect(mine.summary.localPurchasing.sharePercent).toBe(33.33);
    expect(JSON.stringify(mine)).not.toContain('AP ledger');
    expect((await ctx.client(org.eastRep).get(`${url}?year=2024`)).json().summary).toBeNull();
    for (const who of [org.westRep, org.westManager, org.eastRep2])
      expect((await ctx.client(who).get(url)).statusCode).toBe(404);
  });

  it('deletes a figure for its owner, audited', async () => {
    const id = ids.at(-1)!;
    expect((await ctx.client(org.eastManager).delete(`/local-value/${id}`)).statusCode).toBe(204);
    expect((await ctx.client(org.admin).get(`/local-value/${id}`)).statusCode).toBe(404);
    const del = await ctx.db
      .selectFrom('audit_log')
      .select('id')
      .where('entity_id', '=', id)
      .where('action', '=', 'delete')
      .execute();
    expect(del).toHaveLength(1);
  });
});
