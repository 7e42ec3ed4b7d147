import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { addDays } from '../../domain/calendar/dates.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { CHURN_SCORES_ALL } from './churn-score-job.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
type Churn = { score: number; level: string; reasons: { code: string; points: number }[] };

// Stored churn scores (customers.churn_score and churn_reasons, 0087): the churn list reads them,
// so after every kind of change they must equal the live explanation on the customer's risk card.
describe.each(testDialects())('stored churn scores on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  // The wall clock, moved on by whole days (jobs a request enqueues are due at the real now).
  let offset = 0;
  const clock = () => new Date(Date.now() + offset);
  const today = () => clock().toISOString().slice(0, 10);
  const ids: Record<string, string> = {};

  const runJobs = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const listed = async (name: string) => {
    const res = await ctx.client(org.admin).get('/risk/churn?limit=500');
    expect(res.statusCode, res.body).toBe(200);
    const item = res
      .json<{ items: ({ customerId: string } & Churn)[] }>()
      .items.find((i) => i.customerId === ids[name]);
    return item && { score: item.score, level: item.level, reasons: item.reasons };
  };
  // The live card also suggests an action; the list's stored score is compared without it.
  const live = async (name: string) => {
    const { suggestion: _, ...churn } = (
      await ctx.client(org.admin).get(`/customers/${ids[name]}/risk`)
    ).json<{ churn: Churn & { suggestion: unknown } }>().churn;
    return churn;
  };
  const expectStoredIsLive = async (name: string) => {
    const l = await live(name);
    expect(await listed(name)).toEqual(l);
    return l;
  };
  const order = (name: string, n: string, daysAgo: number) =>
    ctx.client(name === 'west' ? org.westRep : org.eastRep).post('/orders', {
      customerId: ids[name],
      number: n,
      orderDate: addDays(today(), -daysAgo),
      amountMinor: 5_000_00,
      currency: 'USD',
    });

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: clock } } });
    org = await salesOrg(ctx);
    ids.lapsing = (await ctx.newCustomer(org.eastRep, { name: 'Lapsing Ltd', country: 'GB' })).id;
    ids.west = (await ctx.newCustomer(org.westRep, { name: 'West SA', country: 'FR' })).id;
  });
  afterAll(() => ctx?.close());

  it('scores on each order write, and none before the first order', async () => {
    expect(await listed('lapsing')).toBeUndefined();
    expect((await ctx.rawCustomer(org.ws.id, ids.lapsing!))!.churn_score).toBeNull();
    // Every 40 days, the last one 100 days ago: 2.5 gaps late.
    for (const [i, ago] of [300, 260, 220, 180, 140, 100].entries())
      expect((await order('lapsing', `L-${i}`, ago)).statusCode).toBe(201);
    const l = await expectStoredIsLive('lapsing');
    expect(l.reasons.map((r) => r.code)).toEqual(['order_overdue']);
    // A new order: the rhythm is kept again, the stored score follows at once.
    expect((await order('lapsing', 'L-6', 5)).statusCode).toBe(201);
    expect(await expectStoredIsLive('lapsing')).toEqual({ score: 0, level: 'low', reasons: [] });
  });

  it('follows a health change', async () => {
    await customerRecords.setHealthScore(ctx.db, org.ws.id, ids.lapsing!, 10);
    const l = await expectStoredIsLive('lapsing');
    expect(l.reasons).toEqual([{ code: 'low_health', points: 12, params: { health: 10 } }]);
  });

  it('counts a primary contact marked as left, and follows the contact at once', async () => {
    const c = await ctx.newContact(org.eastRep, ids.lapsing!, {
      emails: ['buyer@lapsing.example'],
    });
    const res = await ctx.client(org.eastRep).patch(`/contacts/${c.id}`, {
      leftAt: addDays(today(), -3),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().leftAt).toBe(addDays(today(), -3));
    const l = await expectStoredIsLive('lapsing');
    expect(l.reasons).toContainEqual({
      code: 'key_contact_gone',
      points: 10,
      params: { cause: 'left' },
    });
    // Back at the company: the reason goes.
    await ctx.client(org.eastRep).patch(`/contacts/${c.id}`, { leftAt: null });
    expect((await expectStoredIsLive('lapsing')).reasons.map((r) => r.code)).toEqual([
      'low_health',
    ]);
  });

  it('counts a primary contact whose every address bounced (with the hourly job)', async () => {
    await ctx.db
      .insertInto('bounced_addresses')
      .values({
        workspace_id: org.ws.id,
        address: 'buyer@lapsing.example',
        status: '5.1.1',
        diagnostic: 'no such user',
        campaign_id: null,
        contact_id: null,
        bounced_at: clock().toISOString(),
      })
      .execute();
    await enqueueJob(ctx.db, CHURN_SCORES_ALL, {});
    await runJobs();
    const l = await expectStoredIsLive('lapsing');
    expect(l.reasons).toContainEqual({
      code: 'key_contact_gone',
      points: 10,
      params: { cause: 'bounced' },
    });
  });

  it('refuses a bad or future leaving day, writing nothing', async () => {
    const c = await ctx.newContact(org.eastRep, ids.lapsing!, { primary: false });
    for (const leftAt of ['2026-02-30', 'soon', addDays(today(), 1)]) {
      const res = await ctx.client(org.eastRep).patch(`/contacts/${c.id}`, { leftAt });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0].path).toBe('/leftAt');
    }
    expect((await ctx.client(org.eastRep).get(`/contacts/${c.id}`)).json().leftAt).toBeNull();
  });

  it('follows the passage of time with the hourly job', async () => {
    for (const [i, ago] of [200, 160, 120, 80].entries())
      expect((await order('west', `W-${i}`, ago)).statusCode).toBe(201);
    const before = await expectStoredIsLive('west');
    offset += 60 * 86_400_000;
    // 60 days later the live score has moved; the job brings the stored one to it.
    expect(await live('west')).not.toEqual(before);
    await enqueueJob(ctx.db, CHURN_SCORES_ALL, {});
    await runJobs();
    expect((await expectStoredIsLive('west')).reasons[0]).toMatchObject({ code: 'order_overdue' });
  });

  it('leaves the list when churned or deleted, and keeps reps to their scope', async () => {
    const west = await ctx.client(org.westRep).get('/risk/churn');
    expect(west.json().items.map((i: { customerId: string }) => i.customerId)).toEqual([ids.west]);
    const res = await ctx.client(org.eastRep).patch(`/customers/${ids.lapsing}`, {
      stage: 'churned',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await listed('lapsing')).toBeUndefined();
    expect((await ctx.rawCustomer(org.ws.id, ids.lapsing!))!.churn_score).toBeNull();
    const mine = (await ctx.client(org.eastRep).get('/risk/churn')).json();
    expect(mine).toMatchObject({ total: 0, atRisk: 0, items: [] });
  });
});
