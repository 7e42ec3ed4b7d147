import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { TEST_PASSWORD, TestContext, type Actor } from '../../../test/support/context.ts';

function cookieHeader(setCookie: string | string[] | undefined): string {
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list.map((c) => c.split(';')[0]).join('; ');
}

describe.each(testDialects())('sign-in, sessions, CSRF and tokens on %s', (dialect) => {
  let ctx: TestContext;
  let rep: Actor;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    const ws = await ctx.newWorkspace();
    rep = await ctx.newUser(ws.id, 'rep', { email: 'Jonas@Example.test' });
  });
  afterAll(() => ctx.close());

  const login = (email: string, password: string, ip = '10.0.0.1') =>
    ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
      remoteAddress: ip,
    });

  it('signs in with an httpOnly SameSite signed cookie and answers /me', async () => {
    const res = await login('jonas@example.test', TEST_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json().workspace).toMatchObject({
      homeCountry: 'CN',
      homeTimeZone: 'Asia/Shanghai',
      homeHours: { start: '09:00', end: '18:00' },
    });
    const session = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .find((c) => c.startsWith('chuhai_session='));
    expect(session).toMatch(/HttpOnly/);
    expect(session).toMatch(/SameSite=Lax/);
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: cookieHeader(res.headers['set-cookie']) },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('jonas@example.test');
  });

  it('rejects a wrong password with 401 and no cookie', async () => {
    const res = await login('jonas@example.test', 'wrong-password', '10.0.0.2');
    expect(res.statusCode).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect((await login('nobody@example.test', 'x', '10.0.0.2')).statusCode).toBe(401);
    expect((await login('', '', '10.0.0.2')).statusCode).toBe(400);
  });

  it('answers the 11th failed sign-in in a minute from one address with 429, other addresses unaffected', async () => {
    for (let i = 0; i < 10; i++)
      expect((await login('jonas@example.test', 'nope', '10.9.9.9')).statusCode).toBe(401);
    const blocked = await login('jonas@example.test', TEST_PASSWORD, '10.9.9.9');
    expect(blocked.statusCode).toBe(429);
    expect(blocked.headers['retry-after']).toBeDefined();
    expect((await login('jonas@example.test', TEST_PASSWORD, '10.9.9.10')).statusCode).toBe(200);
  });

  it('requires the CSRF token for cookie-authenticated writes but not for bearer tokens', async () => {
    const res = await login('jonas@example.test', TEST_PASSWORD, '10.0.0.3');
    const { csrfToken } = res.json();
    const cookie = cookieHeader(res.headers['set-cookie']);
    const body = { name: 'Hoffmann Hydraulik GmbH', country: 'DE' };
    const without = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie },
      payload: body,
    });
    expect(without.statusCode).toBe(403);
    const forged = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie, 'x-csrf-token': 'forged' },
      payload: body,
    });
    expect(forged.statusCode).toBe(403);
    const withToken = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/customers',
      headers: { cookie, 'x-csrf-token': csrfToken },
      payload: body,
    });
    expect(withToken.statusCode).toBe(201);
    expect((await ctx.client(rep).post('/customers', body)).statusCode).toBe(201);
  });

  it('logs out: the session stops working', async () => {
    const res = await login('jonas@example.test', TEST_PASSWORD, '10.0.0.4');
    const cookie = cookieHeader(res.headers['set-cookie']);
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie, 'x-csrf-token': res.json().csrfToken },
    });
    expect(out.statusCode).toBe(204);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).statusCode,
    ).toBe(401);
  });

  it('a tampered session cookie is anonymous', async () => {
    const me = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: 'chuhai_session=abc.def' },
    });
    expect(me.statusCode).toBe(401);
  });

  it('creates, lists and revokes API tokens; a revoked token answers 401; tokens are stored hashed', async () => {
    const created = await ctx.client(rep).post('/me/tokens', { name: 'ERP sync' });
    expect(created.statusCode).toBe(201);
    const { id, token } = created.json();
    expect(token).toMatch(/^chu_/);
    const stored = await ctx.db
      .selectFrom('api_tokens')
      .select('token_hash')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const api = ctx.app.inject.bind(ctx.app);
    expect(
      (
        await api({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(200);
    const list = (await ctx.client(rep).get('/me/tokens')).json().items;
    expect(list.map((t: { name: string }) => t.name)).toContain('ERP sync');
    expect((await ctx.client(rep).delete(`/me/tokens/${id}`)).statusCode).toBe(204);
    expect(
      (
        await api({
          method: 'GET',
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${token}` },
        })
      ).statusCode,
    ).toBe(401);
    expect((await ctx.client(rep).delete(`/me/tokens/${id}`)).statusCode).toBe(404);
    expect((await ctx.client(rep).post('/me/tokens', { name: '' })).statusCode).toBe(400);
    expect((await ctx.client().post('/me/tokens', { name: 'x' })).statusCode).toBe(401);
  });

  it('lets users change their language and password, checking the current one', async () => {
    const other = await ctx.newUser(rep.user.workspace_id, 'rep', { email: 'li.na@example.test' });
    const api = ctx.client(other);
    expect((await api.patch('/me', { locale: 'zh-CN' })).json().locale).toBe('zh-CN');
    expect((await api.patch('/me', { locale: 'fr' })).statusCode).toBe(400);
    const wrong = await api.patch('/me', {
      currentPassword: 'nope',
      newPassword: 'a-new-long-password',
    });
    expect(wrong.json().errors).toEqual([
      { path: '/currentPassword', code: 'incorrect_password', message: 'is incorrect' },
    ]);
    expect(
      (await api.patch('/me', { currentPassword: TEST_PASSWORD, newPassword: 'short' })).json()
        .errors[0].path,
    ).toBe('/newPassword');
    expect(
      (
        await api.patch('/me', {
          currentPassword: TEST_PASSWORD,
          newPassword: 'a-new-long-password',
        })
      ).statusCode,
    ).toBe(200);
    expect((await login('li.na@example.test', 'a-new-long-password', '10.0.0.5')).statusCode).toBe(
      200,
    );
    expect((await ctx.client().patch('/me', { locale: 'en' })).statusCode).toBe(401);
  });

  it('serves the OpenAPI 3.1 document without signing in', async () => {
    const res = await ctx.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/customers',
        '/api/v1/customers/{id}',
        '/api/v1/contacts/{id}',
        '/api/v1/audit-log',
        '/api/v1/auth/login',
      ]),
    );
    expect((await ctx.app.inject({ method: 'GET', url: '/api/docs/' })).statusCode).toBe(200);
  });

  it('answers unknown API routes with a problem document', async () => {
    const res = await ctx.client(rep).get('/nope');
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
  });
});
