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
    expect(by.get('KG')).toMatchObject({ hasHolidays: false, hofstedeScores: 2 });
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
    ).toEqual(['2026-03-19', '2026-03-20', '2026-03-21', '2026-03-22']);
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
    const kg = (await ctx.client(org.eastRep).get('/countries/KG?year=2026')).json();
    expect(kg.coverage.holidays).toBe(false);
    expect(kg.holidays).toEqual([]);
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

    const add = await ctx.client(org.admin).post('/countries/KG/calendar-days', {
      date: '2026-08-31',
      kind: 'holiday',
      name: 'Эгемендүүлүк күнү',
      nameEn: 'Independence Day',
    });
    expect(add.statusCode).toBe(201);
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/KG/calendar-days', { date: '2026-02-30', kind: 'holiday', name: 'x' })
      ).statusCode,
    ).toBe(400);
    expect(
      (
        await ctx
          .client(org.admin)
          .post('/countries/KG/calendar-days', { date: '2026-09-01', kind: 'party', name: 'x' })
      ).json().errors[0].path,
    ).toBe('/kind');
    const kg = (await ctx.client(org.eastRep).get('/countries/KG/holidays?year=2026')).json().items;
    expect(kg).toEqual([
      expect.objectContaining({
        date: '2026-08-31',
        name: 'Independence Day',
        localName: 'Эгемендүүлүк күнү',
        source: 'workspace',
        closed: true,
      }),
    ]);
    expect(
      (
        await ctx.client(org.eastRep).get('/calendar/next-business-day?country=KG&from=2026-08-31')
      ).json().date,
    ).toBe('2026-09-01');

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
      (await ctx.client(stranger).get('/countries/KG/holidays?year=2026')).json().items,
    ).toEqual([]);
    // Without the preset: Saturday 14th, Sunday 15th, then the library's Spring Festival 16–18.
    expect(
      (
        await ctx.client(stranger).get('/calendar/next-business-day?country=CN&from=2026-02-14')
      ).json().date,
    ).toBe('2026-02-19');
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
      errors: [{ row: 3, field: 'date', message: '"2026-13-01" is not a date as YYYY-MM-DD' }],
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

  describe('customer calendars', () => {
    it('contact windows follow the customer’s access and local calendar', async () => {
      const de = await ctx.newCustomer(org.eastRep, {
        name: 'Nordwerk Solar GmbH',
        country: 'DE',
        region: 'BY',
      });
      const res = await ctx.client(org.eastRep).get(`/customers/${de.id}/contact-windows?days=3`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.customer).toMatchObject({ country: 'DE', timeZone: 'Europe/Berlin' });
      expect(body.home).toMatchObject({ country: 'CN', timeZone: 'Asia/Shanghai' });
      expect(body.days).toHaveLength(3);
      for (const d of body.days) {
        for (const w of d.windows)
          expect(w.home.start >= '09:00' && w.customer.end <= '18:00').toBe(true);
      }
      expect(
        (await ctx.client(org.eastRep2).get(`/customers/${de.id}/contact-windows`)).statusCode,
      ).toBe(404);
      expect(
        (await ctx.client(org.westManager).get(`/customers/${de.id}/contact-windows`)).statusCode,
      ).toBe(404);
      expect((await ctx.client().get(`/customers/${de.id}/contact-windows`)).statusCode).toBe(401);
      expect(
        (await ctx.client(org.eastRep).get(`/customers/${de.id}/contact-windows?days=99`))
          .statusCode,
      ).toBe(400);
      const us = await ctx.newCustomer(org.eastRep, {
        name: 'Lone Star Industrial Supply',
        country: 'US',
      });
      const conflict = await ctx.client(org.eastRep).get(`/customers/${us.id}/contact-windows`);
      expect(conflict.statusCode).toBe(409);
      expect(conflict.json().detail).toContain('time zone');
    });

    it('upcoming holidays count only the caller’s customers', async () => {
      const ws = await ctx.newWorkspace();
      const rep = await ctx.newUser(ws.id, 'rep');
      const other = await ctx.newUser(ws.id, 'rep');
      await ctx.newCustomer(rep, { name: 'A', country: 'DE' });
      await ctx.newCustomer(rep, { name: 'B', country: 'DE' });
      await ctx.newCustomer(other, { name: 'C', country: 'DE' });
      const now = new Date();
      const res = (await ctx.client(rep).get('/dashboard/upcoming-holidays?days=60')).json();
      expect(res.from).toBe(now.toISOString().slice(0, 10));
      for (const item of res.items) expect(item).toMatchObject({ country: 'DE', customers: 2 });
      expect((await ctx.client(rep).get('/dashboard/upcoming-holidays?days=0')).statusCode).toBe(
        400,
      );
    });
  });
});
