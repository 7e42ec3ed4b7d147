import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { indiaTender } from '../../../test/support/tenders.ts';

const clock = { now: new Date('2026-09-01T02:00:00Z') };
const TABLES = [
  'tenders',
  'tender_competitors',
  'tender_result_reasons',
  'follow_ups',
  'audit_log',
] as const;

describe.each(testDialects())('tender bad input on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let buyer: { id: string };
  let reasons: { id: string; code: string | null }[];
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    buyer = await ctx.newCustomer(org.eastRep, { name: 'Bad Input Ltd', country: 'IN' });
    reasons = (await ctx.client(org.eastRep).get('/tender-reasons')).json().items;
  });
  afterAll(() => ctx.close());

  const counts = async () => {
    const out: Record<string, number> = {};
    for (const t of TABLES) {
      const r = await ctx.db
        .selectFrom(t)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      out[t] = Number(r.n);
    }
    return out;
  };
  const reason = (code: string) => reasons.find((r) => r.code === code)!.id;

  it.each([
    [
      'weights not adding up to 100',
      {
        evaluationCriteria: [
          { name: 'Price', weight: 60 },
          { name: 'Tech', weight: 30 },
        ],
      },
      '/evaluationCriteria',
      'weights_sum',
    ],
    [
      'a weight with three decimals',
      {
        evaluationCriteria: [
          { name: 'Price', weight: 99.999 },
          { name: 'Tech', weight: 0.001 },
        ],
      },
      '/evaluationCriteria/0/weight',
      'percent',
    ],
    [
      'local content required above 100 %',
      { localContent: { requiredPercent: 120 } },
      '/localContent/requiredPercent',
      'percent',
    ],
    [
      'a negative price preference',
      { pricePreferencePercent: -5 },
      '/pricePreferencePercent',
      'percent',
    ],
    [
      'imported content above the value',
      {
        localContent: {
          declared: { currency: 'INR', valueMinor: 118, localTaxesMinor: 18, importedMinor: 101 },
        },
      },
      '/localContent/declared/importedMinor',
      'local_content_imported_exceeds',
    ],
    [
      'local taxes as large as the value',
      {
        localContent: {
          declared: { currency: 'INR', valueMinor: 100, localTaxesMinor: 100, importedMinor: 0 },
        },
      },
      '/localContent/declared/localTaxesMinor',
      'local_content_taxes_exceed',
    ],
    [
      'an unknown reason',
      { result: 'lost', reasonIds: ['no-such-reason'] },
      '/reasonIds/0',
      'no_such',
    ],
    ['reasons without a result', { reasonIds: ['x'] }, '/reasonIds', 'needs_result'],
    ['a result date without a result', { resultDate: '2026-09-01' }, '/resultDate', 'needs_result'],
    [
      'a winner when we won',
      { result: 'won', competitors: [{ name: 'X', awarded: true }] },
      '/competitors/0/awarded',
      'winner_needs_loss',
    ],
    [
      'two winners',
      {
        result: 'lost',
        competitors: [
          { name: 'X', awarded: true },
          { name: 'Y', awarded: true },
        ],
      },
      '/competitors',
      'one_winner',
    ],
    [
      'a competitor amount without currency',
      { competitors: [{ name: 'X', amountMinor: 100 }] },
      '/competitors/0/currency',
      'required',
    ],
    [
      'a clarification deadline after submission',
      { clarificationDeadline: '2026-10-09T10:00' },
      '/clarificationDeadline',
      'before_deadline',
    ],
    [
      '30 February',
      { submissionDeadline: '2026-02-30T10:00' },
      '/submissionDeadline',
      'local_datetime',
    ],
    [
      '25 o’clock',
      { submissionDeadline: '2026-10-08T25:00' },
      '/submissionDeadline',
      'local_datetime',
    ],
    ['a date without time', { submissionDeadline: '2026-10-08' }, '/submissionDeadline', 'pattern'],
    ['an unknown zone', { deadlineTimeZone: 'Asia/Atlantis' }, '/deadlineTimeZone', 'time_zone'],
    [
      'an unknown currency',
      { bid: { amountMinor: 100, currency: 'XYZ' } },
      '/bid/currency',
      'currency',
    ],
    ['an unknown country', { country: 'XX' }, '/country', 'country'],
    ['an unknown result', { result: 'withdrawn' }, '/result', 'one_of'],
    [
      'an amount beyond minor units',
      { bid: { amountMinor: 2 ** 60, currency: 'USD' } },
      '/bid/amountMinor',
      'amount_minor',
    ],
    ['a reminder a year before', { reminderBusinessDays: 300 }, '/reminderBusinessDays', 'maximum'],
  ])('refuses %s with a field error and leaves no row behind', async (_what, patch, path, code) => {
    const before = await counts();
    const res = await ctx.client(org.eastRep).post('/tenders', {
      ...indiaTender(buyer.id),
      reference: `BAD-${Math.random()}`,
      ...patch,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await counts()).toEqual(before);
  });

  it('names every problem of one request at once', async () => {
    const res = await ctx.client(org.eastRep).post('/tenders', {
      ...indiaTender(buyer.id),
      evaluationCriteria: [{ name: 'Price', weight: 50 }],
      localContent: { requiredPercent: 101 },
      result: 'lost',
      reasonIds: [reason('price'), 'nope'],
    });
    expect(
      res
        .json()
        .errors.map((e: { path: string }) => e.path)
        .sort(),
    ).toEqual(['/evaluationCriteria', '/localContent/requiredPercent', '/reasonIds/1']);
  });

  it('refuses a customer outside the caller’s scope and a reference the buyer used', async () => {
    const theirs = await ctx.newCustomer(org.westRep, { name: 'West Buyer', country: 'BR' });
    const before = await counts();
    const out = await ctx.client(org.eastRep).post('/tenders', indiaTender(theirs.id));
    expect(out.statusCode).toBe(400);
    expect(out.json().errors[0]).toMatchObject({ path: '/customerId', code: 'not_in_scope' });
    expect(await counts()).toEqual(before);
    const first = await ctx.client(org.eastRep).post('/tenders', indiaTender(buyer.id));
    expect(first.statusCode).toBe(201);
    const mid = await counts();
    const again = await ctx.client(org.eastRep).post('/tenders', indiaTender(buyer.id));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0]).toMatchObject({ path: '/reference', code: 'taken' });
    expect(await counts()).toEqual(mid);
    // The same reference from another buyer is another tender.
    const other = await ctx.newCustomer(org.eastRep, { name: 'Other Buyer', country: 'IN' });
    expect((await ctx.client(org.eastRep).post('/tenders', indiaTender(other.id))).statusCode).toBe(
      201,
    );
  });

  it('rolls a refused change back whole: the tender, its lists and its reminder stay as they were', async () => {
    const t = (
      await ctx
        .client(org.eastRep)
        .post('/tenders', { ...indiaTender(buyer.id), reference: 'ROLLBACK-1' })
    ).json();
    const before = await counts();
    const stored = await ctx.client(org.eastRep).get(`/tenders/${t.id}`);
    const res = await ctx.client(org.eastRep).patch(`/tenders/${t.id}`, {
      submissionDeadline: '2026-11-20T10:00',
      competitors: [{ name: 'Kirloskar', localPresence: true, awarded: true }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({
      path: '/competitors/0/awarded',
      code: 'winner_needs_loss',
    });
    expect(await counts()).toEqual(before);
    expect((await ctx.client(org.eastRep).get(`/tenders/${t.id}`)).json()).toEqual(stored.json());
    expect((await ctx.client(org.eastRep).patch(`/tenders/${t.id}`, {})).statusCode).toBe(400);
  });

  it('keeps a deactivated reason on the results that have it, and refuses it on new ones', async () => {
    const price = reason('price');
    const admin = ctx.client(org.admin);
    const t = (
      await ctx.client(org.eastRep).post('/tenders', {
        ...indiaTender(buyer.id),
        reference: 'REASONS-1',
        result: 'lost',
        reasonIds: [price, reason('local_presence')],
      })
    ).json();
    expect(t.reasons.map((r: { code: string }) => r.code)).toEqual(['price', 'local_presence']);
    expect((await admin.patch(`/tender-reasons/${price}`, { active: false })).statusCode).toBe(200);
    const kept = await ctx
      .client(org.eastRep)
      .patch(`/tenders/${t.id}`, { resultNote: 'Lost on price to a local firm' });
    expect(kept.statusCode).toBe(200);
    expect(kept.json().reasons.map((r: { code: string }) => r.code)).toEqual([
      'price',
      'local_presence',
    ]);
    const fresh = await ctx.client(org.eastRep).post('/tenders', {
      ...indiaTender(buyer.id),
      reference: 'REASONS-2',
      result: 'lost',
      reasonIds: [price],
    });
    expect(fresh.json().errors[0]).toMatchObject({ path: '/reasonIds/0', code: 'reason_inactive' });
    await admin.patch(`/tender-reasons/${price}`, { active: true });
  });
});
