import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';

// Escalation rules on the next-response target (0080): each customer message that starts a wait
// is a cycle of its own, and a rule fires once per cycle.
describe.each(testDialects())('escalation on next response on %s', (dialect) => {
  const clock = { now: new Date('2026-12-01T08:00:00Z') };
  const at = (iso: string) => (clock.now = new Date(iso));
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let customerId: string;
  let ticketId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    // 24x7: an hour to answer first, 30 minutes for each later message, warning at half.
    const policy = await admin.post('/sla-policies', {
      name: 'Round the clock',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 60,
      resolutionMinutes: 6000,
      nextResponseMinutes: 30,
      warnPercent: 50,
    });
    expect(policy.statusCode, policy.body).toBe(201);
    customerId = (await ctx.newCustomer(org.eastRep, { name: 'Jeddah Valves', country: 'SA' })).id;
    const t = await ctx.client(org.eastRep).post('/tickets', {
      customerId,
      subject: 'Valve sticks',
      channel: 'email',
      type: 'defect',
      priority: 'normal',
      assigneeId: org.eastRep.user.id,
    });
    expect(t.statusCode).toBe(201);
    ticketId = t.json().id;
  });
  afterAll(() => ctx?.close());

  const run = () => ctx.services.escalations.run(org.ws.id);
  const say = async (body: Record<string, unknown>) =>
    expect(
      (await ctx.client(org.eastRep).post(`/tickets/${ticketId}/comments`, body)).statusCode,
    ).toBe(201);
  const ticket = async () => (await ctx.client(org.admin).get(`/tickets/${ticketId}`)).json();
  const inbox = async () =>
    JSON.stringify(
      (await ctx.client(org.eastRep).get(`/follow-ups?customerId=${customerId}`)).json(),
    );

  it('a rule names the next-response target; an unknown target is 400 and writes nothing', async () => {
    const admin = ctx.client(org.admin);
    const bad = await admin.post('/escalation-rules', {
      name: 'Bad',
      trigger: 'breach',
      target: 'next_reply',
    });
    expect(bad.statusCode).toBe(400);
    expect((await admin.get('/escalation-rules')).json().items).toEqual([]);
    const rule = await admin.post('/escalation-rules', {
      name: 'Customer waiting',
      trigger: 'breach',
      target: 'next_response',
      raisePriority: true,
    });
    expect(rule.statusCode, rule.body).toBe(201);
    expect(rule.json()).toMatchObject({ target: 'next_response', raisePriority: true });
  });

  it('fires on a breached next response, once per cycle, and again when the customer writes again', async () => {
    at('2026-12-01T08:10:00Z');
    await say({ body: 'Which model?', public: true }); // first response met
    at('2026-12-01T08:20:00Z');
    await say({ body: 'VX-40', public: true, from: 'customer' }); // cycle 1, due 08:50
    at('2026-12-01T08:40:00Z');
    expect(await run()).toBe(0); // past the warning, not the due instant: a breach rule waits
    at('2026-12-01T09:00:00Z');
    expect(await run()).toBe(1);
    expect(await run()).toBe(0); // once per cycle
    expect((await ticket()).priority).toBe('high');
    expect(await inbox()).toContain('breached its next response target');

    at('2026-12-01T09:05:00Z');
    await say({ body: 'Try this', public: true }); // cycle 1 answered (late)
    expect(await run()).toBe(0);
    at('2026-12-01T09:10:00Z');
    await say({ body: 'Still stuck', public: true, from: 'customer' }); // cycle 2, due 09:40
    at('2026-12-01T09:30:00Z');
    expect(await run()).toBe(0);
    at('2026-12-01T09:50:00Z');
    expect(await run()).toBe(1);
    expect((await ticket()).priority).toBe('urgent');

    const notices = (await ctx.client(org.eastRep).get('/escalation-notices')).json().items;
    expect(notices).toEqual([
      expect.objectContaining({ ticketId, target: 'next_response', trigger: 'breach' }),
    ]);
    const firings = await ctx.db
      .selectFrom('ticket_escalations')
      .select(['target', 'cycle_at'])
      .where('ticket_id', '=', ticketId)
      .execute();
    expect(firings).toEqual([{ target: 'next_response', cycle_at: '2026-12-01T09:10:00.000Z' }]);
  });
});
