import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TEST_PASSWORD, TestContext, type Actor } from '../../../test/support/context.ts';

interface Browser {
  cookie: string;
  csrf: string;
}

describe.each(testDialects())('password changes end sign-ins on %s', (dialect) => {
  let ctx: TestContext;
  let admin: Actor;
  let ip = 0;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    const ws = await ctx.newWorkspace();
    admin = await ctx.newUser(ws.id, 'admin');
  });
  afterAll(() => ctx.close());

  async function signIn(email: string, password = TEST_PASSWORD): Promise<Browser> {
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: `10.1.0.${++ip}`,
    });
    expect(res.statusCode).toBe(200);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    return { cookie, csrf: res.json().csrfToken };
  }

  const me = (b: Browser) =>
    ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: b.cookie } });
  const patchMe = (b: Browser, payload: Record<string, unknown>) =>
    ctx.app.inject({
      method: 'PATCH',
      url: '/api/v1/me',
      payload,
      headers: { cookie: b.cookie, 'x-csrf-token': b.csrf },
    });
  const withToken = (token: string) =>
    ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: `Bearer ${token}` },
    });

  it('changing your password ends your other sessions and keeps this one; tokens stay', async () => {
    const user = await ctx.newUser(admin.user.workspace_id, 'rep');
    const laptop = await signIn(user.user.email);
    const phone = await signIn(user.user.email);
    const res = await patchMe(laptop, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-new-long-password',
    });
    expect(res.statusCode).toBe(200);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await me(phone)).statusCode).toBe(401);
    expect((await withToken(user.token)).statusCode).toBe(200);
    const audit = (await ctx.client(admin).get(`/audit-log?entityId=${user.user.id}`)).json().items;
    expect(audit[0].changes).toMatchObject({ sessionsEnded: { after: 1 } });
  });

  it('revokes your API tokens too when asked', async () => {
    const user = await ctx.newUser(admin.user.workspace_id, 'rep');
    const laptop = await signIn(user.user.email);
    const res = await patchMe(laptop, {
      currentPassword: TEST_PASSWORD,
      newPassword: 'a-new-long-password',
      revokeTokens: true,
    });
    expect(res.statusCode).toBe(200);
    expect((await me(laptop)).statusCode).toBe(200);
    expect((await withToken(user.token)).statusCode).toBe(401);
  });

  it('an admin reset ends all the user’s sessions; tokens only when asked', async () => {
    const user = await ctx.newUser(admin.user.workspace_id, 'rep');
    const a = await signIn(user.user.email);
    const b = await signIn(user.user.email);
    const reset = await ctx
      .client(admin)
      .patch(`/users/${user.user.id}`, { password: 'reset-by-admin-42' });
    expect(reset.statusCode).toBe(200);
    expect((await me(a)).statusCode).toBe(401);
    expect((await me(b)).statusCode).toBe(401);
    expect((await withToken(user.token)).statusCode).toBe(200);
    // The admin's own session is not touched.
    expect((await ctx.client(admin).get('/me')).statusCode).toBe(200);

    const c = await signIn(user.user.email, 'reset-by-admin-42');
    await ctx
      .client(admin)
      .patch(`/users/${user.user.id}`, { password: 'reset-again-4711', revokeTokens: true });
    expect((await me(c)).statusCode).toBe(401);
    expect((await withToken(user.token)).statusCode).toBe(401);
  });

  it('changing only the name or language ends nothing', async () => {
    const user = await ctx.newUser(admin.user.workspace_id, 'rep');
    const a = await signIn(user.user.email);
    const b = await signIn(user.user.email);
    expect((await patchMe(a, { locale: 'en' })).statusCode).toBe(200);
    await ctx.client(admin).patch(`/users/${user.user.id}`, { name: 'Renamed' });
    expect((await me(b)).statusCode).toBe(200);
  });
});

describe.each(testDialects())('password policy on every API path on %s', (dialect) => {
  let ctx: TestContext;
  let admin: Actor;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    admin = await ctx.newUser((await ctx.newWorkspace()).id, 'admin');
  });
  afterAll(() => ctx.close());

  const create = (email: string, password: string) =>
    ctx.client(admin).post('/users', { email, name: 'New hire', role: 'rep', password });

  it('refuses common passwords, the email or its name part and the product name on create', async () => {
    for (const [password, code] of [
      ['qwertyuiop', 'password_common'],
      ['Password123', 'password_common'],
      ['newhire.wang@example.test', 'password_email'],
      ['newhire.wang', 'password_email'],
      ['chuhai-rocks-2026', 'password_product'],
      ['我爱出海出海出海出海', 'password_product'],
    ]) {
      const res = await create('newhire.wang@example.test', password as string);
      expect(res.statusCode, password).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ path: '/password', code });
    }
    // Length rules stay.
    expect((await create('newhire.wang@example.test', 'short')).statusCode).toBe(400);
    expect((await create('newhire.wang@example.test', 'plain-but-fine-42')).statusCode).toBe(201);
  });

  it('refuses them on an admin reset and on your own change', async () => {
    const rep = await ctx.newUser(admin.user.workspace_id, 'rep');
    const reset = await ctx
      .client(admin)
      .patch(`/users/${rep.user.id}`, { password: '1234567890' });
    expect(reset.statusCode).toBe(400);
    expect(reset.json().errors[0]).toMatchObject({ path: '/password', code: 'password_common' });
    const own = await ctx
      .client(rep)
      .patch('/me', { currentPassword: TEST_PASSWORD, newPassword: rep.user.email });
    expect(own.statusCode).toBe(400);
    expect(own.json().errors[0]).toMatchObject({ path: '/newPassword', code: 'password_email' });
  });
});
