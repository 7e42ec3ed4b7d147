import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TEST_PASSWORD, TestContext } from '../../../test/support/context.ts';
import { demoScope } from '../../domain/scope.ts';
import { DEMO_ADMIN, seedDemo } from '../../seed/demo.ts';
import { recordAudit } from './audit.service.ts';

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

  it('names each record and actor, keeps a deleted contact by the name it was created with', async () => {
    const customer = await ctx.newCustomer(org.eastRep, { name: 'Müller Maschinenbau GmbH' });
    const contact = await ctx.newContact(org.eastRep, customer.id, {
      firstName: 'Jonas',
      lastName: 'Weber',
    });
    const rep = ctx.client(org.eastRep);
    expect((await rep.patch(`/customers/${customer.id}`, { tier: 'A' })).statusCode).toBe(200);
    expect((await rep.delete(`/contacts/${contact.id}`)).statusCode).toBe(204);

    const api = ctx.client(org.admin);
    const onCustomer = (await api.get(`/audit-log?entityId=${customer.id}`)).json().items;
    expect(onCustomer.length).toBeGreaterThan(0);
    for (const e of onCustomer) {
      expect(e.entityName).toBe('Müller Maschinenbau GmbH');
      expect(e.actorName).toBe(org.eastRep.user.name);
      expect(e.actorKind).toBeNull();
    }
    const onContact = (await api.get(`/audit-log?entityId=${contact.id}`)).json().items;
    expect(onContact.map((e: { action: string }) => e.action)).toEqual(['delete', 'create']);
    expect(onContact.map((e: { entityName: string }) => e.entityName)).toEqual([
      'Jonas Weber',
      'Jonas Weber',
    ]);
    const onUser = (await api.get(`/audit-log?entityId=${org.westRep.user.id}`)).json().items;
    expect(onUser[0].entityName).toBe(org.westRep.user.name);
  });

  it('credits the demo seed as System (demo data) and other system work as the system, never a user', async () => {
    const { user } = org.admin;
    await ctx.db.transaction().execute(async (tx) => {
      await recordAudit(tx, demoScope(user.workspace_id), {
        action: 'update',
        entityType: 'customer',
        entityId: 'demo-record',
        changes: { tier: { before: null, after: 'B' } },
      });
      await recordAudit(
        tx,
        { workspaceId: user.workspace_id, userId: null },
        {
          action: 'update',
          entityType: 'customer',
          entityId: 'system-record',
        },
      );
    });
    const api = ctx.client(org.admin);
    const demo = (await api.get('/audit-log?entityId=demo-record')).json().items[0];
    expect(demo).toMatchObject({ actorId: null, actorName: null, actorKind: 'demo' });
    const system = (await api.get('/audit-log?entityId=system-record')).json().items[0];
    expect(system).toMatchObject({ actorId: null, actorKind: 'system' });
  });

  it("shows the demo seed's changes as System (demo data), none as the demo admin", async () => {
    const { workspaceId } = await seedDemo(ctx.db, { customers: 30, services: ctx.services });
    const admin = await ctx.services.auth.scopeFor(
      workspaceId,
      (
        await ctx.db
          .selectFrom('users')
          .select('id')
          .where('email', '=', DEMO_ADMIN)
          .executeTakeFirstOrThrow()
      ).id,
    );
    const token = (await ctx.services.auth.createToken(admin!, 'test')).token;
    const res = await ctx.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?limit=500',
      headers: { authorization: `Bearer ${token}` },
    });
    // (all but the API token this test made to read the log)
    const items: { actorId: string | null; actorKind: string | null; entityType: string }[] = res
      .json()
      .items.filter((e: { entityType: string }) => e.entityType !== 'api_token');
    expect(items.length).toBeGreaterThan(0);
    expect(items.filter((e) => e.actorId !== null || e.actorKind !== 'demo')).toEqual([]);
  });
});
