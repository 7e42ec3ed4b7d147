import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

describe.each(testDialects())('send slots on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('gives the send slots in the contact’s zone and calendar', async () => {
    const riyadh = await ctx.newCustomer(org.eastRep, { name: 'Al Noor Trading', country: 'SA' });
    const omar = await ctx.newContact(org.eastRep, riyadh.id, { firstName: 'Omar' });
    const res = await ctx
      .client(org.eastRep)
      .get(`/send-slots?contactId=${omar.id}&after=2026-12-03T17:00:00Z&count=2`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ timeZone: 'Asia/Riyadh', hours: { source: 'default' } });
    expect(body.mornings.map((m: Json) => [m.at, m.local.date, m.local.time])).toEqual([
      ['2026-12-06T06:30:00.000Z', '2026-12-06', '09:30'],
      ['2026-12-07T06:30:00.000Z', '2026-12-07', '09:30'],
    ]);
    expect(body.mornings[0].skipped.map((d: Json) => d.reasons[0].kind)).toEqual([
      'weekend',
      'weekend',
    ]);
    expect(body.nextInHours.at).toBe('2026-12-06T06:00:00.000Z');
    const bad = await ctx
      .client(org.eastRep)
      .get(`/send-slots?contactId=${omar.id}&after=yesterday`);
    expect(bad.statusCode).toBe(400);
  });

  it('uses the hours the workspace set for the country', async () => {
    const set = await ctx
      .client(org.admin)
      .put('/countries/DE/settings', { businessHours: { start: '10:00', end: '16:00' } });
    expect(set.statusCode, set.body).toBe(200);
    const germany = await ctx.newCustomer(org.eastRep, { name: 'Werk GmbH', country: 'DE' });
    const anna = await ctx.newContact(org.eastRep, germany.id, { firstName: 'Anna' });
    const res = await ctx
      .client(org.eastRep)
      .get(`/send-slots?contactId=${anna.id}&after=2026-12-24T09:00:00Z&count=1`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().hours).toEqual({ start: '10:00', end: '16:00', source: 'workspace' });
    // Work starts at 10:00, later than 09:30: their morning slot is 10:00, after Christmas.
    expect(res.json().mornings[0]).toMatchObject({ local: { date: '2026-12-28', time: '10:00' } });
  });
});
