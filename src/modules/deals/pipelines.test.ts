import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

const threeStages = [
  { name: 'Spec', probability: 20, kind: 'open' },
  { name: 'Won', probability: 100, kind: 'won' },
  { name: 'Lost', probability: 0, kind: 'lost' },
];

describe.each(testDialects())('pipelines on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const stageRows = (pipelineId: string) =>
    ctx.db
      .selectFrom('pipeline_stages')
      .select(['name', 'position'])
      .where('workspace_id', '=', org.ws.id)
      .where('pipeline_id', '=', pipelineId)
      .orderBy('position')
      .execute();

  it('a new workspace starts with the export pipeline, samples before negotiation', async () => {
    const res = await ctx.client(org.eastRep).get('/pipelines');
    expect(res.statusCode).toBe(200);
    const [p] = res.json().items;
    expect(p).toMatchObject({ code: 'export', name: 'Export sales', rottingDays: 21 });
    expect(p.stages.map((s: Json) => [s.code, s.probability, s.kind])).toEqual([
      ['inquiry', 10, 'open'],
      ['qualified', 20, 'open'],
      ['quotation', 40, 'open'],
      ['samples', 60, 'open'],
      ['negotiation', 80, 'open'],
      ['won', 100, 'won'],
      ['lost', 0, 'lost'],
    ]);
  });

  it('admins create, rename, reorder and extend a pipeline; every change audited', async () => {
    const created = await ctx
      .client(org.admin)
      .post('/pipelines', { name: 'Distributors', rottingDays: 30, stages: threeStages });
    expect(created.statusCode, created.body).toBe(201);
    const p = created.json();
    const [spec, won, lost] = p.stages;
    const res = await ctx.client(org.admin).patch(`/pipelines/${p.id}`, {
      name: 'Distributors (EU)',
      rottingDays: null,
      stages: [
        { name: 'Trial order', probability: 50, kind: 'open' },
        { id: spec.id, name: 'Specification', probability: 25, kind: 'open' },
        won,
        lost,
      ].map(({ id, name, probability, kind }) => ({
        ...(id ? { id } : {}),
        name,
        probability,
        kind,
      })),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Distributors (EU)', rottingDays: null });
    expect(res.json().stages.map((s: Json) => s.name)).toEqual([
      'Trial order',
      'Specification',
      'Won',
      'Lost',
    ]);
    expect(res.json().stages[1].id).toBe(spec.id);
    expect(await stageRows(p.id)).toEqual([
      { name: 'Trial order', position: 0 },
      { name: 'Specification', position: 1 },
      { name: 'Won', position: 2 },
      { name: 'Lost', position: 3 },
    ]);
    const log = await ctx.db
      .selectFrom('audit_log')
      .select(['action', 'changes'])
      .where('workspace_id', '=', org.ws.id)
      .where('entity_id', '=', p.id)
      .orderBy('id')
      .execute();
    expect(log.map((e) => e.action)).toEqual(['create', 'update']);
    expect(JSON.parse(log[1]!.changes).stages.after).toEqual([
      'Trial order',
      'Specification',
      'Won',
      'Lost',
    ]);
  });

  it.each([
    ['no open stage', [threeStages[1], threeStages[2], { ...threeStages[1], name: 'W2' }]],
    ['no lost stage', [threeStages[0], threeStages[1], { ...threeStages[0], name: 'Spec 2' }]],
    [
      'a name twice',
      [threeStages[0], { ...threeStages[0], name: 'spec' }, ...threeStages.slice(1)],
    ],
    ['a probability over 100', [{ ...threeStages[0], probability: 120 }, ...threeStages.slice(1)]],
    ['an unknown kind', [{ ...threeStages[0], kind: 'maybe' }, ...threeStages.slice(1)]],
  ])('refuses a pipeline with %s and writes nothing', async (_, stages) => {
    const before = (await ctx.client(org.admin).get('/pipelines')).json().items.length;
    const res = await ctx.client(org.admin).post('/pipelines', { name: `Bad ${_}`, stages });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors.length).toBeGreaterThan(0);
    expect((await ctx.client(org.admin).get('/pipelines')).json().items.length).toBe(before);
  });

  it('a taken name is a conflict', async () => {
    const res = await ctx
      .client(org.admin)
      .post('/pipelines', { name: 'Export sales', stages: threeStages });
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0]).toMatchObject({ path: '/name', code: 'taken' });
  });

  it('a stage with deals is not removed until its deals move (stage_has_deals)', async () => {
    const p = (
      await ctx.client(org.admin).post('/pipelines', {
        name: 'Projects',
        stages: [{ name: 'Tender', probability: 30, kind: 'open' }, ...threeStages],
      })
    ).json();
    const [tender, spec] = p.stages;
    const c = await ctx.newCustomer(org.eastRep);
    const deal = (
      await ctx.client(org.eastRep).post('/deals', {
        customerId: c.id,
        title: 'Water treatment plant',
        amountMinor: 1_000_000_00,
        currency: 'USD',
        expectedCloseDate: '2026-12-01',
        pipelineId: p.id,
      })
    ).json();
    expect(deal.stageId).toBe(tender.id);
    const strip = (s: Json) => ({
      id: s.id,
      name: s.name,
      probability: s.probability,
      kind: s.kind,
    });
    const dropped = await ctx
      .client(org.admin)
      .patch(`/pipelines/${p.id}`, { stages: p.stages.slice(1).map(strip) });
    expect(dropped.statusCode).toBe(409);
    expect(dropped.json().errors[0]).toMatchObject({
      code: 'stage_has_deals',
      params: { count: 1 },
    });
    const recast = await ctx.client(org.admin).patch(`/pipelines/${p.id}`, {
      stages: [
        { ...strip(tender), kind: 'lost' },
        ...p.stages.slice(1, 3).map(strip),
        { ...strip(p.stages[3]), kind: 'open' },
      ],
    });
    expect(recast.statusCode).toBe(409);
    expect(recast.json().errors[0]).toMatchObject({
      path: '/stages/0/kind',
      code: 'stage_has_deals',
    });
    const plain = await ctx.client(org.admin).delete(`/pipelines/${p.id}/stages/${tender.id}`);
    expect(plain.statusCode).toBe(409);
    expect(plain.json().errors[0].code).toBe('stage_has_deals');
    expect((await stageRows(p.id)).length).toBe(4);
    const moved = await ctx
      .client(org.admin)
      .delete(`/pipelines/${p.id}/stages/${tender.id}?moveTo=${spec.id}`);
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json().stages.map((s: Json) => s.name)).toEqual(['Spec', 'Won', 'Lost']);
    const after = (await ctx.client(org.eastRep).get(`/deals/${deal.id}`)).json();
    expect(after).toMatchObject({ stageId: spec.id, probability: 20 });
    expect(after.timeline[0].changes).toContainEqual({
      field: 'stage',
      before: 'Tender',
      after: 'Spec',
    });
    // A pipeline with deals is not deleted either.
    const gone = await ctx.client(org.admin).delete(`/pipelines/${p.id}`);
    expect(gone.statusCode).toBe(409);
    expect(gone.json().errors[0].code).toBe('pipeline_has_deals');
  });

  it('deletes an empty pipeline, never the last one', async () => {
    const p = (
      await ctx.client(org.admin).post('/pipelines', { name: 'Short-lived', stages: threeStages })
    ).json();
    expect((await ctx.client(org.admin).delete(`/pipelines/${p.id}`)).statusCode).toBe(204);
    expect((await ctx.client(org.admin).get(`/pipelines/${p.id}`)).statusCode).toBe(404);
    const lone = await ctx.newWorkspace();
    const admin = await ctx.newUser(lone.id, 'admin');
    const [only] = (await ctx.client(admin).get('/pipelines')).json().items;
    const res = await ctx.client(admin).delete(`/pipelines/${only.id}`);
    expect(res.statusCode).toBe(409);
    expect(res.json().errors[0].code).toBe('pipeline_last');
  });

  it('only admins shape pipelines; everyone reads them; other workspaces’ are not found', async () => {
    const p = (await ctx.client(org.admin).get('/pipelines')).json().items[0];
    for (const who of [org.eastRep, org.eastManager]) {
      expect((await ctx.client(who).get(`/pipelines/${p.id}`)).statusCode).toBe(200);
      expect(
        (await ctx.client(who).post('/pipelines', { name: 'Mine', stages: threeStages }))
          .statusCode,
      ).toBe(403);
      expect((await ctx.client(who).patch(`/pipelines/${p.id}`, { name: 'X' })).statusCode).toBe(
        403,
      );
      expect((await ctx.client(who).delete(`/pipelines/${p.id}`)).statusCode).toBe(403);
      expect(
        (await ctx.client(who).delete(`/pipelines/${p.id}/stages/${p.stages[0].id}`)).statusCode,
      ).toBe(403);
    }
    const elsewhere = await ctx.newWorkspace();
    const stranger = await ctx.newUser(elsewhere.id, 'admin');
    expect((await ctx.client(stranger).get(`/pipelines/${p.id}`)).statusCode).toBe(404);
    expect((await ctx.client(stranger).patch(`/pipelines/${p.id}`, { name: 'X' })).statusCode).toBe(
      404,
    );
  });
});

describe.each(testDialects())('migration 0029 on %s', (dialect) => {
  it('gives workspaces that existed before it the default pipeline', async () => {
    const database = await createTestDatabase(dialect, '0027_automations');
    try {
      await database.db
        .insertInto('workspaces')
        .values({
          id: 'ws-before',
          name: 'Old Co',
          home_country: 'CN',
          home_time_zone: 'Asia/Shanghai',
          created_at: new Date().toISOString(),
        })
        .execute();
      await migrateToLatest(database.db);
      const stages = await database.db
        .selectFrom('pipeline_stages')
        .select(['code', 'position'])
        .where('workspace_id', '=', 'ws-before')
        .orderBy('position')
        .execute();
      expect(stages.map((s) => s.code)).toEqual([
        'inquiry',
        'qualified',
        'quotation',
        'samples',
        'negotiation',
        'won',
        'lost',
      ]);
      await migrateTo(database.db, '0027_automations');
      await migrateToLatest(database.db);
    } finally {
      await database.drop();
    }
  });
});
