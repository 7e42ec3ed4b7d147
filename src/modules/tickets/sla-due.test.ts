import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

// POST /sla/due: the policy editor's preview, table-driven with real dates in real calendars.
describe.each(testDialects())('POST /sla/due on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it.each([
    {
      what: 'a German ticket on Thu 24 Dec 2026 16:00 Berlin, 8 business hours: Mon 28 Dec 17:00',
      body: {
        country: 'de',
        calendar: 'customer',
        start: '2026-12-24T16:00:00+01:00',
        minutes: 480,
        hours: { start: '09:00', end: '17:00' },
      },
      due: '2026-12-28T16:00:00.000Z',
      local: { date: '2026-12-28', time: '17:00', timeZone: 'Europe/Berlin' },
      skipped: ['2026-12-25', '2026-12-26', '2026-12-27'],
    },
    {
      what: 'a Saudi ticket on Thursday 15:00, 4 h: Friday and Saturday skipped, due Sunday 10:00',
      body: {
        country: 'SA',
        calendar: 'customer',
        start: '2026-01-08T12:00:00Z',
        minutes: 240,
        hours: { start: '09:00', end: '18:00' },
      },
      due: '2026-01-11T07:00:00.000Z',
      local: { date: '2026-01-11', time: '10:00', timeZone: 'Asia/Riyadh' },
      skipped: ['2026-01-09', '2026-01-10'],
    },
    {
      what: 'a 24x7 ticket on Christmas Eve runs through everything',
      body: { country: 'DE', calendar: '24x7', start: '2026-12-24T15:00:00Z', minutes: 480 },
      due: '2026-12-24T23:00:00.000Z',
      local: null,
      skipped: [],
    },
  ])('$what', async ({ body, due, local, skipped }) => {
    const res = await ctx.client(org.eastRep).post('/sla/due', body);
    expect(res.statusCode).toBe(200);
    const out = res.json();
    expect(out.due).toBe(due);
    expect(out.dueLocal).toEqual(local);
    expect(out.explanation.skipped.map((d: { date: string }) => d.date)).toEqual(skipped);
  });

  it('names the reasons: Christmas Day, the weekend', async () => {
    const out = (
      await ctx.client(org.eastRep).post('/sla/due', {
        country: 'DE',
        calendar: 'customer',
        start: '2026-12-24T15:00:00Z',
        minutes: 480,
      })
    ).json();
    const names = (date: string) =>
      out.explanation.skipped
        .find((d: { date: string }) => d.date === date)
        .reasons.map((r: { name: string }) => r.name);
    expect(names('2026-12-25').join(' ')).toMatch(/Christmas/);
    expect(names('2026-12-27')).toContain('weekend');
    expect(out.explanation.text).toContain('2026-12-25');
  });

  it('the home calendar is the workspace’s home office', async () => {
    const ws = (await ctx.client(org.admin).get('/workspace')).json();
    const out = (
      await ctx.client(org.eastRep).post('/sla/due', {
        country: 'DE',
        calendar: 'home',
        start: '2026-10-01T02:00:00Z',
        minutes: 60,
      })
    ).json();
    expect(out.country).toBe(ws.homeCountry);
    expect(out.timeZone).toBe(ws.homeTimeZone);
  });

  it.each([
    [{ country: 'XX' }, '/country', 'country'],
    [{ minutes: 0 }, '/minutes', 'sla_minutes'],
    [{ minutes: 525_601 }, '/minutes', 'sla_minutes'],
    [{ start: '24/12/2026 16:00' }, '/start', 'sla_instant'],
    [{ start: '2026-12-24T16:00:00' }, '/start', 'sla_instant'],
    [{ start: '2026-13-40T16:00:00Z' }, '/start', 'sla_instant'],
    [{ hours: { start: '17:00', end: '09:00' } }, '/hours/end', 'sla_hours'],
    [{ timeZone: 'Mars/Olympus' }, '/timeZone', 'time_zone'],
  ])('bad input %j: 400 with %s', async (patch, path, code) => {
    const res = await ctx.client(org.eastRep).post('/sla/due', {
      country: 'DE',
      calendar: 'customer',
      start: '2026-12-24T15:00:00Z',
      minutes: 60,
      ...patch,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('an unknown calendar kind is refused by the schema, and anonymous callers get 401', async () => {
    const bad = await ctx.client(org.eastRep).post('/sla/due', {
      country: 'DE',
      calendar: 'moon',
      start: '2026-12-24T15:00:00Z',
      minutes: 60,
    });
    expect(bad.statusCode).toBe(400);
    const anon = await ctx.client().post('/sla/due', {
      country: 'DE',
      calendar: '24x7',
      start: '2026-12-24T15:00:00Z',
      minutes: 60,
    });
    expect(anon.statusCode).toBe(401);
  });

  // Clocks are shared per calendar and remember their days; a workspace day added later must
  // still move the due instant (the calendar is rebuilt, and its clocks with it).
  it('a workspace holiday added after a preview moves the next preview', async () => {
    const ask = async () =>
      (
        await ctx.client(org.eastRep).post('/sla/due', {
          country: 'KE',
          calendar: 'customer',
          start: '2026-09-02T07:00:00Z',
          minutes: 480,
        })
      ).json<{ due: string }>().due;
    const before = await ask();
    expect(await ask()).toBe(before);
    const day = await ctx.client(org.admin).post('/countries/KE/calendar-days', {
      date: '2026-09-02',
      kind: 'holiday',
      name: 'Office move',
    });
    expect(day.statusCode).toBe(201);
    const after = await ask();
    expect(Date.parse(after)).toBeGreaterThan(Date.parse(before));
  });
});
