import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { indiaTender } from '../../../test/support/tenders.ts';

const clock = { now: new Date('2026-09-01T02:00:00Z') };

// Tenders follow their buyer: the east rep's tender is seen by the rep, the east manager and the
// admin; the other east rep, the west rep and the west manager get "not found" on every route
// and never see it in a list or in the analysis.
describe.each(testDialects())('tender access on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let tender: { id: string; reference: string };
  let outsiders: Actor[];
  let insiders: Actor[];
  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    const buyer = await ctx.newCustomer(org.eastRep, { name: 'Scoped Buyer', country: 'IN' });
    tender = (
      await ctx.client(org.eastRep).post('/tenders', {
        ...indiaTender(buyer.id),
        reference: 'SECRET-TENDER-1',
        result: 'lost',
        competitors: [{ name: 'Secret Rival', localPresence: true, awarded: true }],
      })
    ).json();
    outsiders = [org.eastRep2, org.westRep, org.westManager];
    insiders = [org.eastRep, org.eastManager, org.admin];
  });
  afterAll(() => ctx.close());

  const rows = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('tenders')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('GET /tenders/{id}: 404 outside the buyer’s scope', async () => {
    for (const a of insiders)
      expect((await ctx.client(a).get(`/tenders/${tender.id}`)).statusCode).toBe(200);
    for (const a of outsiders) {
      const res = await ctx.client(a).get(`/tenders/${tender.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('SECRET-TENDER-1');
    }
  });

  it('GET /tenders: lists only tenders of customers in scope, filtered by customer too', async () => {
    for (const a of insiders)
      expect(
        (await ctx.client(a).get('/tenders')).json().items.map((t: { id: string }) => t.id),
      ).toContain(tender.id);
    for (const a of outsiders) {
      const all = await ctx.client(a).get('/tenders');
      expect(all.statusCode).toBe(200);
      expect(all.body).not.toContain(tender.id);
      const buyer = (await ctx.client(org.eastRep).get(`/tenders/${tender.id}`)).json().customerId;
      expect((await ctx.client(a).get(`/tenders?customerId=${buyer}`)).json().items).toEqual([]);
    }
  });

  it('PATCH and DELETE /tenders/{id}: 404 outside scope, nothing changed', async () => {
    for (const a of outsiders) {
      const patched = await ctx.client(a).patch(`/tenders/${tender.id}`, { title: 'Taken over' });
      expect(patched.statusCode).toBe(404);
      expect((await ctx.client(a).delete(`/tenders/${tender.id}`)).statusCode).toBe(404);
    }
    const after = (await ctx.client(org.eastRep).get(`/tenders/${tender.id}`)).json();
    expect(after.title).toBe(indiaTender('').title);
    // The east manager may change their team's tender.
    const managed = await ctx
      .client(org.eastManager)
      .patch(`/tenders/${tender.id}`, { resultNote: 'Reviewed by the manager' });
    expect(managed.statusCode).toBe(200);
  });

  it('POST /tenders: only for customers in scope', async () => {
    const before = await rows();
    const theirs = await ctx.newCustomer(org.eastRep, { name: 'East Only', country: 'IN' });
    for (const a of outsiders) {
      const res = await ctx.client(a).post('/tenders', indiaTender(theirs.id));
      expect(res.statusCode).toBe(400);
      expect(res.json().errors[0]).toMatchObject({ path: '/customerId', code: 'not_in_scope' });
    }
    expect(await rows()).toBe(before);
  });

  it('GET /tenders/analysis: counts only tenders in scope', async () => {
    const mine = (await ctx.client(org.eastRep).get('/tenders/analysis')).json();
    expect(mine.total.lost).toBe(1);
    expect(mine.byCompetitor.map((c: { name: string }) => c.name)).toEqual(['Secret Rival']);
    for (const a of outsiders) {
      const res = await ctx.client(a).get('/tenders/analysis');
      expect(res.statusCode).toBe(200);
      expect(res.json().total.lost).toBe(0);
      expect(res.body).not.toContain('Secret Rival');
    }
  });

  it('answers 401 without credentials on every route', async () => {
    const anon = ctx.client();
    for (const res of [
      await anon.get('/tenders'),
      await anon.get('/tenders/analysis'),
      await anon.get(`/tenders/${tender.id}`),
      await anon.post('/tenders', indiaTender('x')),
      await anon.patch(`/tenders/${tender.id}`, { title: 'x' }),
      await anon.delete(`/tenders/${tender.id}`),
      await anon.get('/tender-reasons'),
      await anon.post('/tender-reasons', { nameEn: 'x', nameZh: 'x' }),
    ])
      expect(res.statusCode).toBe(401);
  });

  it('lets everyone read the reasons and only admins change them', async () => {
    const reasons = (await ctx.client(org.westRep).get('/tender-reasons')).json().items;
    expect(reasons).toHaveLength(10);
    for (const a of [org.eastRep, org.westManager]) {
      expect(
        (await ctx.client(a).post('/tender-reasons', { nameEn: 'Bribe', nameZh: '贿赂' }))
          .statusCode,
      ).toBe(403);
      expect(
        (await ctx.client(a).patch(`/tender-reasons/${reasons[0].id}`, { active: false }))
          .statusCode,
      ).toBe(403);
    }
  });
});
