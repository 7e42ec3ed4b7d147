import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/databases.ts';
import { TEST_PASSWORD, TestContext, type Actor } from '../../test/support/context.ts';
import { loggerOptions, requestId } from './logging.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe('request ids', () => {
  it.each([
    ['abc-123', 'abc-123'],
    ['trace.0A_b-9', 'trace.0A_b-9'],
    ['x'.repeat(100), 'x'.repeat(100)],
  ])('keeps a sane one: %s', (given, kept) => {
    expect(requestId({ headers: { 'x-request-id': given } } as never)).toBe(kept);
  });

  it.each([
    ['too long', 'x'.repeat(101)],
    ['a forged log line', 'ok\n{"level":50}'],
    ['spaces', 'a b'],
    ['quotes', 'a"b'],
    ['empty', ''],
    ['non-ASCII', 'çà'],
  ])('replaces one with %s by a new UUID', (_why, given) => {
    expect(requestId({ headers: { 'x-request-id': given } } as never)).toMatch(UUID);
  });

  it('makes one when none is given', () => {
    expect(requestId({ headers: {} } as never)).toMatch(UUID);
  });
});

describe.each(testDialects())('request log and request ids on %s', (dialect) => {
  let ctx: TestContext;
  let admin: Actor;
  const lines: string[] = [];
  const logged = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, {
      logger: loggerOptions('info', { write: (line) => void lines.push(line) }),
    });
    admin = await ctx.newUser((await ctx.newWorkspace()).id, 'admin');
  });
  afterAll(() => ctx.close());

  it('echoes a sane X-Request-Id, in the header and the problem, and logs under it', async () => {
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/customers?q=secret-search',
      headers: { 'x-request-id': 'proxy-req-42' },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers['x-request-id']).toBe('proxy-req-42');
    expect(res.json().requestId).toBe('proxy-req-42');
    const line = logged().find((l) => l.reqId === 'proxy-req-42' && l.msg === 'request');
    expect(line).toMatchObject({
      level: 30,
      method: 'GET',
      path: '/api/v1/customers',
      route: '/api/v1/customers',
      status: 401,
    });
    expect(typeof line?.time).toBe('string');
    expect(JSON.stringify(line)).not.toContain('secret-search');
  });

  it('answers with its own id for an unusable one, and for none', async () => {
    const forged = await ctx.app.inject({
      method: 'GET',
      url: '/healthz',
      headers: { 'x-request-id': 'a\tb' },
    });
    expect(forged.headers['x-request-id']).toMatch(UUID);
    const none = await ctx.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(none.headers['x-request-id']).toMatch(UUID);
    expect(none.json().requestId).toBe(none.headers['x-request-id']);
  });

  it('logs no password, cookie, token or authorization header', async () => {
    lines.length = 0;
    const login = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: admin.user.email, password: TEST_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    await ctx.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${admin.token}` },
    });
    // Whatever a handler might log one day, these paths are censored.
    ctx.app.log.info(
      {
        password: TEST_PASSWORD,
        body: { password: TEST_PASSWORD, user: { password: TEST_PASSWORD } },
        req: { headers: { authorization: `Bearer ${admin.token}`, cookie } },
        token: admin.token,
      },
      'a careless line',
    );
    const text = lines.join('');
    expect(logged().filter((l) => l.msg === 'request')).toHaveLength(3);
    expect(text).toContain('[redacted]');
    for (const secret of [TEST_PASSWORD, admin.token, cookie.split('=')[1] ?? 'x'])
      expect(text).not.toContain(secret);
  });
});
