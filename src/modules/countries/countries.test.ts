import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('countries and calendar API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('lists every country with names and coverage', async () => {
    const items = (await ctx.client(org.eastRep).get('/countries')).json().items as {
      code: string;
      name: { zh: string };
      hasHolidays: boolean;
      hofstedeScores: number;
    }[];
    expect(items.length).toBeGreaterThan(240);
    const by = new Map(items.map((c) => [c.code, c]));
    expect(by.get('DE')).toMatchObject({
      name: { en: 'Germany', zh: '德国' },
      hasHolidays: true,
      hofstedeScores: 6,
    });
    // Kyrgyzstan: no library data, but its holidays ship as cited corrections (#21).
    expect(by.get('KG')).toMatchObject({ hasHolidays: true, hofstedeScores: 2 });
    expect(by.get('TJ')).toMatchObject({ hasHolidays: false });
    expect(by.get('KZ')?.hofstedeScores).toBe(0);
    expect(by.get('SA')?.hofstedeScores).toBe(2);
  });

  it('gives a profile: weekend as ISO weekdays, scores with null for missing ones, holidays of the year', async () => {
    const sa = (await ctx.client(org.eastRep).get('/countries/SA?year=2026')).json();
    expect(sa.weekend).toEqual([5, 6]);
    expect(sa.hofstede).toEqual({ pdi: null, idv: null, mas: null, uai: null, lto: 36, ivr: 52 });
    expect(sa.hofstedeCitation).toContain('2015-08-16');
    expect(
      sa.holidays
        .filter((h: { name: string }) => h.name.includes('Eid al-Fitr'))
        .map((h: { date: string }) => h.date),
      // 23–24 March: the weekend days given back (#21, a cited correction).
    ).toEqual(['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
    expect(sa.slowSeasons.map((s: { kind: string }) => s.kind)).toContain('ramadan');
    const kz = (await ctx.client(org.eastRep).get('/countries/kz')).json();
    expect(kz.hofstede).toEqual({
      pdi: null,
      idv: null,
      mas: null,
      uai: null,
      lto: null,
      ivr: null,
    });
    const tj = (await ctx.client(org.eastRep).get('/countries/TJ?year=2026')).json();
    expect(tj.coverage.holidays).toBe(false);
    expect(tj.holidays).toEqual([]);
    const kg = (await ctx.client(org.eastRep).get('/countries/KG?year=2026')).json();
    expect(kg.coverage.holidays).toBe(true);
    expect(kg.holidays.find((h: { date: string }) => h.date === '2026-08-31')).toMatchObject({
      source: 'correction',
      closed: true,
    });
  });

  it('lists holidays by year and region, in the reader language beside the local name', async () => {
    const by = (
      await ctx.client(org.eastRep).get('/countries/DE/holidays?year=2026&region=BY&lang=en')
    ).json();
    expect(by.items.find((h: { date: string }) => h.date === '2026-01-06')).toMatchObject({
      name: 'Epiphany',
      localName: 'Heilige Drei Könige',
      type: 'public',
      closed: true,
      source: 'library',
    });
    // An observance on a weekend is listed but does not close business (the weekend does).
    expect(by.items.find((h: { date: string }) => h.date === '2026-02-14')).toMatchObject({
      type: 'observance',
      closed: false,
    });
    const be = (
      await ctx.client(org.eastRep).get('/countries/DE/holidays?year=2026&region=BE')
    ).json();
    expect(be.items.find((h: { date: string }) => h.date === '2026-01-06')).toBeUndefined();
  });

  it.each([
    ['/countries/XX', '/code'],
    ['/countries/XX/holidays', '/code'],
    ['/countries/compare?a=CN&b=XX', '/querystring/b'],
    ['/calendar/next-business-day?country=XX&from=2026-12-25', '/querystring/country'],
    ['/calendar/next-business-day?country=DE&from=2026-13-01', '/querystring/from'],
    ['/countries/DE/holidays?year=abc', '/querystring/year'],
  ])('GET %s → 400 naming %s', async (url, path) => {
    const res = await ctx.client(org.eastRep).get(url);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(path);
  });

  it('compares two countries and returns the playbook with its triggers', async () => {
    const res = (await ctx.client(org.eastRep).get('/countries/compare?a=CN&b=DE')).json();
    expect(res.a.hofstede).toEqual({ pdi: 80, idv: 20, mas: 66, uai: 30, lto: 87, ivr: 24 });
    expect(res.b.hofstede).toEqual({ pdi: 35, idv: 67, mas: 66, uai: 65, lto: 83, ivr: 40 });
    expect(res.playbook.items.map((i: { ruleId: string }) => i.ruleId)).toContain('uai-high');
    expect(res.playbook.disclaimer.zh).toContain('平均');
  });

  it('answers the next business day with the reason it moved', async () => {
    const res = (
      await ctx.client(org.eastRep).get('/calendar/next-business-day?country=DE&from=2026-12-25')
    ).json();
    expect(res.date).toBe('2026-12-28');
    expect(res.explanation.en).toContain('Christmas Day');
    expect(
      (
        await ctx.client(org.eastRep).get('/calendar/next-business-day?country=DE&from=2026-12-23')
      ).json(),
    ).toMatchObject({ date: '2026-12-23', skipped: [], explanation: null });
    expect(
      (await ctx.client().get('/calendar/next-business-day?country=DE&from=2026-12-25')).statusCode,
    ).toBe(401);
  });

  it('answers 401 on every country and calendar route without a caller', async () => {
    const anon = ctx.client();
    for (const res of [
      await anon.get('/countries'),
      await anon.get('/countries/DE'),
      await anon.get('/countries/DE/holidays?year=2026'),
      await anon.get('/countries/compare?a=CN&b=DE'),
      await anon.put('/countries/DE/settings', { notes: 'x' }),
      await anon.post('/countries/DE/calendar-days', {
        date: '2026-08-31',
        kind: 'holiday',
        name: 'x',
      }),
      await anon.delete('/countries/DE/calendar-days/some-id'),
      await anon.post('/countries/DE/calendar-days/import', {
        format: 'csv',
        content: 'date,name',
      }),
      await anon.post('/calendar/presets/cn-2026'),
      await anon.get('/dashboard/upcoming-holidays'),
    ]) {
      expect(res.statusCode).toBe(401);
    }
  });
});
