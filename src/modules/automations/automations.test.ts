import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { events, type DomainEvent } from '../events/events.service.ts';

// Stands in for the webhooks module: what an endpoint subscribed to `automation.fired` receives.
const fired: DomainEvent[] = [];
const listening = new Set<string>();
events.subscribe({
  name: 'test-webhooks',
  interested: async (_db, ws) => new Set(listening.has(ws) ? (['automation.fired'] as const) : []),
  handle: async (_db, _ws, evts) => {
    fired.push(...evts);
  },
});

const valid = {
  name: 'Tag new leads',
  trigger: { kind: 'event', eventType: 'customer.created' },
  actions: [{ type: 'add_tag', tag: 'new' }],
};

describe.each(testDialects())('automation rules API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let other: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    other = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const rules = () =>
    ctx.db
      .selectFrom('automation_rules')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .execute();
  const runJobs = async () => {
    const runner = ctx.services.jobs.runner;
    while ((await runner.tick()).length) await runner.drain();
  };

  it('admins create, read, change and delete rules, each change audited', async () => {
    const admin = ctx.client(org.admin);
    const created = await admin.post('/automations', valid);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ ...valid, enabled: true, condition: null });
    expect((await admin.get('/automations')).json().items.map((r: { id: string }) => r.id)).toEqual(
      [id],
    );
    const off = await admin.patch(`/automations/${id}`, { enabled: false });
    expect(off.json().enabled).toBe(false);
    expect((await admin.get(`/automations/${id}`)).json().enabled).toBe(false);
    expect((await admin.delete(`/automations/${id}`)).statusCode).toBe(204);
    expect((await admin.get(`/automations/${id}`)).statusCode).toBe(404);
    const audit = await admin.get('/audit-log?entityType=automation_rule');
    const mine = (audit.json().items as { entityId: string; action: string }[]).filter(
      (a) => a.entityId === id,
    );
    expect(mine.map((a) => a.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('managers and reps are refused; another workspace does not find the rule', async () => {
    const id = (await ctx.client(org.admin).post('/automations', { ...valid, name: 'Mine' })).json()
      .id as string;
    for (const actor of [org.eastManager, org.eastRep]) {
      const c = ctx.client(actor);
      expect((await c.get('/automations')).statusCode).toBe(403);
      expect((await c.post('/automations', { ...valid, name: 'Theirs' })).statusCode).toBe(403);
      expect((await c.patch(`/automations/${id}`, { enabled: false })).statusCode).toBe(403);
      expect((await c.delete(`/automations/${id}`)).statusCode).toBe(403);
      expect((await c.get(`/automations/${id}/runs`)).statusCode).toBe(403);
    }
    const stranger = ctx.client(other.admin);
    expect((await stranger.get(`/automations/${id}`)).statusCode).toBe(404);
    expect((await stranger.patch(`/automations/${id}`, { enabled: false })).statusCode).toBe(404);
    expect((await stranger.delete(`/automations/${id}`)).statusCode).toBe(404);
    expect((await stranger.get(`/automations/${id}/runs`)).statusCode).toBe(404);
    expect((await stranger.get('/automations')).json().items).toEqual([]);
    expect((await ctx.client(org.admin).get(`/automations/${id}`)).json().enabled).toBe(true);
  });

  it.each([
    [
      { trigger: { kind: 'event', eventType: 'customer.created', fields: ['stage'] } },
      '/trigger/fields',
      'automation_fields_on_update',
    ],
    [{ trigger: { kind: 'sometimes' } }, '/trigger/kind', 'one_of'],
    [{ trigger: { kind: 'event', eventType: 'automation.fired' } }, '/trigger/eventType', 'one_of'],
    [
      { trigger: { kind: 'segment_enter', segmentId: 'nope' } },
      '/trigger/segmentId',
      'not_in_scope',
    ],
    [
      { condition: { match: 'all', conditions: [{ field: 'planet', op: 'is', value: 'Mars' }] } },
      '/condition/conditions/0/field',
      'filter_field',
    ],
    [{ actions: [] }, '/actions', 'list_length'],
    [{ actions: [{ type: 'send_email' }] }, '/actions/0/type', 'one_of'],
    [{ actions: [{ type: 'set_stage', stage: 'won' }] }, '/actions/0/stage', 'one_of'],
    [
      { actions: [{ type: 'create_follow_up', businessDays: 1.5 }] },
      '/actions/0/businessDays',
      'automation_business_days',
    ],
    [
      { actions: [{ type: 'assign_owner', userId: 'ghost' }] },
      '/actions/0/userId',
      'no_active_user',
    ],
  ])('refuses %j at %s (%s) and writes nothing', async (change, path, code) => {
    const before = (await rules()).length;
    const res = await ctx
      .client(org.admin)
      .post('/automations', { ...valid, name: 'Bad', ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await rules()).toHaveLength(before);
  });

  it('a duplicate name is a conflict on /name', async () => {
    await ctx.client(org.admin).post('/automations', { ...valid, name: 'Twice' });
    const res = await ctx.client(org.admin).post('/automations', { ...valid, name: 'Twice' });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toContainEqual(
      expect.objectContaining({ path: '/name', code: 'taken' }),
    );
  });

  it('"call a webhook" publishes automation.fired one level deeper, with the run logged', async () => {
    const ws = await salesOrg(ctx);
    listening.add(ws.ws.id);
    events.invalidate(ws.ws.id);
    const id = (
      await ctx.client(ws.admin).post('/automations', {
        name: 'Tell the ERP',
        trigger: { kind: 'event', eventType: 'customer.created' },
        actions: [{ type: 'call_webhook' }],
      })
    ).json().id as string;
    const c = await ctx.client(ws.admin).post('/customers', { name: 'Hook AG', country: 'DE' });
    await runJobs();
    const mine = fired.filter((e) => e.entityId === id);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({
      type: 'automation.fired',
      entityType: 'automation_rule',
      depth: 1,
      actor: { userId: null, kind: 'system' },
    });
    expect(mine[0]!.changes.customerId?.after).toBe(c.json().id);
    const runs = await ctx.client(ws.admin).get(`/automations/${id}/runs?limit=1`);
    expect(runs.json()).toMatchObject({ items: [{ status: 'ok', depth: 0 }], nextCursor: null });
  });
});
