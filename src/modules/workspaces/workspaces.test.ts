import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('workspace settings on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
  });
  afterAll(() => ctx.close());

  it('admins choose which holidays close business; calendars follow at once', async () => {
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const rep = await ctx.newUser(ws.id, 'rep');
    const next = async (from: string) =>
      (await ctx.client(rep).get(`/calendar/next-business-day?country=DE&from=${from}`)).json()
        .date;
    expect((await ctx.client(rep).get('/workspace')).json()).toMatchObject({
      homeCountry: 'CN',
      homeTimeZone: 'Asia/Shanghai',
      homeHours: { start: '09:00', end: '18:00' },
      closedHolidayTypes: ['public'],
      closedHolidayNames: [],
    });
    expect(await next('2026-12-24')).toBe('2026-12-24');
    expect(
      (await ctx.client(rep).patch('/workspace', { closedHolidayNames: ['Heiliger Abend'] }))
        .statusCode,
    ).toBe(403);
    const res = await ctx.client(admin).patch('/workspace', {
      closedHolidayNames: ['Heiliger Abend'],
      closedHolidayTypes: ['public', 'bank'],
    });
    expect(res.statusCode).toBe(200);
    expect(await next('2026-12-24')).toBe('2026-12-28');
    expect(await next('2026-12-31')).toBe('2027-01-04');
  });

  it.each([
    [{ homeCountry: 'XX' }, '/homeCountry'],
    [{ homeTimeZone: 'Asia/Atlantis' }, '/homeTimeZone'],
    [{ homeHours: { start: '18:00', end: '09:00' } }, '/homeHours/end'],
    [{ homeHours: { start: '9am', end: '18:00' } }, '/homeHours/start'],
    [{ closedHolidayTypes: ['festive'] }, '/closedHolidayTypes/0'],
    [{ colour: 'red' }, '/colour'],
  ])('rejects %j naming %s', async (body, path) => {
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const res = await ctx.client(admin).patch('/workspace', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('takes an empty patch as no change (found by the fuzzer: it answered 500)', async () => {
    const ws = await ctx.newWorkspace();
    const admin = await ctx.newUser(ws.id, 'admin');
    const res = await ctx.client(admin).patch('/workspace', {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ homeCountry: 'CN', homeTimeZone: 'Asia/Shanghai' });
  });

  it('answers 401 without a caller', async () => {
    expect((await ctx.client().get('/workspace')).statusCode).toBe(401);
    expect((await ctx.client().patch('/workspace', {})).statusCode).toBe(401);
  });
});
