import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { POOL_HOLDER_ID } from '../../domain/pool/pool-settings.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { POOL_SWEEP_ALL } from './pool-jobs.ts';

// The nightly rule over China's National Day week 2026, in a Shanghai home office: 10 business
// days without a touch, 3 days' warning. Last touch Tue 22 Sep: the 7th business day after it
// is Fri 9 Oct (1–7 Oct closed), so the run of Sat 10 Oct (a make-up working day) warns, and
// the customer returns on the first run after Tue 13 Oct.
const RULE = {
  enabled: true,
  stages: ['lead', 'prospect'],
  idleDays: 10,
  warningDays: 3,
  claimLimit: 5,
};
/** 01:10 in Shanghai on the given date, when the nightly job runs. */
const night = (date: string) => new Date(`${date}T01:10:00+08:00`);

describe.each(testDialects())('the nightly pool rule on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let quiet: Awaited<ReturnType<typeof salesOrg>>;
  let clock = night('2026-10-09');
  const ids: Record<string, string> = {};

  /** A customer of `owner` created on 1 Sep whose last touch (if any) is `touchedAt`. */
  async function customer(owner: Actor, name: string, stage: string, touchedAt: string | null) {
    const c = await ctx.newCustomer(owner, { name, stage: stage as 'lead' });
    // Created "in the past": the book existed before the rule was switched on.
    await ctx.db
      .updateTable('customers')
      .set({ created_at: '2026-09-01T02:00:00.000Z' })
      .where('id', '=', c.id)
      .execute();
    if (touchedAt) await touch(owner, c.id, touchedAt);
    return c.id;
  }
  const touch = async (owner: Actor, customerId: string, occurredAt: string) => {
    const res = await ctx.client(owner).post('/activities', {
      customerId,
      type: 'call',
      direction: 'outbound',
      occurredAt,
      summary: 'Called about the samples',
    });
    expect(res.statusCode).toBe(201);
  };
  const runNight = async (date: string) => {
    clock = night(date);
    await enqueueJob(ctx.db, POOL_SWEEP_ALL, {}, { runAt: clock });
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const owner = async (id: string) => (await ctx.rawCustomer(org.ws.id, id))?.owner_id;
  const warnings = () =>
    ctx.db.selectFrom('pool_warnings').selectAll().where('workspace_id', '=', org.ws.id).execute();
  const audits = (action: string) =>
    ctx.db
      .selectFrom('audit_log')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .where('action', '=', action as 'pool_warn')
      .orderBy('id')
      .execute();
  const noticesOf = async (actor: Actor, customerId: string) =>
    (
      (await ctx.client(actor).get(`/follow-ups?customerId=${customerId}`)).json().items as {
        reason: { en: string; zh: string };
        dueDate: string;
      }[]
    ).filter((f) => f.reason.en.includes('shared pool'));

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    quiet = await salesOrg(ctx);
    expect((await ctx.client(org.admin).put('/pool/settings', RULE)).statusCode).toBe(200);
    ids.idle = await customer(org.eastRep, 'Idle Lead GmbH', 'lead', '2026-09-22T03:00:00.000Z');
    ids.touchedLater = await customer(
      org.eastRep,
      'Busy Prospect SA',
      'prospect',
      '2026-09-22T03:00:00.000Z',
    );
    ids.longIdle = await customer(org.westRep, 'Forgotten Ltd', 'lead', null);
    ids.buyer = await customer(org.eastRep, 'Loyal Buyer AG', 'customer', null);
    ids.otherWorkspace = await customer(quiet.eastRep, 'Quiet Lead', 'lead', null);
  });
  afterAll(() => ctx.close());

  it('does nothing before the warning day (the holiday week counts no days)', async () => {
    await runNight('2026-10-09');
    expect(await warnings()).toHaveLength(1); // only the customer idle since 1 Sep
    expect((await warnings())[0]?.customer_id).toBe(ids.longIdle);
  });

  it('warns the owner in the inbox on the warning day, once', async () => {
    await runNight('2026-10-10');
    await runNight('2026-10-10');
    const w = await warnings();
    expect(w.map((x) => x.customer_id).sort()).toEqual(
      [ids.idle, ids.touchedLater, ids.longIdle].sort(),
    );
    expect(w.find((x) => x.customer_id === ids.idle)).toMatchObject({
      owner_id: org.eastRep.user.id,
      basis_date: '2026-09-22',
      keep_until: '2026-10-13',
    });
    const notices = await noticesOf(org.eastRep, ids.idle!);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.dueDate).toBe('2026-10-10');
    expect(notices[0]!.reason.en).toContain('after 2026-10-13');
    expect(notices[0]!.reason.zh).toContain('退回公海');
    // one warning audited per customer, by the system; the customer that is no lead is left
    const warned = await audits('pool_warn');
    expect(warned.map((a) => a.entity_id).sort()).toEqual(w.map((x) => x.customer_id).sort());
    expect(warned.every((a) => a.actor_id === null && a.actor_kind === 'system')).toBe(true);
    expect(await owner(ids.buyer!)).toBe(org.eastRep.user.id);
  });

  it('returns the untouched customers after the promised day, never the touched one', async () => {
    await touch(org.eastRep, ids.touchedLater!, '2026-10-12T02:00:00.000Z');
    await runNight('2026-10-13');
    expect(await owner(ids.idle!)).toBe(org.eastRep.user.id);
    await runNight('2026-10-14');
    await runNight('2026-10-14');
    expect(await owner(ids.idle!)).toBe(POOL_HOLDER_ID);
    expect(await owner(ids.longIdle!)).toBe(POOL_HOLDER_ID);
    expect(await owner(ids.touchedLater!)).toBe(org.eastRep.user.id);
    expect(await owner(ids.buyer!)).toBe(org.eastRep.user.id);
    expect(await ctx.rawCustomer(quiet.ws.id, ids.otherWorkspace!)).toMatchObject({
      owner_id: quiet.eastRep.user.id,
    });

    const released = await audits('pool_release');
    expect(released.map((a) => a.entity_id).sort()).toEqual([ids.idle, ids.longIdle].sort());
    expect(JSON.parse(released[0]!.changes)).toMatchObject({
      ownerId: { after: POOL_HOLDER_ID },
      reason: { after: 'idle' },
    });
    // The former owner no longer sees it, nor its follow-ups; the pool lists it.
    const rep = ctx.client(org.eastRep);
    expect((await rep.get(`/customers/${ids.idle}`)).statusCode).toBe(404);
    expect(await noticesOf(org.eastRep, ids.idle!)).toEqual([]);
    const open = await ctx.db
      .selectFrom('follow_ups')
      .select('status')
      .where('customer_id', '=', ids.idle!)
      .where('status', 'in', ['open', 'snoozed'])
      .execute();
    expect(open).toEqual([]);
    const pool = (await rep.get('/pool')).json();
    expect(pool.items.map((i: { customerId: string }) => i.customerId).sort()).toEqual(
      [ids.idle, ids.longIdle].sort(),
    );
    expect(pool.items.find((i: { customerId: string }) => i.customerId === ids.idle)).toMatchObject(
      { reason: 'idle', stage: 'lead', lastTouchAt: '2026-09-22T03:00:00.000Z' },
    );
  });

  it('starts a claimed customer afresh: the claim is the new basis', async () => {
    const claimed = await ctx.client(org.westRep).post(`/pool/${ids.idle}/claim`, {});
    expect(claimed.statusCode).toBe(200);
    await runNight('2026-10-15');
    expect(await owner(ids.idle!)).toBe(org.westRep.user.id);
    expect((await warnings()).map((w) => w.customer_id)).not.toContain(ids.idle);
  });

  it('leaves the book alone once the rule is switched off', async () => {
    const off = await ctx.client(org.admin).put('/pool/settings', { ...RULE, enabled: false });
    expect(off.statusCode).toBe(200);
    const before = (await audits('pool_warn')).length + (await audits('pool_release')).length;
    await runNight('2026-12-15');
    expect((await audits('pool_warn')).length + (await audits('pool_release')).length).toBe(before);
    expect(await owner(ids.touchedLater!)).toBe(org.eastRep.user.id);
  });
});
