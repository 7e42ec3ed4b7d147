import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { serviceDesk } from '../../../test/support/service-world.ts';

describe.each(testDialects())('escalation rules on %s', (dialect) => {
  const clock = { now: new Date('2026-12-01T08:00:00Z') };
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let customerId: string;
  let ticketId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    // 24x7: one hour to answer, warning at half of it.
    const policy = await admin.post('/sla-policies', {
      name: 'Round the clock',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 60,
      resolutionMinutes: 600,
      warnPercent: 50,
    });
    expect(policy.statusCode).toBe(201);
    customerId = (await ctx.newCustomer(org.eastRep, { name: 'Riyadh Pumps', country: 'SA' })).id;
    const t = await ctx.client(org.eastRep).post('/tickets', {
      customerId,
      subject: 'Line stopped',
      channel: 'phone',
      type: 'defect',
      priority: 'normal',
      assigneeId: org.eastRep.user.id,
    });
    expect(t.statusCode).toBe(201);
    ticketId = t.json().id;
  });
  afterAll(() => ctx?.close());

  const run = () => ctx.services.escalations.run(org.ws.id);
  const ticket = async () => (await ctx.client(org.admin).get(`/tickets/${ticketId}`)).json();
  const inbox = async (who: typeof org.eastRep) =>
    JSON.stringify((await ctx.client(who).get(`/follow-ups?customerId=${customerId}`)).json());

  it('admins keep rules; others get 403; bad input names the field', async () => {
    const admin = ctx.client(org.admin);
    expect((await ctx.client(org.eastManager).get('/escalation-rules')).statusCode).toBe(403);
    expect(
      (await ctx.client(org.eastRep).post('/escalation-rules', { name: 'x', trigger: 'breach' }))
        .statusCode,
    ).toBe(403);
    const bad = await admin.post('/escalation-rules', {
      name: 'Bad',
      trigger: 'breach',
      reassignToId: 'nobody',
      teamIds: ['no-team'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string }) => e.path)).toEqual([
      '/reassignToId',
      '/teamIds/0',
    ]);
    expect((await admin.post('/escalation-rules', { name: '', trigger: 'late' })).statusCode).toBe(
      400,
    );
    expect((await admin.get('/escalation-rules/none')).statusCode).toBe(404);
  });

  it('on warning notifies; on breach reassigns, raises priority and tells both holders and the manager, once', async () => {
    const admin = ctx.client(org.admin);
    const warn = await admin.post('/escalation-rules', {
      name: 'Half time',
      trigger: 'warning',
      target: 'first_response',
      notify: true,
    });
    expect(warn.statusCode).toBe(201);
    const breach = await admin.post('/escalation-rules', {
      name: 'Breached',
      trigger: 'breach',
      reassignToId: org.eastManager.user.id,
      raisePriority: true,
      notify: true,
    });
    expect(breach.json()).toMatchObject({
      position: 1,
      enabled: true,
      target: 'any',
      reassignToName: expect.any(String),
    });

    clock.now = new Date('2026-12-01T08:20:00Z');
    expect(await run()).toBe(0);

    clock.now = new Date('2026-12-01T08:40:00Z'); // past 50 % of the hour
    expect(await run()).toBe(1);
    expect(await run()).toBe(0); // once
    expect((await ticket()).priority).toBe('normal');
    expect(await inbox(org.eastRep)).toContain('is close to breaching its first response target');
    expect(await inbox(org.eastManager)).toContain('Half time');

    clock.now = new Date('2026-12-01T09:10:00Z'); // the hour is up
    expect(await run()).toBe(1);
    const t = await ticket();
    expect(t).toMatchObject({ priority: 'high', assigneeId: org.eastManager.user.id });
    expect(await inbox(org.eastManager)).toContain('breached its first response target');
    expect(await inbox(org.eastRep)).toContain('breached its first response target');
    expect(await run()).toBe(0);

    const audit = await admin.get(`/audit?entityType=ticket&entityId=${ticketId}`);
    if (audit.statusCode === 200) expect(audit.body).toContain('escalated');
  });

  it('a paused or answered ticket does not escalate; disabled rules do nothing', async () => {
    const admin = ctx.client(org.admin);
    const rep = ctx.client(org.eastRep);
    clock.now = new Date('2026-12-01T10:00:00Z');
    await rep.patch(`/tickets/${ticketId}`, { status: 'solved' });
    const t = (
      await rep.post('/tickets', {
        customerId,
        subject: 'Question',
        channel: 'email',
        type: 'question',
        assigneeId: org.eastRep.user.id,
      })
    ).json().id as string;
    await rep.post(`/tickets/${t}/comments`, { body: 'On it', public: true });
    await rep.patch(`/tickets/${t}`, { status: 'pending_customer' });
    clock.now = new Date('2026-12-02T10:00:00Z');
    expect(await run()).toBe(0);
    const rules = (await admin.get('/escalation-rules')).json().items as { id: string }[];
    for (const r of rules) await admin.patch(`/escalation-rules/${r.id}`, { enabled: false });
    await rep.patch(`/tickets/${t}`, { status: 'open' });
    expect(await run()).toBe(0);
    expect(await ctx.services.escalations.runAll()).toBe(0);
    const del = await admin.delete(`/escalation-rules/${rules[0]!.id}`);
    expect(del.statusCode).toBe(204);
    expect((await admin.get('/escalation-rules')).json().items).toHaveLength(rules.length - 1);
  });

  it('agents hear of their desk’s escalations, and nobody of tickets they cannot see', async () => {
    const admin = ctx.client(org.admin);
    const desk = await serviceDesk(ctx, org);
    clock.now = new Date('2026-12-03T08:00:00Z');
    const open = async (teamId: string, subject: string) => {
      const res = await ctx.client(org.eastRep).post('/tickets', {
        customerId,
        subject,
        channel: 'email',
        type: 'question',
        teamId,
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json<{ id: string }>().id;
    };
    const shTicket = await open(desk.shanghai.id, 'Pump noise');
    await open(desk.hamburg.id, 'Manual missing');
    const rule = await admin.post('/escalation-rules', {
      name: 'Desk breach',
      trigger: 'breach',
      notify: false,
    });
    expect(rule.statusCode).toBe(201);
    clock.now = new Date('2026-12-03T09:30:00Z');
    // The two new tickets, and the question reopened in the test before.
    expect(await run()).toBe(3);

    const notices = async (who: typeof org.eastRep, query = '') => {
      const res = await ctx.client(who).get(`/escalation-notices${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return res.json<{ items: { ticketId: string; subject: string; trigger: string }[] }>().items;
    };
    const sh = await notices(desk.shAgent);
    expect(sh.map((n) => n.subject)).toEqual(['Pump noise']);
    expect(sh[0]).toMatchObject({ ticketId: shTicket, trigger: 'breach', ruleName: 'Desk breach' });
    expect((await notices(desk.hhAgent)).map((n) => n.subject)).toEqual(['Manual missing']);
    // The customer's owner sees all three; a rep of the other team none; the window holds.
    expect((await notices(org.eastRep)).map((n) => n.subject).sort()).toEqual([
      'Manual missing',
      'Pump noise',
      'Question',
    ]);
    expect(await notices(org.westRep)).toEqual([]);
    expect(await notices(org.eastRep, '?limit=1')).toHaveLength(1);
    clock.now = new Date('2026-12-20T09:30:00Z');
    expect(await notices(org.eastRep)).toEqual([]);
    expect(await notices(org.eastRep, '?days=30')).toHaveLength(3);
    // A solved ticket's escalation is no longer news.
    await ctx.client(org.eastRep).patch(`/tickets/${shTicket}`, { status: 'solved' });
    expect((await notices(org.eastRep, '?days=30')).map((n) => n.subject).sort()).toEqual([
      'Manual missing',
      'Question',
    ]);
    for (const bad of ['?days=0', '?days=91', '?limit=Infinity', '?days=x', '?other=1'])
      expect((await ctx.client(org.eastRep).get(`/escalation-notices${bad}`)).statusCode).toBe(400);
  });
});
