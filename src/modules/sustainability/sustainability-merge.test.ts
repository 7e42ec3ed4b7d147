import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

describe.each(testDialects())('sustainability records follow a customer merge on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx?.close());

  it('moves requirements and commitments to the kept customer, and back on undo', async () => {
    const admin = ctx.client(org.admin);
    const keep = await ctx.newCustomer(org.eastRep, {
      name: 'Stahlhandel Duisburg GmbH',
      country: 'DE',
    });
    const dup = await ctx.newCustomer(org.eastRep, { name: 'Stahlhandel Duisburg', country: 'DE' });
    const req = await admin.post('/sustainability/requirements', {
      customerId: dup.id,
      kind: 'cbam_report',
      cbamGoods: 'iron_steel',
      title: 'Embedded emissions of hot-rolled coil, Q3 2026',
      requestedOn: '2026-08-15',
    });
    expect(req.statusCode, req.body).toBe(201);
    const kept = await admin.post('/sustainability/requirements', {
      customerId: keep.id,
      kind: 'cbam_report',
      cbamGoods: 'iron_steel',
      title: 'Embedded emissions, Q2 2026',
      requestedOn: '2026-05-15',
    });
    expect(kept.statusCode, kept.body).toBe(201);
    const promise = await admin.post('/sustainability/commitments', {
      title: 'Supply low-carbon coil from 2027',
      customerId: dup.id,
      madeOn: '2026-06-01',
    });
    expect(promise.statusCode, promise.body).toBe(201);

    const merged = await admin.post('/duplicates/merge', { keepId: keep.id, mergeId: dup.id });
    expect(merged.statusCode, merged.body).toBe(200);
    const reqs = async (customerId: string) =>
      (await admin.get(`/sustainability/requirements?customerId=${customerId}`))
        .json()
        .items.map((r: Json) => r.title)
        .sort();
    const ownerOf = async (
      table: 'sustainability_requirements' | 'sustainability_commitments',
      id: string,
    ) =>
      (
        await ctx.db
          .selectFrom(table)
          .select('customer_id')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).customer_id;
    expect(await reqs(keep.id)).toEqual([
      'Embedded emissions of hot-rolled coil, Q3 2026',
      'Embedded emissions, Q2 2026',
    ]);
    expect(await ownerOf('sustainability_requirements', req.json().id)).toBe(keep.id);
    expect(await ownerOf('sustainability_commitments', promise.json().id)).toBe(keep.id);
    // The rep still reads them through the kept customer.
    const asRep = await ctx
      .client(org.eastRep)
      .get(`/sustainability/commitments/${promise.json().id}`);
    expect(asRep.statusCode).toBe(200);
    expect(asRep.json().customer.id).toBe(keep.id);

    const undone = await admin.post(`/merges/${merged.json().mergeId}/undo`);
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await ownerOf('sustainability_requirements', req.json().id)).toBe(dup.id);
    expect(await ownerOf('sustainability_requirements', kept.json().id)).toBe(keep.id);
    expect(await ownerOf('sustainability_commitments', promise.json().id)).toBe(dup.id);
  });
});
