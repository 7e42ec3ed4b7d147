import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { enqueueJob } from '../jobs/job-records.service.ts';
import { OVERDUE_JOB } from './overdue-job.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;
const DE = { match: 'all', conditions: [{ field: 'country', op: 'is', value: 'DE' }] };
const stageIs = (stage: string) => ({
  match: 'all',
  conditions: [{ field: 'stage', op: 'is', value: stage }],
});

describe.each(testDialects())('automation runs on %s', (dialect) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
  });
  afterAll(() => ctx.close());

  const runJobs = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };
  const rule = async (admin: Actor, body: Record<string, unknown>) => {
    const res = await ctx.client(admin).post('/automations', body);
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  };
  const runs = async (admin: Actor, id: string) => {
    const res = await ctx.client(admin).get(`/automations/${id}/runs`);
    expect(res.statusCode).toBe(200);
    return (res.json().items as { status: string; depth: number; detail: string | null }[])
      .slice()
      .reverse();
  };
  const customer = async (org: Org, id: string) => {
    const res = await ctx.client(org.admin).get(`/customers/${id}`);
    return res.json<{ stage: string; tags: string[]; ownerId: string; tier: string }>();
  };

  it('a new German customer gets the follow-up on the right business day, tag, owner and stage, audited', async () => {
    const org = await salesOrg(ctx);
    const id = await rule(org.admin, {
      name: 'New customer in Germany',
      trigger: { kind: 'event', eventType: 'customer.created' },
      condition: DE,
      actions: [
        { type: 'create_follow_up', businessDays: 2, note: 'Say hello' },
        { type: 'add_tag', tag: 'auto-de' },
        { type: 'assign_owner', userId: org.eastRep.user.id },
        { type: 'set_stage', stage: 'prospect' },
      ],
    });
    // Thursday 24 December 2026 in Berlin: Christmas (25th, 26th) and the weekend do not count,
    // so two business days later is Tuesday the 29th (Monday the 28th without the holidays).
    ctx.services.automation.now = () => new Date('2026-12-24T09:00:00Z');
    try {
      const created = await ctx
        .client(org.admin)
        .post('/customers', { name: 'Berlin GmbH', country: 'DE' });
      const fr = await ctx
        .client(org.admin)
        .post('/customers', { name: 'Paris SA', country: 'FR' });
      await runJobs();
      const c = await customer(org, created.json().id);
      expect(c.tags).toContain('auto-de');
      expect(c.ownerId).toBe(org.eastRep.user.id);
      expect(c.stage).toBe('prospect');
      const followUps = await ctx.db
        .selectFrom('follow_ups')
        .selectAll()
        .where('workspace_id', '=', org.ws.id)
        .where('customer_id', '=', created.json().id)
        .where('kind', '=', 'manual')
        .execute();
      expect(followUps.map((f) => [f.due_date, f.note])).toEqual([['2026-12-29', 'Say hello']]);
      // The changes are the system's, audited like a person's.
      const audit = await ctx.client(org.admin).get('/audit-log?entityType=customer');
      const byRule = (
        audit.json().items as {
          entityId: string;
          action: string;
          actorId: string | null;
          changes: Record<string, unknown>;
        }[]
      ).filter((a) => a.entityId === created.json().id && a.action === 'update');
      expect(byRule.length).toBe(3);
      expect(byRule.every((a) => a.actorId === null)).toBe(true);
      expect((await customer(org, fr.json().id)).tags).not.toContain('auto-de');
      // The two creations are two dispatch jobs, which may run in either order.
      const log = await runs(org.admin, id);
      expect(log.map((r) => r.status).sort()).toEqual(['ok', 'skipped']);
      expect(log.find((r) => r.status === 'ok')!.detail).toContain('follow-up due 2026-12-29');
    } finally {
      ctx.services.automation.now = () => new Date();
    }
  });

  it('fires on named field changes only, and a failing action leaves nothing half done', async () => {
    const org = await salesOrg(ctx);
    const c = await ctx.newCustomer(org.admin);
    const onStage = await rule(org.admin, {
      name: 'Stage moved',
      trigger: { kind: 'event', eventType: 'customer.updated', fields: ['stage'] },
      actions: [
        { type: 'add_tag', tag: 'moved' },
        { type: 'assign_owner', userId: org.westRep.user.id },
      ],
    });
    await ctx.client(org.admin).patch(`/customers/${c.id}`, { name: 'Renamed Ltd' });
    await runJobs();
    expect(await runs(org.admin, onStage)).toEqual([]);
    // The owner the rule names leaves: the tag added before the failing assignment is undone.
    await ctx.db
      .updateTable('users')
      .set({ active: 0 })
      .where('id', '=', org.westRep.user.id)
      .execute();
    await ctx.client(org.admin).patch(`/customers/${c.id}`, { stage: 'prospect' });
    await runJobs();
    const log = await runs(org.admin, onStage);
    expect(log.map((r) => r.status)).toEqual(['failed']);
    expect((await customer(org, c.id)).tags).not.toContain('moved');
  });

  it('fires when a customer enters or leaves a segment, not for those already in it', async () => {
    const org = await salesOrg(ctx);
    const seg = await ctx.client(org.admin).post('/segments', {
      name: 'Tier A',
      filter: { match: 'all', conditions: [{ field: 'tier', op: 'is', value: 'A' }] },
    });
    const already = await ctx.newCustomer(org.admin, { tier: 'A' });
    const mover = await ctx.newCustomer(org.admin, { tier: 'B' });
    const enter = await rule(org.admin, {
      name: 'Into A',
      trigger: { kind: 'segment_enter', segmentId: seg.json().id },
      actions: [{ type: 'add_tag', tag: 'vip' }],
    });
    const leave = await rule(org.admin, {
      name: 'Out of A',
      trigger: { kind: 'segment_leave', segmentId: seg.json().id },
      actions: [{ type: 'add_tag', tag: 'was-vip' }],
    });
    await ctx.client(org.admin).patch(`/customers/${already.id}`, { name: 'Still A' });
    await ctx.client(org.admin).patch(`/customers/${mover.id}`, { tier: 'A' });
    await runJobs();
    expect((await customer(org, already.id)).tags).toEqual([]);
    expect((await customer(org, mover.id)).tags).toEqual(['vip']);
    await ctx.client(org.admin).patch(`/customers/${mover.id}`, { tier: 'C' });
    await runJobs();
    expect((await customer(org, mover.id)).tags.sort()).toEqual(['vip', 'was-vip']);
    expect((await runs(org.admin, enter)).map((r) => r.status)).toEqual(['ok']);
    expect((await runs(org.admin, leave)).map((r) => r.status)).toEqual(['ok']);
    // A segment a rule listens to stays until the rule is changed.
    const del = await ctx.client(org.admin).delete(`/segments/${seg.json().id}`);
    expect(del.statusCode).toBe(409);
    expect(del.json().detail).toContain('Into A');
  });

  it('an overdue follow-up fires its rule once, however often the scan runs', async () => {
    const org = await salesOrg(ctx);
    const c = await ctx.newCustomer(org.admin);
    const id = await rule(org.admin, {
      name: 'Overdue',
      trigger: { kind: 'follow_up_overdue' },
      actions: [{ type: 'set_tier', tier: 'A' }],
    });
    const fu = await ctx
      .client(org.admin)
      .post('/follow-ups', { customerId: c.id, dueDate: '2024-03-04' });
    expect(fu.statusCode).toBe(201);
    for (let i = 0; i < 2; i++) {
      await enqueueJob(ctx.db, OVERDUE_JOB, {});
      await runJobs();
    }
    expect((await runs(org.admin, id)).map((r) => r.status)).toEqual(['ok']);
    expect((await customer(org, c.id)).tier).toBe('A');
  });

  it('a follow-up is overdue once its due date has passed where its customer is', async () => {
    const org = await salesOrg(ctx);
    const nz = await ctx.newCustomer(org.admin, { country: 'NZ', timeZone: 'Pacific/Auckland' });
    const la = await ctx.newCustomer(org.admin, {
      country: 'US',
      timeZone: 'America/Los_Angeles',
    });
    const id = await rule(org.admin, {
      name: 'Overdue where the customer is',
      trigger: { kind: 'follow_up_overdue' },
      actions: [{ type: 'add_tag', tag: 'late' }],
    });
    for (const c of [nz, la]) {
      const fu = await ctx
        .client(org.admin)
        .post('/follow-ups', { customerId: c.id, dueDate: '2026-11-30' });
      expect(fu.statusCode).toBe(201);
    }
    // 30 Nov 12:00 UTC: already 1 December in Auckland, still 30 November in Los Angeles.
    ctx.services.automation.now = () => new Date('2026-11-30T12:00:00Z');
    try {
      await enqueueJob(ctx.db, OVERDUE_JOB, {});
      await runJobs();
      expect((await customer(org, nz.id)).tags).toContain('late');
      expect((await customer(org, la.id)).tags).not.toContain('late');
      ctx.services.automation.now = () => new Date('2026-12-01T08:30:00Z');
      await enqueueJob(ctx.db, OVERDUE_JOB, {});
      await runJobs();
      expect((await customer(org, la.id)).tags).toContain('late');
      expect((await runs(org.admin, id)).map((r) => r.status)).toEqual(['ok', 'ok']);
    } finally {
      ctx.services.automation.now = () => new Date();
    }
  });

  it('two rules undoing each other stop: a rule never re-runs in its chain', async () => {
    const org = await salesOrg(ctx);
    const c = await ctx.newCustomer(org.admin);
    const a = await rule(org.admin, {
      name: 'A',
      trigger: { kind: 'event', eventType: 'customer.updated' },
      condition: stageIs('prospect'),
      actions: [{ type: 'set_stage', stage: 'lead' }],
    });
    const b = await rule(org.admin, {
      name: 'B',
      trigger: { kind: 'event', eventType: 'customer.updated' },
      condition: stageIs('lead'),
      actions: [{ type: 'set_stage', stage: 'prospect' }],
    });
    await ctx.client(org.admin).patch(`/customers/${c.id}`, { stage: 'prospect' });
    await runJobs();
    const ran = async (id: string) =>
      (await runs(org.admin, id))
        .filter((r) => r.status !== 'skipped')
        .map((r) => [r.status, r.depth]);
    expect(await ran(a)).toEqual([
      ['ok', 0],
      ['loop_blocked', 2],
    ]);
    expect(await ran(b)).toEqual([['ok', 1]]);
    expect((await customer(org, c.id)).stage).toBe('prospect');
  });

  it('a longer cycle stops at the depth limit, logged as loop_blocked', async () => {
    const org = await salesOrg(ctx);
    const c = await ctx.newCustomer(org.admin);
    const cycle = [
      ['prospect', 'lead'],
      ['lead', 'customer'],
      ['customer', 'prospect'],
    ] as const;
    const ids: string[] = [];
    for (const [from, to] of cycle)
      ids.push(
        await rule(org.admin, {
          name: `${from} to ${to}`,
          trigger: { kind: 'event', eventType: 'customer.updated', fields: ['stage'] },
          condition: stageIs(from),
          actions: [{ type: 'set_stage', stage: to }],
        }),
      );
    await ctx.client(org.admin).patch(`/customers/${c.id}`, { stage: 'prospect' });
    await runJobs();
    const first = (await runs(org.admin, ids[0]!)).filter((r) => r.status !== 'skipped');
    expect(first.map((r) => [r.status, r.depth])).toEqual([
      ['ok', 0],
      ['loop_blocked', 3],
    ]);
    expect(first[1]!.detail).toContain('limit');
    // The cycle went round once: prospect → lead → customer → prospect, then stopped.
    expect((await customer(org, c.id)).stage).toBe('prospect');
  });
});
