import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('users and teams API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('lists the workspace users without password hashes, to any signed-in user', async () => {
    const res = await ctx.client(org.eastRep).get('/users');
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(6);
    expect(JSON.stringify(res.json())).not.toContain('argon2');
    expect((await ctx.client().get('/users')).statusCode).toBe(401);
  });

  it('only admins create and change users', async () => {
    const body = {
      email: 'Nora@Example.test',
      name: 'Nora',
      password: 'long-enough-password',
      role: 'rep',
      teamIds: [org.west.id],
    };
    expect((await ctx.client(org.eastManager).post('/users', body)).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).post('/users', body)).statusCode).toBe(403);
    expect((await ctx.client().post('/users', body)).statusCode).toBe(401);
    const created = await ctx.client(org.admin).post('/users', body);
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email: 'nora@example.test',
      role: 'rep',
      teamIds: [org.west.id],
      active: true,
    });
    const id = created.json().id;
    expect(
      (await ctx.client(org.westManager).patch(`/users/${id}`, { role: 'admin' })).statusCode,
    ).toBe(403);
    const promoted = await ctx
      .client(org.admin)
      .patch(`/users/${id}`, { role: 'manager', teamIds: [org.west.id, org.east.id] });
    expect(promoted.json()).toMatchObject({
      role: 'manager',
      teamIds: expect.arrayContaining([org.west.id, org.east.id]),
    });
    expect(
      (await ctx.client(org.admin).patch(`/users/${id}`, { active: false })).json().active,
    ).toBe(false);
    expect((await ctx.client(org.admin).patch('/users/nope', { active: false })).statusCode).toBe(
      404,
    );
  });

  it.each([
    [{ email: 'bad', name: 'X', password: 'long-enough-password', role: 'rep' }, '/email'],
    [{ email: 'x@example.test', name: 'X', password: 'short', role: 'rep' }, '/password'],
    [
      { email: 'x@example.test', name: 'X', password: 'long-enough-password', role: 'boss' },
      '/role',
    ],
    [
      {
        email: 'x@example.test',
        name: 'X',
        password: 'long-enough-password',
        role: 'rep',
        teamIds: ['nope'],
      },
      '/teamIds/0',
    ],
    [{ email: 'x@example.test', password: 'long-enough-password', role: 'rep' }, '/name'],
  ])('rejects %j naming %s', async (body, path) => {
    const res = await ctx.client(org.admin).post('/users', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.map((e: { path: string }) => e.path)).toContain(path);
  });

  it('reads a user by id only inside the workspace', async () => {
    expect((await ctx.client(org.eastRep).get(`/users/${org.westRep.user.id}`)).json().email).toBe(
      org.westRep.user.email,
    );
    const other = await ctx.newWorkspace();
    const stranger = await ctx.newUser(other.id, 'admin');
    expect((await ctx.client(stranger).get(`/users/${org.westRep.user.id}`)).statusCode).toBe(404);
    expect((await ctx.client().get(`/users/${org.westRep.user.id}`)).statusCode).toBe(401);
  });

  it('refuses a duplicate email with 409 and an admin demoting themselves', async () => {
    const dup = await ctx.client(org.admin).post('/users', {
      email: org.eastRep.user.email.toUpperCase(),
      name: 'X',
      password: 'long-enough-password',
      role: 'rep',
    });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().errors).toEqual([
      { path: '/email', code: 'taken', message: 'is already taken' },
    ]);
    const self = await ctx.client(org.admin).patch(`/users/${org.admin.user.id}`, { role: 'rep' });
    expect(self.statusCode).toBe(400);
  });

  it('manages teams: create, rename, members, and refuses to delete a team in use', async () => {
    expect((await ctx.client(org.eastManager).post('/teams', { name: 'LatAm' })).statusCode).toBe(
      403,
    );
    expect((await ctx.client().get('/teams')).statusCode).toBe(401);
    const created = await ctx
      .client(org.admin)
      .post('/teams', { name: 'LatAm', memberIds: [org.westRep.user.id] });
    expect(created.statusCode).toBe(201);
    const team = created.json();
    expect((await ctx.client(org.admin).post('/teams', { name: 'LatAm' })).statusCode).toBe(409);
    expect((await ctx.client(org.admin).post('/teams', { name: '' })).statusCode).toBe(400);
    expect(
      (await ctx.client(org.admin).post('/teams', { name: 'X', memberIds: ['nope'] })).json()
        .errors[0].path,
    ).toBe('/memberIds/0');
    const renamed = await ctx.client(org.admin).patch(`/teams/${team.id}`, {
      name: 'América Latina',
      memberIds: [org.westRep.user.id, org.eastRep.user.id],
    });
    expect(renamed.json()).toMatchObject({
      name: 'América Latina',
      memberIds: expect.arrayContaining([org.eastRep.user.id]),
    });
    expect(
      (await ctx.client(org.eastRep).patch(`/teams/${team.id}`, { name: 'Mine' })).statusCode,
    ).toBe(403);
    await ctx.newCustomer(org.admin, { name: 'Team customer', country: 'CL', teamId: team.id });
    expect((await ctx.client(org.admin).delete(`/teams/${team.id}`)).statusCode).toBe(409);
    const empty = (await ctx.client(org.admin).post('/teams', { name: 'Temporary' })).json();
    expect((await ctx.client(org.eastRep).delete(`/teams/${empty.id}`)).statusCode).toBe(403);
    expect((await ctx.client(org.admin).delete(`/teams/${empty.id}`)).statusCode).toBe(204);
    expect((await ctx.client(org.admin).delete(`/teams/${empty.id}`)).statusCode).toBe(404);
  });

  it('a manager who joins a team sees its customers', async () => {
    const customer = await ctx.newCustomer(org.westRep, {
      name: 'Great Lakes Packaging Inc.',
      country: 'US',
      timeZone: 'America/Chicago',
    });
    expect((await ctx.client(org.eastManager).get(`/customers/${customer.id}`)).statusCode).toBe(
      404,
    );
    await ctx
      .client(org.admin)
      .patch(`/users/${org.eastManager.user.id}`, { teamIds: [org.east.id, org.west.id] });
    // Scope is resolved per request, so the bearer token sees the new team at once.
    expect((await ctx.client(org.eastManager).get(`/customers/${customer.id}`)).statusCode).toBe(
      200,
    );
  });

  describe('custom field definitions', () => {
    it('admins define fields; everyone reads them; bad definitions are rejected', async () => {
      expect(
        (
          await ctx
            .client(org.eastRep)
            .post('/custom-fields', { key: 'x', label: 'X', type: 'text' })
        ).statusCode,
      ).toBe(403);
      expect(
        (
          await ctx
            .client(org.admin)
            .post('/custom-fields', { key: 'Bad Key', label: 'X', type: 'text' })
        ).json().errors[0].path,
      ).toBe('/key');
      expect(
        (
          await ctx
            .client(org.admin)
            .post('/custom-fields', { key: 'grade', label: 'Grade', type: 'select' })
        ).json().errors[0].path,
      ).toBe('/options');
      expect(
        (
          await ctx
            .client(org.admin)
            .post('/custom-fields', { key: 'grade', label: 'Grade', type: 'colour' })
        ).json().errors[0].path,
      ).toBe('/type');
      const made = await ctx
        .client(org.admin)
        .post('/custom-fields', { key: 'first_order', label: '首单日期', type: 'date' });
      expect(made.statusCode).toBe(201);
      expect(
        (
          await ctx
            .client(org.admin)
            .post('/custom-fields', { key: 'first_order', label: 'again', type: 'date' })
        ).statusCode,
      ).toBe(409);
      expect(
        (await ctx.client(org.eastRep).get('/custom-fields'))
          .json()
          .items.map((f: { key: string }) => f.key),
      ).toContain('first_order');
      expect(
        (await ctx.client(org.eastRep).delete(`/custom-fields/${made.json().id}`)).statusCode,
      ).toBe(403);
      expect(
        (await ctx.client(org.admin).delete(`/custom-fields/${made.json().id}`)).statusCode,
      ).toBe(204);
      expect((await ctx.client().get('/custom-fields')).statusCode).toBe(401);
    });
  });
});
