import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localParts } from '../../domain/calendar/zoned-time.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { TestContext, type Actor } from '../../../test/support/context.ts';

// "3 h behind you" used the browser's zone while the contact windows used the home office's
// (Shanghai for every workspace by default): a rep in Dubai saw two different "you"s. Both now
// use one clock: the zone on the user's profile, else the browser's, else the home office's.
describe.each(testDialects())('the user’s own time zone on %s', (dialect) => {
  let ctx: TestContext;
  let rep: Actor;
  let customerId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    const ws = await ctx.newWorkspace();
    rep = await ctx.newUser(ws.id, 'rep');
    customerId = (await ctx.newCustomer(rep, { name: 'Nordwerk Solar GmbH', country: 'DE' })).id;
  });
  afterAll(() => ctx.close());

  const windows = async (query = '') => {
    const res = await ctx
      .client(rep)
      .get(`/customers/${customerId}/contact-windows?days=3${query}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  /** every window's "your" times are that instant on the given zone's clock */
  const expectWindowsIn = (body: ContactWindows, zone: string) => {
    expect(body.days.flatMap((d) => d.windows).length).toBeGreaterThan(0);
    for (const w of body.days.flatMap((d) => d.windows)) {
      expect(w.home.start).toBe(localParts(new Date(w.startUtc), zone).time);
    }
  };

  it('saves a zone on the profile, refuses an unknown one with a clear error, clears it with null', async () => {
    const me = ctx.client(rep);
    expect((await me.get('/me')).json().user.timeZone).toBeNull();

    const bad = await me.patch('/me', { timeZone: 'Asia/Beijing' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ path: '/timeZone', code: 'time_zone' }),
    ]);
    expect((await me.get('/me')).json().user.timeZone).toBeNull();

    const ok = await me.patch('/me', { timeZone: 'Asia/Dubai' });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().timeZone).toBe('Asia/Dubai');
    expect((await me.get('/me')).json().user.timeZone).toBe('Asia/Dubai');

    expect((await me.patch('/me', { timeZone: null })).json().timeZone).toBeNull();
  });

  it('contact windows count in the browser’s zone when the profile has none, else the profile’s', async () => {
    const office = await windows();
    expect(office.home.timeZone).toBe('Asia/Shanghai');
    expectWindowsIn(office, 'Asia/Shanghai');

    const browser = await windows('&timeZone=Europe/London');
    expect(browser.home.timeZone).toBe('Europe/London');
    expect(browser.now.home).toEqual(localParts(new Date(browser.now.utc), 'Europe/London'));
    expectWindowsIn(browser, 'Europe/London');

    await ctx.client(rep).patch('/me', { timeZone: 'Asia/Dubai' });
    const own = await windows('&timeZone=Europe/London');
    expect(own.home.timeZone).toBe('Asia/Dubai');
    expectWindowsIn(own, 'Asia/Dubai');
    await ctx.client(rep).patch('/me', { timeZone: null });

    const bad = await ctx
      .client(rep)
      .get(`/customers/${customerId}/contact-windows?timeZone=Not/AZone`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: '/querystring/timeZone',
      code: 'time_zone',
    });
  });

  it('the inbox’s next window uses the same clock', async () => {
    // Long enough ago that the next touch is overdue whatever the cadence and calendar make of it.
    const old = new Date(Date.now() - 120 * 86_400_000).toISOString();
    await ctx.client(rep).post('/activities', {
      customerId,
      type: 'call',
      direction: 'outbound',
      occurredAt: old,
      summary: 'Quoted the inverters',
    });
    const inbox = (await ctx.client(rep).get('/inbox?timeZone=Europe/London')).json();
    const window = inbox.followUps[0]?.nextWindow;
    expect(window).toBeTruthy();
    expect(window.home.start).toBe(localParts(new Date(window.startUtc), 'Europe/London').time);
  });
});

interface ContactWindows {
  days: { windows: { startUtc: string; home: { start: string } }[] }[];
}
