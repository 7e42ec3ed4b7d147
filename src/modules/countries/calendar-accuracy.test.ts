import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('calendar accuracy through the API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('explains a corrected day with its official source, in both languages', async () => {
    const en = (
      await ctx.client(org.eastRep).get('/calendar/day?country=UA&date=2026-03-09')
    ).json();
    expect(en).toMatchObject({ country: 'UA', date: '2026-03-09', working: true });
    expect(en.reasons[0]).toMatchObject({ kind: 'correction', correction: 'abolished' });
    expect(en.explanation.en).toMatch(/^Mon 9 Mar in Ukraine: working day — .*Law No\. 2136-IX/);
    const zh = (
      await ctx.client(org.eastRep).get('/calendar/day?country=UA&date=2026-03-09&lang=zh')
    ).json();
    expect(zh.explanation.zh).toContain('依据：Law No. 2136-IX');
    const de = (
      await ctx.client(org.eastRep).get('/calendar/day?country=DE&date=2026-12-24')
    ).json();
    expect(de).toMatchObject({ working: true, closesAt: '14:00' });
    expect(de.explanation.en).toContain('closes at 14:00');
  });

  it("China's official schedule applies by default and a workspace can turn it off", async () => {
    const day = async () =>
      (await ctx.client(org.eastRep).get('/calendar/day?country=CN&date=2026-02-20')).json();
    expect((await day()).working).toBe(false);
    const profile = (await ctx.client(org.eastRep).get('/countries/CN?year=2026')).json();
    expect(profile.calendarAccuracy).toMatchObject({
      officialSchedule: true,
      hasOfficialSchedule: true,
      secondSource: 'python-holidays 0.105',
    });
    expect(profile.calendarAccuracy.corrections[0].source.title).toContain('国务院办公厅');

    const off = await ctx
      .client(org.eastManager)
      .put('/countries/CN/settings', { officialSchedule: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().calendarAccuracy.officialSchedule).toBe(false);
    expect((await day()).working).toBe(true);
    await ctx.client(org.eastManager).put('/countries/CN/settings', { officialSchedule: true });
    expect((await day()).working).toBe(false);
  });

  it("shows a correction's days in the year's holiday list, named with their source", async () => {
    const kr = (await ctx.client(org.eastRep).get('/countries/KR?year=2026')).json();
    expect(kr.holidays.find((h: { date: string }) => h.date === '2026-02-16')).toMatchObject({
      source: 'correction',
      closed: true,
    });
    const library19 = kr.holidays.find(
      (h: { date: string; source: string }) => h.date === '2026-02-19' && h.source === 'library',
    );
    expect(library19.closed).toBe(false);
  });

  it('a business week per country: Hong Kong Saturday mornings, defaulting to the official week', async () => {
    const day = async () =>
      (await ctx.client(org.eastRep).get('/calendar/day?country=HK&date=2026-01-10')).json();
    expect((await day()).working).toBe(false);
    const put = await ctx
      .client(org.eastManager)
      .put('/countries/HK/settings', { workingWeekend: [{ weekday: 6, until: '13:00' }] });
    expect(put.json().workingWeekend).toEqual([{ weekday: 6, until: '13:00' }]);
    expect(await day()).toMatchObject({ working: true, closesAt: '13:00' });
    const bad = await ctx
      .client(org.eastManager)
      .put('/countries/HK/settings', { workingWeekend: [{ weekday: 3, until: '13:00' }] });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: '/workingWeekend/0/weekday',
      code: 'weekend_day',
    });
    await ctx.client(org.eastManager).put('/countries/HK/settings', { workingWeekend: [] });
    expect((await day()).working).toBe(false);
  });

  it('ships a cited holiday table where the library has none (Kyrgyzstan), in both languages', async () => {
    const en = (
      await ctx.client(org.eastRep).get('/calendar/day?country=KG&date=2026-08-31')
    ).json();
    expect(en).toMatchObject({ working: false });
    expect(en.reasons[0]).toMatchObject({ kind: 'correction', correction: 'span' });
    expect(en.explanation.en).toContain('Labour Code of the Kyrgyz Republic of 23 Jan 2025');
    const zh = (
      await ctx.client(org.eastRep).get('/calendar/day?country=KG&date=2026-08-31&lang=zh')
    ).json();
    expect(zh.explanation.zh).toContain('独立日');
    const profile = (await ctx.client(org.eastRep).get('/countries/KG?year=2026&lang=zh')).json();
    expect(profile.coverage.holidays).toBe(true);
    expect(profile.calendarAccuracy.corrections.length).toBeGreaterThan(15);
    expect(profile.calendarAccuracy.unresolved).toEqual([]);
  });

  it('lists the unresolved days of a year with what was searched', async () => {
    const profile = (await ctx.client(org.eastRep).get('/countries/IR?year=2027')).json();
    expect(profile.calendarAccuracy.unresolved.length).toBeGreaterThan(5);
    expect(profile.calendarAccuracy.unresolved[0].searched).toContain('Geophysics Institute');
  });
});
