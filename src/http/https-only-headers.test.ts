import { afterEach, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';

// A team's first deployment is one machine on the office LAN, opened as http://192.168.x.y:3000.
// HSTS or `upgrade-insecure-requests` on such a response makes the browser fetch the scripts over
// https:// and show a blank page; they belong only to responses that really went over HTTPS.
describe('security headers over HTTP and HTTPS', () => {
  let ctx: TestContext | undefined;
  afterEach(async () => {
    await ctx?.close();
    ctx = undefined;
  });

  const headersOf = async (c: TestContext, extra: Record<string, string> = {}) =>
    (
      await c.app.inject({
        method: 'GET',
        url: '/api/v1/me',
        remoteAddress: '10.0.0.10',
        headers: extra,
      })
    ).headers;

  it('sends neither HSTS nor upgrade-insecure-requests over plain HTTP', async () => {
    ctx = await TestContext.create('sqlite');
    const h = await headersOf(ctx);
    expect(h['strict-transport-security']).toBeUndefined();
    expect(String(h['content-security-policy'])).toContain("script-src 'self'");
    expect(String(h['content-security-policy'])).not.toContain('upgrade-insecure-requests');
    // A client claiming HTTPS through a header nobody vouches for changes nothing.
    const spoofed = await headersOf(ctx, { 'x-forwarded-proto': 'https' });
    expect(spoofed['strict-transport-security']).toBeUndefined();
  });

  it('sends both when a trusted proxy reports TLS', async () => {
    ctx = await TestContext.create('sqlite', { trustProxy: ['10.0.0.10'] });
    const h = await headersOf(ctx, { 'x-forwarded-proto': 'https' });
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(h['content-security-policy'])).toContain('upgrade-insecure-requests');
    const plain = await headersOf(ctx);
    expect(plain['strict-transport-security']).toBeUndefined();
    expect(String(plain['content-security-policy'])).not.toContain('upgrade-insecure-requests');
  });

  // Helmet's middleware is built once for the app (not per request): every answer, signed in or
  // not, found or not, carries the same full set, request after request.
  it('sends the full set of security headers on every kind of answer', async () => {
    ctx = await TestContext.create('sqlite');
    const admin = await ctx.newUser((await ctx.newWorkspace()).id, 'admin');
    const expected = {
      'content-security-policy':
        "default-src 'self';base-uri 'self';font-src 'self' https: data:;form-action 'self';" +
        "frame-ancestors 'self';img-src 'self' data: blob:;object-src 'none';script-src 'self';" +
        "script-src-attr 'none';style-src 'self' 'unsafe-inline';connect-src 'self'",
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'SAMEORIGIN',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    };
    const bearer = { authorization: `Bearer ${admin.token}` };
    for (const [url, headers, status] of [
      ['/api/v1/me', {}, 401],
      ['/api/v1/me', bearer, 200],
      ['/api/v1/customers?limit=1', bearer, 200],
      ['/api/v1/nope', bearer, 404],
      ['/api/v1/customers?limit=0', bearer, 400],
      ['/api/v1/openapi.json', {}, 200],
      ['/api/v1/me', bearer, 200],
    ] as const) {
      const res = await ctx.app.inject({ method: 'GET', url, headers });
      expect(res.statusCode).toBe(status);
      expect(res.headers).toMatchObject(expected);
      expect(res.headers['strict-transport-security']).toBeUndefined();
    }
  });

  it('sends both on every response when the operator declares HTTPS', async () => {
    ctx = await TestContext.create('sqlite', { secureCookies: true });
    const h = await headersOf(ctx);
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(h['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});
