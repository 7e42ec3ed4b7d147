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

  it('workspace overrides: scores, hours, own holidays and the CN preset, labelled as the workspace’s own', async () => {
    const rep = await ctx
      .client(org.eastRep)
      .put('/countries/KZ/settings', { hofstede: { pdi: 70 } });
    expect(rep.statusCode).toBe(403);
    const put = await ctx.client(org.eastManager).put('/countries/KZ/settings', {
      hofstede: { pdi: 70, idv: 30 },
      notes: 'Decisions sit with the director.',
      businessHours: { start: '09:00', end: '18:30' },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json()).toMatchObject({
      hofstede: { pdi: 70, idv: 30, mas: null },
      hofstedeSources: { pdi: 'workspace', idv: 'workspace' },
      notes: 'Decisions sit with the director.',
      businessHours: { start: '09:00', end: '18:30', source: 'workspace' },
    });
    expect(
      (await ctx.client(org.admin).put('/countries/KZ/settings', { hofstede: { pdi: 200 } })).json()
        .errors[0].path,
    ).toBe('/hofstede/pdi');
    expect(
      (
        await ctx
          .client(org.admin)
          .put('/countries/KZ/settings', { businessHours: { start: '18:00', end: '09:00' } })
      ).json().errors[0].path,
    ).toBe('/businessHours/end');

    // Tajikistan: a country with no holiday data at all, filled by the workspace.
    const add = await ctx.client(org.admin).post('/countries/TJ/calendar-days', {
      date: '2026-09-09',
      kind: 'holiday',
      name: 'Рӯзи Истиқлолият',
      nameEn: 'Independence Day',
    });
    expect(add.statusCode).toBe(201);
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/TJ/calendar-days', { date: '2026-02-30', kind: 'holiday', name: 'x' })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/TJ/calendar-days', { date: '2026-09-01', kind: 'party', name: 'x' })
      ).json().errors[0].path,
    ).toBe('/kind');
    const tj = (await ctx.client(org.eastRep).get('/countries/TJ/holidays?year=2026')).json().items;
    expect(tj).toEqual([
      expect.objectContaining({
        date: '2026-09-09',
        name: 'Independence Day',
        localName: 'Рӯзи Истиқлолият',
        source: 'workspace',
        closed: true,
      }),
    ]);
    expect(
      (
        await ctx.client(org.eastRep).get('/calendar/next-business-day?country=TJ&from=2026-09-09')
      ).json().date,
    ).toBe('2026-09-10');

    const preset = await ctx.client(org.admin).post('/calendar/presets/cn-2026');
    expect(preset.json()).toMatchObject({ created: 39, updated: 0, errors: [] });
    expect((await ctx.client(org.admin).post('/calendar/presets/cn-2026')).json()).toMatchObject({
      created: 0,
      updated: 39,
    });
    expect(
      (
        await ctx.client(org.eastRep).get('/calendar/next-business-day?country=CN&from=2026-02-14')
      ).json().date,
    ).toBe('2026-02-14');
    expect(
      (
        await ctx.client(org.eastRep).get('/calendar/next-business-day?country=CN&from=2026-02-15')
      ).json().date,
    ).toBe('2026-02-24');
    expect(
      (
        await ctx
          .client(org.eastRep)
          .get('/calendar/next-business-day?country=CN&from=2026-05-04&lang=zh')
      ).json().explanation.zh,
    ).toContain('劳动节');
    expect((await ctx.client(org.admin).post('/calendar/presets/cn-2099')).statusCode).toBe(400);

    const other = await ctx.newWorkspace();
    const stranger = await ctx.newUser(other.id, 'admin');
    expect(
      (await ctx.client(stranger).get('/countries/TJ/holidays?year=2026')).json().items,
    ).toEqual([]);
    // Without the preset the shipped official schedule still applies (#21): Saturday 14th is a
    // make-up working day. Opted out: Saturday, Sunday, then the library's Spring Festival 16–18.
    const next = async () =>
      (
        await ctx.client(stranger).get('/calendar/next-business-day?country=CN&from=2026-02-14')
      ).json().date;
    expect(await next()).toBe('2026-02-14');
    await ctx.client(stranger).put('/countries/CN/settings', { officialSchedule: false });
    expect(await next()).toBe('2026-02-19');
  });

  it('imports CSV and iCalendar with per-row errors, and removes entries', async () => {
    const csv =
      'date,kind,name\n2026-10-01,holiday,National Day\n2026-13-01,holiday,Bad\n2026-10-02,holiday,National Day\n';
    const res = await ctx
      .client(org.admin)
      .post('/countries/MZ/calendar-days/import', { format: 'csv', content: csv });
    expect(res.json()).toEqual({
      created: 2,
      updated: 0,
      errors: [
        {
          row: 3,
          field: 'date',
          code: 'not_date',
          params: { value: '2026-13-01' },
          message: '"2026-13-01" is not a date (use 2026-03-05)',
        },
      ],
    });
    const ics =
      'BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20261103\nSUMMARY:Company day\nEND:VEVENT\nEND:VCALENDAR\n';
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/MZ/calendar-days/import', { format: 'ics', content: ics })
      ).json().created,
    ).toBe(1);
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/MZ/calendar-days/import', { format: 'pdf', content: 'x' })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await ctx
          .client(org.eastRep)
          .post('/countries/MZ/calendar-days/import', { format: 'csv', content: csv })
      ).statusCode,
    ).toBe(403);
    const own = (await ctx.client(org.eastRep).get('/countries/MZ/holidays?year=2026'))
      .json()
      .items.filter((h: { source: string }) => h.source === 'workspace');
    expect(own.map((h: { date: string }) => h.date)).toEqual([
      '2026-10-01',
      '2026-10-02',
      '2026-11-03',
    ]);
    expect(
      (await ctx.client(org.eastRep).delete(`/countries/MZ/calendar-days/${own[0].id}`)).statusCode,
    ).toBe(403);
    expect(
      (await ctx.client(org.admin).delete(`/countries/MZ/calendar-days/${own[0].id}`)).statusCode,
    ).toBe(204);
    expect(
      (await ctx.client(org.admin).delete(`/countries/DE/calendar-days/${own[1].id}`)).statusCode,
    ).toBe(404);
  });

  it('rejects bad input on the override routes', async () => {
    expect(
      (await ctx.client(org.admin).put('/countries/XX/settings', { notes: 'x' })).json().errors[0]
        .path,
    ).toBe('/code');
    expect(
      (await ctx.client(org.admin).put('/countries/DE/settings', { colour: 'red' })).json()
        .errors[0].path,
    ).toBe('/colour');
    const bad = await ctx.client(org.admin).post('/countries/DE/calendar-days', {
      date: '2026-08-31',
      kind: 'holiday',
      name: 'x',
      region: 'ZZ',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      {
        path: '/region',
        code: 'region',
        message: '"ZZ" is not a region of DE',
        params: { value: 'ZZ', country: 'DE' },
      },
    ]);
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/DE/calendar-days/import', { format: 'csv', content: '' })
      ).statusCode,
    ).toBe(400);
  });
});
