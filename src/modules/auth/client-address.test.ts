import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastifyTrustProxy, parseTrustProxy } from '../../config.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TEST_PASSWORD, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

const PROXY = '10.9.0.1';

async function setUp(ctx: TestContext) {
  const org = await salesOrg(ctx);
  const form = await ctx.client(org.admin).post('/lead-forms', {
    name: 'Contact page',
    ownerId: org.eastRep.user.id,
  });
  return { org, postUrl: form.json().postUrl as string };
}

function login(ctx: TestContext, email: string, password: string, from: string, xff?: string) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    remoteAddress: from,
    headers: xff ? { 'x-forwarded-for': xff } : {},
  });
}

async function loginAddresses(ctx: TestContext, org: Org, userId: string): Promise<unknown[]> {
  const items = (await ctx.client(org.admin).get(`/audit-log?entityId=${userId}`)).json().items as {
    action: string;
    changes: { address?: { after: unknown } };
  }[];
  return items.filter((i) => i.action === 'login').map((i) => i.changes.address?.after);
}

describe('CHUHAI_TRUST_PROXY', () => {
  it('trusts nobody by default; takes a hop count or a list of addresses/CIDRs', () => {
    expect(parseTrustProxy(undefined)).toBe(false);
    expect(parseTrustProxy('')).toBe(false);
    expect(parseTrustProxy('0')).toBe(false);
    expect(parseTrustProxy('1')).toBe(1);
    expect(parseTrustProxy('127.0.0.1, 10.0.0.0/8')).toEqual(['127.0.0.1', '10.0.0.0/8']);
    const oneHop = fastifyTrustProxy(1) as (address: string, hop: number) => boolean;
    expect([oneHop('10.0.0.1', 0), oneHop('10.0.0.2', 1)]).toEqual([true, false]);
    expect(fastifyTrustProxy(undefined)).toBe(false);
  });
});

describe.each(testDialects())('client address without a trusted proxy on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let postUrl: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ org, postUrl } = await setUp(ctx));
  });
  afterAll(() => ctx.close());

  it('ignores X-Forwarded-For: rotating it does not escape the sign-in limit', async () => {
    const email = org.westRep.user.email;
    for (let i = 0; i < 10; i++)
      expect(
        (await login(ctx, email, 'wrong-password', '10.0.0.7', `198.51.100.${i}`)).statusCode,
      ).toBe(401);
    expect(
      (await login(ctx, email, 'wrong-password', '10.0.0.7', '198.51.100.99')).statusCode,
    ).toBe(429);
  });

  it('does not let a forged header lock someone else out', async () => {
    const email = org.westRep.user.email;
    for (let i = 0; i < 11; i++) await login(ctx, email, 'wrong-password', '10.0.0.8', '10.0.0.66');
    expect((await login(ctx, email, TEST_PASSWORD, '10.0.0.66')).statusCode).toBe(200);
  });

  it('records the connecting address, not the claimed one, in the audit log', async () => {
    const res = await login(ctx, org.eastRep2.user.email, TEST_PASSWORD, '10.0.0.9', '203.0.113.5');
    expect(res.statusCode).toBe(200);
    expect(await loginAddresses(ctx, org, org.eastRep2.user.id)).toEqual(['10.0.0.9']);
  });

  it('ignores X-Forwarded-For on the lead form: rotating it still meets the flood limit', async () => {
    let last = 0;
    for (let i = 0; i < 25; i++) {
      last = (
        await ctx.app.inject({
          method: 'POST',
          url: postUrl,
          payload: {
            company: 'Flood GmbH',
            country: 'DE',
            name: 'Max',
            email: 'max@flood.example',
            website_url: 'x',
          },
          remoteAddress: '10.0.0.10',
          headers: { 'x-forwarded-for': `198.51.100.${i}` },
        })
      ).statusCode;
    }
    expect(last).toBe(429);
  });
});

describe.each(testDialects())('client address behind a configured proxy on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { trustProxy: [PROXY] });
    ({ org } = await setUp(ctx));
  });
  afterAll(() => ctx.close());

  it('takes the client address from the trusted proxy’s header, and only from it', async () => {
    const user = org.eastRep2.user;
    expect((await login(ctx, user.email, TEST_PASSWORD, PROXY, '203.0.113.5')).statusCode).toBe(
      200,
    );
    expect(
      (await login(ctx, user.email, TEST_PASSWORD, '10.0.0.9', '203.0.113.6')).statusCode,
    ).toBe(200);
    expect(await loginAddresses(ctx, org, user.id)).toEqual(
      expect.arrayContaining(['203.0.113.5', '10.0.0.9']),
    );
    expect(await loginAddresses(ctx, org, user.id)).not.toContain('203.0.113.6');
  });

  it('limits sign-ins per forwarded client, so one client cannot lock out the whole proxy', async () => {
    const email = org.westRep.user.email;
    for (let i = 0; i < 11; i++) await login(ctx, email, 'wrong-password', PROXY, '198.51.100.1');
    expect((await login(ctx, email, 'wrong-password', PROXY, '198.51.100.1')).statusCode).toBe(429);
    expect((await login(ctx, email, TEST_PASSWORD, PROXY, '198.51.100.2')).statusCode).toBe(200);
  });
});

describe.each(testDialects())('cookies with secureCookies on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { secureCookies: true });
    ({ org } = await setUp(ctx));
  });
  afterAll(() => ctx.close());

  it('marks both the session and the _csrf cookie Secure', async () => {
    const res = await login(ctx, org.eastRep.user.email, TEST_PASSWORD, '10.0.0.11');
    expect(res.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(res.headers['set-cookie'] ?? []);
    const session = cookies.find((c) => c.startsWith('chuhai_session='));
    const csrf = cookies.find((c) => c.startsWith('_csrf='));
    expect(session).toMatch(/;\s*Secure/);
    expect(csrf).toBeDefined();
    expect(csrf).toMatch(/;\s*Secure/);
    expect(csrf).toMatch(/HttpOnly/);
  });
});
