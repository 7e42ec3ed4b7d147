import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TEST_PASSWORD, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('audit log on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('records logins and every change with actor and time; filters by entity, actor, type and time', async () => {
    const before = new Date(Date.now() - 1000).toISOString();
    await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: org.westRep.user.email, password: TEST_PASSWORD },
    });
    const customer = await ctx.newCustomer(org.westRep, {
      name: 'Aceros del Bajío S.A. de C.V.',
      country: 'MX',
      timeZone: 'America/Mexico_City',
    });
    const contact = await ctx.newContact(org.westRep, customer.id, {
      firstName: 'Sofía',
      phones: ['81 1234 5678'],
    });
    await ctx.client(org.westRep).patch(`/contacts/${contact.id}`, { title: 'Gerente de Compras' });

    const api = ctx.client(org.admin);
    const byEntity = (await api.get(`/audit-log?entityId=${contact.id}`)).json().items;
    expect(byEntity.map((e: { action: string }) => e.action)).toEqual(['update', 'create']);
    expect(byEntity[0].changes).toEqual({ title: { before: null, after: 'Gerente de Compras' } });

    const byActor = (await api.get(`/audit-log?actorId=${org.westRep.user.id}&limit=100`)).json()
      .items;
    expect(
      byActor.map((e: { entityType: string; action: string }) => `${e.entityType}:${e.action}`),
    ).toEqual(
      expect.arrayContaining(['user:login', 'customer:create', 'contact:create', 'contact:update']),
    );
    const logins = (
      await api.get(`/audit-log?entityType=user&actorId=${org.westRep.user.id}`)
    ).json().items;
    expect(
      logins.every((e: { action: string }) => e.action === 'login' || e.action === 'create'),
    ).toBe(true);
    expect(
      (await api.get(`/audit-log?from=${encodeURIComponent(before)}&entityType=customer`)).json()
        .items,
    ).toHaveLength(1);
    expect((await api.get('/audit-log?to=2000-01-01T00:00:00Z')).json().items).toEqual([]);
  });

  it('is for admins only, validates its filters, and never shows another workspace', async () => {
    expect((await ctx.client(org.eastManager).get('/audit-log')).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).get('/audit-log')).statusCode).toBe(403);
    expect((await ctx.client().get('/audit-log')).statusCode).toBe(401);
    expect(
      (await ctx.client(org.admin).get('/audit-log?from=yesterday')).json().errors[0].path,
    ).toBe('/querystring/from');
    const other = await ctx.newWorkspace();
    const stranger = await ctx.newUser(other.id, 'admin');
    const items = (await ctx.client(stranger).get('/audit-log?limit=500')).json().items;
    expect(items.every((e: { entityId: string }) => e.entityId !== org.westRep.user.id)).toBe(true);
  });
});
