import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('support teams on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (table: 'support_teams' | 'support_team_members') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  const manila = {
    name: 'Manila',
    country: 'ph',
    timeZone: 'Asia/Manila',
    hours: { start: '08:00', end: '17:00' },
  };

  it('lets an admin create a team with its calendar and members; everyone reads it', async () => {
    const agent = await ctx.newUser(org.ws.id, 'agent');
    const res = await ctx
      .client(org.admin)
      .post('/support-teams', { ...manila, memberIds: [agent.user.id, agent.user.id] });
    expect(res.statusCode).toBe(201);
    const team = res.json();
    expect(team).toMatchObject({
      name: 'Manila',
      country: 'PH',
      region: null,
      timeZone: 'Asia/Manila',
      hours: { start: '08:00', end: '17:00' },
      position: 0,
      memberIds: [agent.user.id],
    });
    // The agent reads the teams (to move a ticket to another); so does a rep.
    for (const who of [agent, org.eastRep]) {
      const list = await ctx.client(who).get('/support-teams');
      expect(list.statusCode).toBe(200);
      expect(list.json().items.map((t: { id: string }) => t.id)).toContain(team.id);
    }
    const audit = await ctx
      .client(org.admin)
      .get(`/audit-log?entityType=support_team&entityId=${team.id}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'create', entityName: 'Manila' });
  });

  it('refuses bad calendars, unknown members and a taken name at their fields, writing nothing', async () => {
    const admin = ctx.client(org.admin);
    const before = [await count('support_teams'), await count('support_team_members')];
    const bad = await admin.post('/support-teams', {
      ...manila,
      name: 'Nowhere',
      country: 'XX',
      timeZone: 'Mars/Olympus',
      hours: { start: '17:00', end: '08:00' },
      memberIds: ['no-such-user'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/country', 'country'],
      ['/timeZone', 'time_zone'],
      ['/hours/end', 'sla_hours'],
      ['/memberIds/0', 'no_such'],
    ]);
    const shape = await admin.post('/support-teams', { ...manila, hours: { start: '8am' } });
    expect(shape.statusCode).toBe(400);
    const taken = await admin.post('/support-teams', manila);
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors[0]).toMatchObject({ path: '/name', code: 'taken' });
    expect([await count('support_teams'), await count('support_team_members')]).toEqual(before);
  });

  it('is written by admins only: managers, reps and agents get 403 and change nothing', async () => {
    const agent = await ctx.newUser(org.ws.id, 'agent');
    const team = (await ctx.client(org.admin).get('/support-teams')).json().items[0];
    const before = await count('support_teams');
    for (const who of [org.eastManager, org.eastRep, agent]) {
      const c = ctx.client(who);
      expect((await c.post('/support-teams', { ...manila, name: 'Mine' })).statusCode).toBe(403);
      expect((await c.patch(`/support-teams/${team.id}`, { name: 'Ours' })).statusCode).toBe(403);
      expect((await c.delete(`/support-teams/${team.id}`)).statusCode).toBe(403);
    }
    expect(await count('support_teams')).toBe(before);
    expect((await ctx.client(org.admin).get('/support-teams')).json().items[0].name).toBe(
      team.name,
    );
  });

  it('changes hours and members; a deleted team’s tickets go to no team', async () => {
    const admin = ctx.client(org.admin);
    const created = await admin.post('/support-teams', {
      ...manila,
      name: 'Nairobi',
      country: 'KE',
      timeZone: 'Africa/Nairobi',
    });
    const team = created.json();
    const patched = await admin.patch(`/support-teams/${team.id}`, {
      hours: { start: '07:00', end: '16:00' },
      memberIds: [org.eastRep.user.id],
      position: 5,
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      hours: { start: '07:00', end: '16:00' },
      memberIds: [org.eastRep.user.id],
      position: 5,
    });
    expect((await admin.patch('/support-teams/nope', { name: 'x' })).statusCode).toBe(404);

    const customer = await ctx.newCustomer(org.eastRep, { country: 'KE' });
    const ticket = await admin.post('/tickets', {
      customerId: customer.id,
      subject: 'Broken seal',
      channel: 'phone',
      type: 'defect',
      teamId: team.id,
    });
    expect(ticket.json()).toMatchObject({ teamId: team.id, teamName: 'Nairobi' });
    expect((await admin.delete(`/support-teams/${team.id}`)).statusCode).toBe(204);
    const after = (await admin.get(`/tickets/${ticket.json().id}`)).json();
    expect(after).toMatchObject({ teamId: null, teamName: null });
    expect(
      (await admin.get('/support-teams')).json().items.map((t: { id: string }) => t.id),
    ).not.toContain(team.id);
  });
});
