import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TEST_PASSWORD, TestContext, type Actor } from '../../../test/support/context.ts';

// The sign-in reads the credential, the user and their teams in one statement on every request
// (no cache): each change below must show on the very next request, on both databases.
describe.each(testDialects())('signing in each request from one read on %s', (dialect) => {
  let ctx: TestContext;
  let ws: string;
  let admin: Actor;
  let manager: Actor;
  let rep: Actor;
  let otherRep: Actor;
  let teamA: string;
  let teamB: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ws = (await ctx.newWorkspace()).id;
    teamA = (await ctx.newTeam(ws, 'A')).id;
    teamB = (await ctx.newTeam(ws, 'B')).id;
    admin = await ctx.newUser(ws, 'admin');
    manager = await ctx.newUser(ws, 'manager', { teamIds: [teamA, teamB] });
    rep = await ctx.newUser(ws, 'rep', { teamIds: [teamA] });
    otherRep = await ctx.newUser(ws, 'rep', { teamIds: [] });
  });
  afterAll(() => ctx.close());

  const bearer = (token: string) =>
    ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });
  const login = async (email: string) => {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password: TEST_PASSWORD },
      remoteAddress: '10.1.2.3',
    });
    expect(res.statusCode).toBe(200);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    return { cookie, csrf: res.json().csrfToken as string };
  };
  const withCookie = (cookie: string) =>
    ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
  const sorted = (xs: string[] | 'all' | undefined) => (Array.isArray(xs) ? [...xs].sort() : xs);

  it('builds each role’s scope: teams, support teams and a manager’s members', async () => {
    const support = await ctx.client(admin).post('/support-teams', {
      name: 'Support EU',
      country: 'DE',
      timeZone: 'Europe/Berlin',
      hours: { start: '09:00', end: '17:00' },
      memberIds: [manager.user.id, otherRep.user.id],
    });
    expect(support.statusCode).toBe(201);
    const supportId = support.json().id as string;
    const auth = ctx.services.auth;
    const m = await auth.scopeForToken(manager.token);
    expect(m).toMatchObject({ workspaceId: ws, userId: manager.user.id, role: 'manager' });
    expect(sorted(m!.teamIds)).toEqual([teamA, teamB].sort());
    expect(sorted(m!.visibleOwnerIds)).toEqual([manager.user.id, rep.user.id].sort());
    expect(m!.supportTeamIds).toEqual([supportId]);
    expect(sorted(m!.supportMemberIds)).toEqual([manager.user.id, otherRep.user.id].sort());
    const r = await auth.scopeForToken(rep.token);
    expect(r).toEqual({
      workspaceId: ws,
      userId: rep.user.id,
      role: 'rep',
      teamIds: [teamA],
      visibleOwnerIds: [rep.user.id],
      supportTeamIds: [],
      supportMemberIds: [],
    });
    const o = await auth.scopeFor(ws, otherRep.user.id);
    expect(o).toMatchObject({ visibleOwnerIds: [otherRep.user.id], supportMemberIds: [] });
    expect(o!.supportTeamIds).toEqual([supportId]);
    expect((await auth.scopeFor(ws, admin.user.id))!.visibleOwnerIds).toBe('all');
    expect(await auth.scopeFor(ws, 'no-such-user')).toBeNull();
    expect(await auth.scopeForToken('chu_not-a-token')).toBeNull();
    expect(await auth.scopeForToken('not even the prefix')).toBeNull();
    expect(await auth.scopeForSession('not-a-session')).toBeNull();
  });

  it('a token revoked in the database (another process) fails on the next request', async () => {
    const { token } = await ctx.services.auth.createToken(rep.scope, 'cron');
    expect((await bearer(token)).statusCode).toBe(200);
    await ctx.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('name', '=', 'cron')
      .execute();
    expect((await bearer(token)).statusCode).toBe(401);
    expect((await bearer(rep.token)).statusCode).toBe(200);
  });

  it('an expired session fails on the next request; sign-out ends only that session', async () => {
    const a = await login(rep.user.email);
    const b = await login(rep.user.email);
    expect((await withCookie(a.cookie)).statusCode).toBe(200);
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: a.cookie, 'x-csrf-token': a.csrf },
    });
    expect(out.statusCode).toBe(204);
    expect((await withCookie(a.cookie)).statusCode).toBe(401);
    expect((await withCookie(b.cookie)).statusCode).toBe(200);
    await ctx.db
      .updateTable('sessions')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('user_id', '=', rep.user.id)
      .execute();
    expect((await withCookie(b.cookie)).statusCode).toBe(401);
  });

  it('a team change moves a manager’s reach on the next request', async () => {
    const customer = await ctx.newCustomer(otherRep);
    const see = () => ctx.client(manager).get(`/customers/${customer.id}`);
    expect((await see()).statusCode).toBe(404);
    const join = await ctx.client(admin).patch(`/users/${otherRep.user.id}`, { teamIds: [teamB] });
    expect(join.statusCode).toBe(200);
    expect((await see()).statusCode).toBe(200);
    expect(
      (await ctx.client(admin).patch(`/users/${otherRep.user.id}`, { teamIds: [] })).statusCode,
    ).toBe(200);
    expect((await see()).statusCode).toBe(404);
  });

  it('a role change and a deactivation take effect on the next request, token and cookie alike', async () => {
    const user = await ctx.newUser(ws, 'rep', { teamIds: [teamA] });
    const session = await login(user.user.email);
    const customer = await ctx.newCustomer(admin);
    const see = () => ctx.client(user).get(`/customers/${customer.id}`);
    expect((await see()).statusCode).toBe(404);
    expect(
      (await ctx.client(admin).patch(`/users/${user.user.id}`, { role: 'admin' })).statusCode,
    ).toBe(200);
    expect((await see()).statusCode).toBe(200);
    const setActive = (active: number) =>
      ctx.db.updateTable('users').set({ active }).where('id', '=', user.user.id).execute();
    await setActive(0); // as another process would
    expect((await bearer(user.token)).statusCode).toBe(401);
    expect((await withCookie(session.cookie)).statusCode).toBe(401);
    await setActive(1);
    expect((await bearer(user.token)).statusCode).toBe(200);
    expect((await withCookie(session.cookie)).statusCode).toBe(200);
    expect(
      (await ctx.client(admin).patch(`/users/${user.user.id}`, { active: false })).statusCode,
    ).toBe(200);
    expect((await bearer(user.token)).statusCode).toBe(401);
    expect((await withCookie(session.cookie)).statusCode).toBe(401);
    expect(await ctx.services.auth.scopeFor(ws, user.user.id)).toBeNull();
  });
});
