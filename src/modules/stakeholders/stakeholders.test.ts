import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// Mozambique: the ministry whose tender rules decide, and a paper that wrote about us.
const ministry = {
  country: 'mz',
  name: 'Ministry of Public Works, Housing and Water Resources',
  nativeName: 'Ministério das Obras Públicas, Habitação e Recursos Hídricos',
  kind: 'government_ministry',
  influence: 5,
  stance: 0,
  interests: 'Local content in water projects',
  concerns: 'Foreign contractors without local staff',
  languages: ['pt-mz', 'en'],
};

describe.each(testDialects())('stakeholders on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let eastCustomer: Json;
  let westCustomer: Json;
  let created: Json;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    eastCustomer = await ctx.newCustomer(org.eastRep, { name: 'Águas de Maputo', country: 'MZ' });
    westCustomer = await ctx.newCustomer(org.westRep, { name: 'FIPAG Beira', country: 'MZ' });
  });
  afterAll(() => ctx?.close());
  const count = async (table: 'stakeholders' | 'stakeholder_customers' | 'stakeholder_stances') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses bad input with field errors and writes nothing', async () => {
    const admin = ctx.client(org.admin);
    const bad = await admin.post('/stakeholders', {
      ...ministry,
      country: 'XX',
      languages: ['not a tag'],
      ownerId: 'nobody',
      customerIds: ['01ffffff-ffff-7fff-8fff-ffffffffffff'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/country', 'country'],
      ['/languages/0', 'language'],
      ['/ownerId', 'no_active_user'],
      ['/customerIds/0', 'not_in_scope'],
    ]);
    for (const [field, value] of [
      ['influence', 0],
      ['influence', 6],
      ['stance', -3],
      ['stance', 3],
      ['stance', 'Infinity'],
      ['kind', 'friend'],
    ] as const) {
      const res = await admin.post('/stakeholders', { ...ministry, [field]: value });
      expect(res.statusCode, `${field}=${value}`).toBe(400);
      expect(res.json().errors[0].path).toBe(`/${field}`);
    }
    expect(await count('stakeholders')).toBe(0);
    expect(await count('stakeholder_stances')).toBe(0);
    // Reps do not add stakeholders.
    expect((await ctx.client(org.eastRep).post('/stakeholders', ministry)).statusCode).toBe(403);
  });

  it('keeps the map’s figures, the stance history and the linked customers', async () => {
    const res = await ctx.client(org.eastManager).post('/stakeholders', {
      ...ministry,
      ownerId: org.eastRep.user.id,
      customerIds: [eastCustomer.id],
      stanceNote: 'First meeting in Maputo',
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(created).toMatchObject({
      country: 'MZ',
      languages: ['pt-MZ', 'en'],
      engagement: 'manage_closely',
      stanceTrend: 'none',
      ownerId: org.eastRep.user.id,
      customers: [{ id: eastCustomer.id, name: 'Águas de Maputo' }],
      hiddenCustomers: 0,
      canEdit: false, // the manager created it for the rep, who owns it now
    });
    // The owner moves the stance up after the site visit: kept with its note.
    const up = await ctx.client(org.eastRep).patch(`/stakeholders/${created.id}`, {
      stance: 1,
      stanceNote: 'Site visit went well',
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(up.json()).toMatchObject({ stance: 1, engagement: 'keep_satisfied', stanceTrend: 'up' });
    expect(up.json().stanceHistory.map((h: Json) => [h.stance, h.note])).toEqual([
      [0, 'First meeting in Maputo'],
      [1, 'Site visit went well'],
    ]);
    // An edit that does not change the stance adds no history.
    await ctx.client(org.eastRep).patch(`/stakeholders/${created.id}`, { influence: 4 });
    expect(await count('stakeholder_stances')).toBe(2);
    const audit = await ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('entity_type', '=', 'stakeholder')
      .execute();
    expect(audit.map((a) => a.action).sort()).toEqual(['create', 'update', 'update']);
  });

  it('shows stakeholders to managers and admins, to reps only their own or their customers’', async () => {
    const listed = async (who: keyof typeof org) =>
      (await ctx.client(org[who] as never).get('/stakeholders?country=mz')).json().items as Json[];
    expect((await listed('admin')).map((s) => s.id)).toEqual([created.id]);
    const west = await listed('westManager');
    expect(west.map((s) => s.id)).toEqual([created.id]);
    // Another team's manager learns a customer is linked, not which.
    expect(west[0]).toMatchObject({ customers: [], hiddenCustomers: 1, canEdit: false });
    expect(JSON.stringify(west)).not.toContain('Águas de Maputo');
    expect(await listed('westRep')).toEqual([]);
    expect(await listed('eastRep2')).toEqual([]);
    expect((await ctx.client(org.westRep).get(`/stakeholders/${created.id}`)).statusCode).toBe(404);
    // Linked to the west rep's customer as well (by the admin): the west rep now sees it, and
    // only their own customer's name.
    const linked = await ctx.client(org.admin).patch(`/stakeholders/${created.id}`, {
      customerIds: [eastCustomer.id, westCustomer.id],
    });
    expect(linked.statusCode, linked.body).toBe(200);
    const seen = await listed('westRep');
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({
      customers: [{ id: westCustomer.id, name: 'FIPAG Beira' }],
      hiddenCustomers: 1,
    });
    // Only the owner and admins change it; a manager of another team reads but cannot write.
    const denied = await ctx
      .client(org.westManager)
      .patch(`/stakeholders/${created.id}`, { stance: -2 });
    expect(denied.statusCode).toBe(403);
    expect((await ctx.client(org.westRep).delete(`/stakeholders/${created.id}`)).statusCode).toBe(
      403,
    );
    // The west manager cannot drop the east rep's link they cannot see by relinking.
    await ctx.client(org.admin).patch(`/stakeholders/${created.id}`, {
      ownerId: org.westManager.user.id,
    });
    await ctx.client(org.westManager).patch(`/stakeholders/${created.id}`, { customerIds: [] });
    const links = await ctx.db
      .selectFrom('stakeholder_customers')
      .select('customer_id')
      .where('stakeholder_id', '=', created.id)
      .execute();
    expect(links.map((l) => l.customer_id)).toEqual([eastCustomer.id]);
  });

  it('deletes a stakeholder with its links and history (owner or admin)', async () => {
    const res = await ctx.client(org.admin).delete(`/stakeholders/${created.id}`);
    expect(res.statusCode).toBe(204);
    expect(await count('stakeholders')).toBe(0);
    expect(await count('stakeholder_customers')).toBe(0);
    expect(await count('stakeholder_stances')).toBe(0);
  });
});

describe.each(testDialects())('demo stakeholders on %s', (dialect) => {
  it('seeds five markets with one stance history each moved, all owned by a user', async () => {
    const ctx = await TestContext.create(dialect);
    try {
      const { seedDemo } = await import('../../seed/demo.ts');
      const { workspaceId } = await seedDemo(ctx.db, { customers: 60, services: ctx.services });
      const rows = await ctx.db
        .selectFrom('stakeholders')
        .select(['country', 'owner_id'])
        .where('workspace_id', '=', workspaceId)
        .execute();
      expect(new Set(rows.map((r) => r.country))).toEqual(new Set(['MZ', 'SA', 'IN', 'BR', 'KZ']));
      const users = await ctx.db.selectFrom('users').select('id').execute();
      for (const r of rows) expect(users.map((u) => u.id)).toContain(r.owner_id);
      const moved = await ctx.db
        .selectFrom('stakeholder_stances')
        .select('stakeholder_id')
        .where('seq', '=', 2)
        .execute();
      expect(moved).toHaveLength(3);
      // Two stakeholders have a timeline and an engagement plan (one follow-up done).
      const plans = await ctx.db.selectFrom('stakeholder_plans').select('status').execute();
      expect(plans.map((p) => p.status).sort()).toEqual(['done', 'open', 'open', 'open']);
      const logged = await ctx.db
        .selectFrom('stakeholder_interactions')
        .select('user_id')
        .execute();
      expect(logged).toHaveLength(6);
      for (const i of logged) expect(users.map((u) => u.id)).toContain(i.user_id);
      // The Mozambique incident is linked to its latest negative mentions.
      const linked = await ctx.db
        .selectFrom('mention_incidents as l')
        .innerJoin('mentions as m', 'm.id', 'l.mention_id')
        .select(['m.country', 'm.sentiment'])
        .execute();
      expect(linked).toHaveLength(3);
      for (const l of linked) expect(l).toEqual({ country: 'MZ', sentiment: 'negative' });
      // One Mozambican customer is linked to it by hand.
      const customers = await ctx.db
        .selectFrom('incident_customers as l')
        .innerJoin('customers as c', (j) =>
          j.onRef('c.workspace_id', '=', 'l.workspace_id').onRef('c.id', '=', 'l.customer_id'),
        )
        .select('c.country')
        .execute();
      expect(customers).toEqual([{ country: 'MZ' }]);
      // The workspace edited its political playbook.
      const playbooks = await ctx.db.selectFrom('incident_playbooks').select('kind').execute();
      expect(playbooks).toEqual([{ kind: 'political' }]);
    } finally {
      await ctx.close();
    }
  }, 120_000);
});
