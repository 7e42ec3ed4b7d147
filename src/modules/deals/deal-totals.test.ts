import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { migrateTo, migrateToLatest } from '../../db/migrate.ts';
import { dealTotalsRepository } from './deal-totals.repository.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// The kept totals (migration 0056) must equal the deals summed afresh after every kind of write:
// the board and the admin's stage forecast read nothing else for the whole workspace.
describe.each(testDialects())('deal totals kept on write on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let pipeline: Json;
  const stage = (code: string) => pipeline.stages.find((s: Json) => s.code === code).id;
  const inStep = async () => {
    const ws = org.admin.scope.workspaceId;
    const stored = await dealTotalsRepository.stored(ctx.db, ws);
    expect(stored).toEqual(await dealTotalsRepository.recounted(ctx.db, ws));
    return stored;
  };
  const newDeal = async (body: Record<string, unknown>) => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Totals buyer', country: 'DE' });
    const res = await ctx.client(org.eastRep).post('/deals', {
      customerId: c.id,
      title: 'Totals',
      amountMinor: 1000_00,
      currency: 'EUR',
      expectedCloseDate: '2026-09-30',
      ...body,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  };

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    pipeline = (await ctx.client(org.admin).get('/pipelines')).json().items[0];
  });
  afterAll(() => ctx.close());

  it('follows creates, edits of every counted field, stage moves and deletes', async () => {
    const a = await newDeal({});
    const b = await newDeal({ amountMinor: 250_00, stageId: stage('quotation') });
    const c = await newDeal({ currency: 'USD', expectedCloseDate: '2027-01-15' });
    expect((await inStep()).reduce((n, r) => n + r.deals, 0)).toBe(3);

    const patch = async (id: string, body: Record<string, unknown>) => {
      const res = await ctx.client(org.eastRep).patch(`/deals/${id}`, body);
      expect(res.statusCode, res.body).toBe(200);
      await inStep();
    };
    await patch(a.id, { amountMinor: 1234_56 });
    await patch(a.id, { currency: 'JPY', amountMinor: 150_000 });
    await patch(a.id, { expectedCloseDate: '2026-12-31' });
    await patch(a.id, { probability: 75 });
    await patch(b.id, { stageId: stage('won') });
    await patch(b.id, { stageId: stage('negotiation') });
    await patch(c.id, { title: 'Renamed only' });

    const del = await ctx.client(org.eastRep).delete(`/deals/${c.id}`);
    expect(del.statusCode, del.body).toBe(204);
    const after = await inStep();
    expect(after.map((r) => [r.currency, r.deals, r.amount_minor])).toEqual(
      expect.arrayContaining([
        ['JPY', 1, 150_000],
        ['EUR', 1, 250_00],
      ]),
    );
    expect(after.find((r) => r.currency === 'USD')).toBeUndefined();
  });

  it('a refused write changes no total', async () => {
    const before = await inStep();
    const d = (await ctx.client(org.eastRep).get('/deals')).json().items[0];
    const bad = await ctx.client(org.eastRep).patch(`/deals/${d.id}`, {
      amountMinor: 5,
      currency: 'XXX',
    });
    expect(bad.statusCode, bad.body).toBe(400);
    const other = await ctx.client(org.westRep).patch(`/deals/${d.id}`, { amountMinor: 5 });
    expect(other.statusCode).toBe(404);
    expect(await inStep()).toEqual(before);
  });

  it('follows deals moved off a removed stage', async () => {
    await newDeal({ stageId: stage('samples') });
    const res = await ctx
      .client(org.admin)
      .delete(`/pipelines/${pipeline.id}/stages/${stage('samples')}?moveTo=${stage('qualified')}`);
    expect(res.statusCode, res.body).toBe(200);
    const rows = await inStep();
    expect(rows.some((r) => r.stage_id === stage('samples'))).toBe(false);
  });

  it.runIf(dialect === 'postgres')(
    'two writers changing one deal at once leave the totals right',
    async () => {
      const d = await newDeal({ amountMinor: 100_00 });
      const results = await Promise.all(
        [200_00, 300_00, 400_00, 500_00].map((amountMinor) =>
          ctx.client(org.eastRep).patch(`/deals/${d.id}`, { amountMinor }),
        ),
      );
      expect(results.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
      await inStep();
    },
  );

  it('fills the totals of deals that existed before them (migration 0056)', async () => {
    const before = await inStep();
    await migrateTo(ctx.db, '0051_campaigns');
    await migrateToLatest(ctx.db);
    expect(await inStep()).toEqual(before);
  });
});
