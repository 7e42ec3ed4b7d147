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
    expect((await headersOf(ctx))['strict-transport-security']).toBeUndefined();
  });

  it('sends both on every response when the operator declares HTTPS', async () => {
    ctx = await TestContext.create('sqlite', { secureCookies: true });
    const h = await headersOf(ctx);
    expect(h['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(String(h['content-security-policy'])).toContain('upgrade-insecure-requests');
  });
});
