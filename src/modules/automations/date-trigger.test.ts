import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { DATE_JOB } from './date-job.ts';

describe.each(testDialects())('"a date arrives" rules on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
  });
  afterAll(() => ctx.close());

  /** Runs the hourly scan as if it were `at` (UTC), once or more. */
  const scanAt = async (at: string, times = 1) => {
    ctx.services.automation.now = () => new Date(at);
    for (let i = 0; i < times; i++) {
      await enqueueJob(ctx.db, DATE_JOB, {});
      const runner = ctx.services.jobs.runner;
      while ((await runner.tick()).length) await runner.drain();
    }
  };
  const tagsOf = async (admin: Actor, id: string) =>
    (await ctx.client(admin).get(`/customers/${id}`)).json<{ tags: string[] }>().tags;
  const field = async (admin: Actor, key: string, type: string) =>
    expect(
      (await ctx.client(admin).post('/custom-fields', { key, label: key, type })).statusCode,
    ).toBe(201);

  it("fires on the day the date begins where the customer is, once, in each customer's own time zone", async () => {
    const org = await salesOrg(ctx);
    await field(org.admin, 'renewal', 'date');
    const nz = await ctx.newCustomer(org.admin, {
      country: 'NZ',
      timeZone: 'Pacific/Auckland',
      customFields: { renewal: '2026-12-31' },
    });
    const la = await ctx.newCustomer(org.admin, {
      country: 'US',
      timeZone: 'America/Los_Angeles',
      customFields: { renewal: '2026-12-31' },
    });
    const res = await ctx.client(org.admin).post('/automations', {
      name: 'Renewal in 30 days',
      trigger: { kind: 'date_arrives', field: 'custom:renewal', offsetDays: -30 },
      actions: [{ type: 'add_tag', tag: 'renewal-due' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().trigger).toEqual({
      kind: 'date_arrives',
      field: 'custom:renewal',
      offsetDays: -30,
      annual: false,
    });

    // 30 Nov 12:00 UTC: 1 Dec 01:00 in Auckland, still 30 Nov 04:00 in Los Angeles.
    await scanAt('2026-11-30T12:00:00Z', 2);
    expect(await tagsOf(org.admin, nz.id)).toContain('renewal-due');
    expect(await tagsOf(org.admin, la.id)).not.toContain('renewal-due');

    // 1 Dec 09:00 UTC: 1 Dec 01:00 in Los Angeles; Auckland does not fire twice.
    await scanAt('2026-12-01T09:00:00Z', 2);
    expect(await tagsOf(org.admin, la.id)).toContain('renewal-due');
    const runs = await ctx.client(org.admin).get(`/automations/${res.json().id}/runs`);
    const byCustomer = (runs.json().items as { customerId: string; status: string }[]).map((r) => [
      r.customerId,
      r.status,
    ]);
    expect(byCustomer.sort()).toEqual(
      [
        [nz.id, 'ok'],
        [la.id, 'ok'],
      ].sort(),
    );
  });

  it('an annual date fires in later years only, and a date long past never fires', async () => {
    const org = await salesOrg(ctx);
    await field(org.admin, 'founded', 'date');
    const old = await ctx.newCustomer(org.admin, {
      timeZone: 'Europe/Berlin',
      customFields: { founded: '2016-12-03' },
    });
    const fresh = await ctx.newCustomer(org.admin, {
      timeZone: 'Europe/Berlin',
      customFields: { founded: '2026-12-03' },
    });
    const stale = await ctx.newCustomer(org.admin, {
      timeZone: 'Europe/Berlin',
      customFields: { founded: '2026-10-01' },
    });
    for (const [name, annual, tag] of [
      ['Anniversary', true, 'anniversary'],
      ['Founding day', false, 'founding-day'],
    ] as const)
      expect(
        (
          await ctx.client(org.admin).post('/automations', {
            name,
            trigger: { kind: 'date_arrives', field: 'custom:founded', annual },
            actions: [{ type: 'add_tag', tag }],
          })
        ).statusCode,
      ).toBe(201);
    await scanAt('2026-12-03T08:00:00Z');
    expect(await tagsOf(org.admin, old.id)).toEqual(['anniversary']);
    expect(await tagsOf(org.admin, fresh.id)).toEqual(['founding-day']);
    expect(await tagsOf(org.admin, stale.id)).toEqual([]);
  });

  it('the date of the last order: "no order for 180 days" fires for the customer whose order is that old', async () => {
    const org = await salesOrg(ctx);
    const quiet = await ctx.newCustomer(org.admin, { timeZone: 'Asia/Shanghai' });
    const order = await ctx.client(org.admin).post('/orders', {
      customerId: quiet.id,
      number: 'SO-1',
      orderDate: '2026-06-03',
      currency: 'USD',
      amountMinor: 100_000,
    });
    expect(order.statusCode, order.body).toBe(201);
    const res = await ctx.client(org.admin).post('/automations', {
      name: 'Quiet for half a year',
      trigger: { kind: 'date_arrives', field: 'last_order_date', offsetDays: 180 },
      actions: [{ type: 'add_tag', tag: 'quiet' }],
    });
    expect(res.statusCode, res.body).toBe(201);
    await scanAt('2026-11-29T20:00:00Z'); // 30 Nov 04:00 in Shanghai = 3 Jun + 180 days
    expect(await tagsOf(org.admin, quiet.id)).toEqual(['quiet']);
  });

  it('names the field that cannot be a date and changes nothing', async () => {
    const org = await salesOrg(ctx);
    await field(org.admin, 'notes_text', 'text');
    const before = (await ctx.client(org.admin).get('/automations')).json().items.length;
    for (const [trigger, path, code] of [
      [
        { kind: 'date_arrives', field: 'custom:notes_text' },
        '/trigger/field',
        'automation_date_field',
      ],
      [{ kind: 'date_arrives', field: 'custom:nope' }, '/trigger/field', 'automation_date_field'],
      [{ kind: 'date_arrives', field: 'name' }, '/trigger/field', 'automation_date_field'],
      [
        { kind: 'date_arrives', field: 'last_order_date', offsetDays: 400 },
        '/trigger/offsetDays',
        'automation_date_offset',
      ],
      [
        { kind: 'date_arrives', field: 'last_order_date', offsetDays: 1.5 },
        '/trigger/offsetDays',
        'automation_date_offset',
      ],
      [
        { kind: 'date_arrives', field: 'last_order_date', annual: 'yes' },
        '/trigger/annual',
        'type',
      ],
    ] as const) {
      const res = await ctx.client(org.admin).post('/automations', {
        name: 'Bad',
        trigger,
        actions: [{ type: 'add_tag', tag: 'x' }],
      });
      expect(res.statusCode, JSON.stringify(trigger)).toBe(400);
      expect(
        res.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]),
      ).toEqual([[path, code]]);
    }
    expect((await ctx.client(org.admin).get('/automations')).json().items.length).toBe(before);
  });
});
