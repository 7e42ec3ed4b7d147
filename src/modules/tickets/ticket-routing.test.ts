import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { serviceDesk } from '../../../test/support/service-world.ts';

const clock = { now: new Date('2026-06-10T02:00:00Z') };

describe.each(testDialects())('follow-the-sun routing of new tickets on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let desk: Awaited<ReturnType<typeof serviceDesk>>;
  let urgent: { id: string };
  let customer: { id: string };
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    desk = await serviceDesk(ctx, org);
    customer = await ctx.newCustomer(org.eastRep, { name: 'Lagos Oil Ltd', country: 'NG' });
    const res = await ctx.client(org.admin).post('/sla-policies', {
      name: 'Urgent, around the clock',
      priorities: ['urgent'],
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 30,
      resolutionMinutes: 240,
      warnPercent: 50,
      routing: 'follow_sun',
      routingTeamIds: [desk.shanghai.id, desk.hamburg.id],
    });
    expect(res.statusCode).toBe(201);
    urgent = res.json();
    expect(res.json()).toMatchObject({
      routing: 'follow_sun',
      routingTeamIds: [desk.shanghai.id, desk.hamburg.id],
    });
  });
  afterAll(() => ctx.close());

  const open = async (at: string, extra: Record<string, unknown> = {}) => {
    clock.now = new Date(at);
    const res = await ctx.client(org.eastRep).post('/tickets', {
      customerId: customer.id,
      subject: 'Pump stopped',
      channel: 'phone',
      type: 'defect',
      priority: 'urgent',
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; teamId: string | null; teamName: string | null }>();
  };

  it.each([
    ['02:00 UTC, 10:00 in Shanghai', '2026-06-10T02:00:00Z', 'Shanghai'],
    ['14:00 UTC, 16:00 in Hamburg', '2026-06-10T14:00:00Z', 'Hamburg'],
    [
      'a Shanghai holiday (National Day): the next team, Hamburg',
      '2026-10-01T02:00:00Z',
      'Hamburg',
    ],
    ['a Saturday: the team whose Monday comes first, Shanghai', '2026-06-13T12:00:00Z', 'Shanghai'],
  ])('routes a ticket at %s', async (_when, at, team) => {
    const t = await open(at);
    expect(t.teamName).toBe(team);
    // The agent of that team finds it in their list; the other team's does not.
    const mine = team === 'Shanghai' ? desk.shAgent : desk.hhAgent;
    const other = team === 'Shanghai' ? desk.hhAgent : desk.shAgent;
    expect((await ctx.client(mine).get(`/tickets/${t.id}`)).statusCode).toBe(200);
    expect((await ctx.client(other).get(`/tickets/${t.id}`)).statusCode).toBe(404);
    const audit = await ctx.client(org.admin).get(`/audit-log?entityType=ticket&entityId=${t.id}`);
    expect(audit.json().items[0].changes.routing).toEqual({ before: null, after: 'follow_sun' });
  });

  it('keeps a team named on the ticket (or none), and routes only under a routing policy', async () => {
    expect((await open('2026-06-10T02:00:00Z', { teamId: desk.hamburg.id })).teamName).toBe(
      'Hamburg',
    );
    expect((await open('2026-06-10T02:00:00Z', { teamId: null })).teamId).toBeNull();
    // Normal priority falls to the built-in default, which does not route.
    expect((await open('2026-06-10T02:00:00Z', { priority: 'normal' })).teamId).toBeNull();
  });

  it('tries every team by position when the policy names none', async () => {
    const admin = ctx.client(org.admin);
    await admin.patch(`/support-teams/${desk.hamburg.id}`, { position: 0 });
    await admin.patch(`/support-teams/${desk.shanghai.id}`, { position: 1 });
    const patched = await admin.patch(`/sla-policies/${urgent.id}`, { routingTeamIds: [] });
    // A patch leaves what it does not name: the policy still follows the sun.
    expect(patched.json()).toMatchObject({
      routing: 'follow_sun',
      routingTeamIds: [],
      warnPercent: 50,
    });
    // 08:00 UTC on a June Wednesday: 16:00 in Shanghai, 10:00 in Hamburg — Hamburg comes first.
    expect((await open('2026-06-10T08:00:00Z')).teamName).toBe('Hamburg');
  });

  it('refuses a policy naming an unknown team at /routingTeamIds, writing nothing', async () => {
    const before = (await ctx.client(org.admin).get('/sla-policies')).json().items.length;
    const res = await ctx.client(org.admin).post('/sla-policies', {
      name: 'Stray',
      calendar: '24x7',
      hours: { start: '00:00', end: '23:59' },
      firstResponseMinutes: 30,
      resolutionMinutes: 240,
      routing: 'follow_sun',
      routingTeamIds: [desk.hamburg.id, 'no-such-team'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: '/routingTeamIds/1', code: 'no_such' });
    expect((await ctx.client(org.admin).get('/sla-policies')).json().items.length).toBe(before);
    const bad = await ctx.client(org.admin).patch(`/sla-policies/${urgent.id}`, {
      routing: 'by_moon',
    });
    expect(bad.statusCode).toBe(400);
  });
});
