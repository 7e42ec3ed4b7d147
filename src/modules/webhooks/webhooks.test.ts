import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { dnsResolver, type Address } from './resolver.ts';

// The DNS the app sees: names the test sets, else the real resolver (`localhost`).
const dns = new Map<string, Address[]>([
  ['hooks.example.com', [{ address: '93.184.216.34', family: 4 }]],
  ['inside.example.com', [{ address: '10.1.2.3', family: 4 }]],
  [
    'split.example.com',
    [
      { address: '93.184.216.34', family: 4 },
      { address: '127.0.0.1', family: 4 },
    ],
  ],
]);
const resolve = async (host: string) => dns.get(host) ?? dnsResolver(host);

describe.each(testDialects())('webhooks API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { webhooks: { resolve } } });
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (table: 'webhooks' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('creates an endpoint, shows its secret once, and audits it', async () => {
    const res = await ctx.client(org.admin).post('/webhooks', {
      url: 'https://hooks.example.com/chuhai',
      description: 'ERP sync',
      eventTypes: ['customer.created', 'customer.created', 'order.created'],
    });
    expect(res.statusCode).toBe(201);
    const hook = res.json();
    expect(hook).toMatchObject({
      url: 'https://hooks.example.com/chuhai',
      description: 'ERP sync',
      eventTypes: ['customer.created', 'order.created'],
      enabled: true,
      allowPrivateNetwork: false,
      disabledReason: null,
    });
    expect(hook.secret).toMatch(/^whsec_/);
    const again = await ctx.client(org.admin).get(`/webhooks/${hook.id}`);
    expect(again.json()).not.toHaveProperty('secret');
    const list = await ctx.client(org.admin).get('/webhooks');
    expect(list.json().items.map((h: { id: string }) => h.id)).toContain(hook.id);
    const audit = await ctx.client(org.admin).get(`/audit-log?entityId=${hook.id}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'create', entityType: 'webhook' });
    expect(JSON.stringify(audit.json())).not.toContain(hook.secret);

    const patched = await ctx.client(org.admin).patch(`/webhooks/${hook.id}`, {
      eventTypes: ['customer.updated'],
      enabled: false,
    });
    expect(patched.json()).toMatchObject({ eventTypes: ['customer.updated'], enabled: false });
    const rotated = await ctx.client(org.admin).post(`/webhooks/${hook.id}/rotate-secret`);
    expect(rotated.json().secret).toMatch(/^whsec_/);
    expect(rotated.json().secret).not.toBe(hook.secret);
    expect(rotated.json().previousSecretExpiresAt).toEqual(expect.any(String));
    expect((await ctx.client(org.admin).delete(`/webhooks/${hook.id}`)).statusCode).toBe(204);
    expect((await ctx.client(org.admin).get(`/webhooks/${hook.id}`)).statusCode).toBe(404);
  });

  it.each([
    ['https://127.0.0.1/hook', 'webhook_url_private_network'],
    ['https://10.0.0.8/hook', 'webhook_url_private_network'],
    ['https://169.254.169.254/latest/meta-data/', 'webhook_url_private_network'],
    ['https://[::1]/hook', 'webhook_url_private_network'],
    ['https://[::ffff:127.0.0.1]/hook', 'webhook_url_private_network'],
    ['https://localhost/hook', 'webhook_url_private_network'],
    ['https://inside.example.com/hook', 'webhook_url_private_network'],
    ['https://split.example.com/hook', 'webhook_url_private_network'],
    ['https://nowhere.invalid/hook', 'webhook_url_unresolvable'],
    ['http://hooks.example.com/hook', 'webhook_url_https_required'],
    ['ftp://hooks.example.com/hook', 'webhook_url_scheme'],
    ['https://me:pw@hooks.example.com/hook', 'webhook_url_credentials'],
  ])('refuses %s (%s) and leaves no row', async (url, code) => {
    const [hooks, audits] = [await count('webhooks'), await count('audit_log')];
    const res = await ctx
      .client(org.admin)
      .post('/webhooks', { url, eventTypes: ['customer.created'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: '/url', code });
    expect([await count('webhooks'), await count('audit_log')]).toEqual([hooks, audits]);
  });

  it('takes a private address only when the admin allows private networks', async () => {
    const res = await ctx.client(org.admin).post('/webhooks', {
      url: 'http://127.0.0.1:9/hook',
      eventTypes: ['customer.created'],
      allowPrivateNetwork: true,
    });
    expect(res.statusCode).toBe(201);
    // Taking the permission away again re-checks the URL.
    const off = await ctx.client(org.admin).patch(`/webhooks/${res.json().id}`, {
      allowPrivateNetwork: false,
    });
    expect(off.statusCode).toBe(400);
    expect(off.json().errors[0]).toMatchObject({ path: '/url' });
  });

  it('validates event types with field paths', async () => {
    const res = await ctx.client(org.admin).post('/webhooks', {
      url: 'https://hooks.example.com/x',
      eventTypes: ['customer.exploded'],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toMatch(/^\/eventTypes/);
  });

  it('is for admins only, and another workspace’s endpoint is not found', async () => {
    const hook = (
      await ctx.client(org.admin).post('/webhooks', {
        url: 'https://hooks.example.com/own',
        eventTypes: ['customer.created'],
      })
    ).json();
    for (const actor of [org.eastRep, org.eastManager]) {
      expect((await ctx.client(actor).get('/webhooks')).statusCode).toBe(403);
      expect(
        (
          await ctx.client(actor).post('/webhooks', {
            url: 'https://hooks.example.com/rep',
            eventTypes: ['customer.created'],
          })
        ).statusCode,
      ).toBe(403);
      expect((await ctx.client(actor).post(`/webhooks/${hook.id}/test`)).statusCode).toBe(403);
    }
    const other = await ctx.newWorkspace();
    const stranger = await ctx.newUser(other.id, 'admin');
    const c = ctx.client(stranger);
    expect((await c.get(`/webhooks/${hook.id}`)).statusCode).toBe(404);
    expect((await c.patch(`/webhooks/${hook.id}`, { enabled: false })).statusCode).toBe(404);
    expect((await c.delete(`/webhooks/${hook.id}`)).statusCode).toBe(404);
    expect((await c.post(`/webhooks/${hook.id}/rotate-secret`)).statusCode).toBe(404);
    expect((await c.get(`/webhooks/${hook.id}/deliveries`)).statusCode).toBe(404);
    expect((await c.get('/webhooks')).json().items).toEqual([]);
  });
});
