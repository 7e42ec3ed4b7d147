import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import type { DB } from '../../db/schema.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;

// NPS per product: a round may ask about one product; its answers carry it and the summary
// groups by it, with the counts beside every figure and none under the minimum count.
describe.each(testDialects())('NPS per product on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let segmentId: string;
  let productId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    for (const [i, name] of ['Hamburg Pumpen', 'Köln Pumpen', 'Bremen Pumpen'].entries()) {
      const c = await ctx.newCustomer(org.eastRep, { name, country: 'DE' });
      await ctx.newContact(org.eastRep, c.id, { firstName: `Kontakt ${i}`, primary: true });
    }
    const seg = await ctx.client(org.admin).post('/segments', {
      name: 'Germany',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['de'] }] },
    });
    segmentId = seg.json().id;
    const p = await ctx
      .client(org.admin)
      .post('/products', { sku: 'CP-100', names: { en: 'Centrifugal pump' }, unit: 'pcs' });
    expect(p.statusCode, p.body).toBe(201);
    productId = p.json().id;
  });
  afterAll(() => ctx?.close());

  const count = async (table: keyof DB) =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const answer = async (round: Json, scores: number[]) => {
    for (const [i, score] of scores.entries()) {
      const token = round.surveys[i].link.replace('/survey/', '');
      const res = await ctx.client().post(`/public/surveys/${token}`, { score });
      expect(res.statusCode, res.body).toBe(200);
    }
  };

  it('an unknown product is 400 at /productId and plans nothing', async () => {
    const res = await ctx
      .client(org.admin)
      .post('/surveys', { name: 'x', segmentId, sendTime: '10:00', productId: 'nope' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      expect.objectContaining({ path: '/productId', code: 'no_such' }),
    ]);
    expect([await count('survey_rounds'), await count('surveys')]).toEqual([0, 0]);
  });

  it('groups answers by the round’s product, with counts, and no figure under the minimum', async () => {
    const admin = ctx.client(org.admin);
    const about = await admin.post('/surveys', {
      name: 'Pump NPS',
      segmentId,
      sendTime: '10:00',
      productId,
    });
    expect(about.statusCode, about.body).toBe(201);
    expect(about.json()).toMatchObject({ productId, productName: 'CP-100', planned: 3 });
    await answer(about.json(), [10, 9, 3]);
    const general = await admin.post('/surveys', { name: 'General', segmentId, sendTime: '10:00' });
    expect(general.json()).toMatchObject({ productId: null, productName: null });
    await answer(general.json(), [8]);

    const low = (await admin.get('/feedback/summary?groupBy=product&minAnswers=1')).json();
    expect(low.groupBy).toBe('product');
    expect(low.items).toEqual([
      expect.objectContaining({
        key: '',
        label: '',
        nps: expect.objectContaining({ answers: 1, nps: 0 }),
      }),
      expect.objectContaining({
        key: productId,
        label: 'CP-100',
        nps: { answers: 3, promoters: 2, passives: 0, detractors: 1, nps: 33 },
      }),
    ]);
    const dflt = (await admin.get('/feedback/summary?groupBy=product')).json();
    expect(dflt.items.find((g: Json) => g.key === productId).nps).toMatchObject({
      answers: 3,
      nps: null,
    });
    // The rep sees their customers' answers; a rep of another team none.
    const west = (await ctx.client(org.westRep).get('/feedback/summary?groupBy=product')).json();
    expect(west.items).toEqual([]);
    expect((await admin.get('/feedback/summary?groupBy=sku')).statusCode).toBe(400);
  });
});
