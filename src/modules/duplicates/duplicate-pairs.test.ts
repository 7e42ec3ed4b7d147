import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

type Pair = {
  a: { id: string; name: string };
  b: { id: string; name: string };
  score: number;
  evidence: { kind: string; a: string; b: string }[];
};

describe.each(testDialects())(
  'duplicate pairs: ranking, paging, "not a duplicate" on %s',
  (dialect) => {
    let ctx: TestContext;
    let org: Awaited<ReturnType<typeof salesOrg>>;
    // One workspace per test, so pairs made by one test never land on another's page.
    const freshOrg = async () => {
      org = await salesOrg(ctx);
      return org;
    };
    beforeAll(async () => {
      ctx = await TestContext.create(dialect);
    });
    afterAll(() => ctx.close());

    const pairs = async (actor: Actor, query = '') => {
      const res = await ctx.client(actor).get(`/duplicates${query}`);
      expect(res.statusCode).toBe(200);
      return res.json<{ items: Pair[]; total: number; page: number; pageSize: number }>();
    };
    const has = (list: Pair[], x: string, y: string) =>
      list.some(
        (p) =>
          new Set([p.a.id, p.b.id]).size === 2 &&
          [x, y].every((id) => [p.a.id, p.b.id].includes(id)),
      );

    it('does not propose branches with different websites on the native name alone', async () => {
      const { eastRep } = await freshOrg();
      const riyadh = await ctx.newCustomer(eastRep, {
        name: 'Al Rajhi Trading',
        nativeName: 'الراجحي للتجارة',
        country: 'SA',
        domain: 'alrajhi.sa',
      });
      const dammam = await ctx.newCustomer(eastRep, {
        name: 'Al Rajhi Trading Dammam',
        nativeName: 'الراجحي للتجارة',
        country: 'SA',
        domain: 'alrajhi-dammam.sa',
      });
      // The same company typed again without a website is proposed, with the name in words.
      const again = await ctx.newCustomer(eastRep, {
        name: 'AL RAJHI TRADING CO. LTD',
        country: 'SA',
      });
      const list = (await pairs(eastRep)).items;
      expect(has(list, riyadh.id, dammam.id)).toBe(false);
      expect(has(list, riyadh.id, again.id)).toBe(true);
      const found = list.find(
        (p) => [p.a.id, p.b.id].includes(again.id) && [p.a.id, p.b.id].includes(riyadh.id),
      )!;
      const spelled =
        found.a.id === riyadh.id
          ? ['Al Rajhi Trading', 'AL RAJHI TRADING CO. LTD']
          : ['AL RAJHI TRADING CO. LTD', 'Al Rajhi Trading'];
      expect(found.evidence).toEqual([{ kind: 'name', a: spelled[0], b: spelled[1] }]);
      expect(JSON.stringify(list)).not.toContain('SA:');
    });

    it('ranks by evidence and pages with a total', async () => {
      const { eastRep } = await freshOrg();
      const byName = await Promise.all(
        ['Kaspi Trade LLP', 'KASPI TRADE'].map((name) =>
          ctx.newCustomer(eastRep, { name, country: 'KZ' }),
        ),
      );
      const byPhone = await Promise.all(
        ['Steppe Logistics', 'Step Logistic Group'].map(async (name) => {
          const c = await ctx.newCustomer(eastRep, { name, country: 'KZ' });
          await ctx.newContact(eastRep, c.id, { phones: ['+7 701 234 5678'] });
          return c;
        }),
      );
      const byDomain = await Promise.all(
        ['Almaty Steel', 'ASW Kazakhstan'].map((name) =>
          ctx.newCustomer(eastRep, { name, country: 'KZ', domain: 'almatysteel.kz' }),
        ),
      );
      const all = await pairs(eastRep);
      expect(all.total).toBe(3);
      expect(all.items.map((p) => p.evidence[0]!.kind)).toEqual(['domain', 'phone', 'name']);
      expect(all.items[1]!.evidence[0]).toEqual({
        kind: 'phone',
        a: '+7 701 234 5678',
        b: '+7 701 234 5678',
      });
      const ids = (p: Pair) => new Set([p.a.id, p.b.id]);
      expect(ids(all.items[0]!)).toEqual(new Set(byDomain.map((c) => c.id)));
      expect(ids(all.items[2]!)).toEqual(new Set(byName.map((c) => c.id)));

      const second = await pairs(eastRep, '?page=2&pageSize=2');
      expect(second).toMatchObject({ total: 3, page: 2, pageSize: 2 });
      expect(second.items.map(ids)).toEqual([new Set(byName.map((c) => c.id))]);
      const first = await pairs(eastRep, '?page=1&pageSize=2');
      expect(first.items.map(ids)).toEqual([ids(all.items[0]!), new Set(byPhone.map((c) => c.id))]);
      expect((await ctx.client(eastRep).get('/duplicates?pageSize=101')).statusCode).toBe(400);
    });

    it('keeps a dismissed pair hidden until one record’s keys change, and audits it', async () => {
      const { eastRep, admin } = await freshOrg();
      const rep = ctx.client(eastRep);
      const one = await ctx.newCustomer(eastRep, {
        name: 'Nile Pumps',
        country: 'EG',
        domain: 'nilepumps.eg',
      });
      const two = await ctx.newCustomer(eastRep, { name: 'Nile Pumps', country: 'EG' });
      expect(has((await pairs(eastRep)).items, one.id, two.id)).toBe(true);

      const res = await rep.post('/duplicates/dismiss', { aId: two.id, bId: one.id });
      expect(res.statusCode).toBe(200);
      expect(has((await pairs(eastRep)).items, one.id, two.id)).toBe(false);
      expect((await pairs(eastRep)).total).toBe(0);
      // Recomputing the other record's index with the same keys changes nothing.
      expect((await rep.patch(`/customers/${two.id}`, { city: 'Cairo' })).statusCode).toBe(200);
      expect(has((await pairs(eastRep)).items, one.id, two.id)).toBe(false);
      expect((await rep.post('/duplicates/dismiss', { aId: one.id, bId: two.id })).statusCode).toBe(
        409,
      );

      const audit = (await ctx.client(admin).get(`/audit-log?entityId=${one.id}`)).json().items;
      expect(audit).toContainEqual(
        expect.objectContaining({
          action: 'not_duplicate',
          changes: { notDuplicateOf: { before: null, after: two.id } },
        }),
      );

      // New evidence asks again: the second record gains the first one's website.
      expect((await rep.patch(`/customers/${two.id}`, { domain: 'nilepumps.eg' })).statusCode).toBe(
        200,
      );
      const back = (await pairs(eastRep)).items;
      expect(has(back, one.id, two.id)).toBe(true);
      expect(back[0]!.evidence.map((e) => e.kind)).toEqual(['domain', 'name']);
      // Dismissed again on the new keys, it stays away; a new contact phone brings it back.
      expect((await rep.post('/duplicates/dismiss', { aId: one.id, bId: two.id })).statusCode).toBe(
        200,
      );
      expect((await pairs(eastRep)).total).toBe(0);
      await ctx.newContact(eastRep, one.id, { phones: ['+20 2 2345 6789'] });
      expect((await pairs(eastRep)).total).toBe(1);
    });

    it('answers bad dismissals clearly and writes nothing', async () => {
      const { eastRep, westRep } = await freshOrg();
      const rep = ctx.client(eastRep);
      const a = await ctx.newCustomer(eastRep, {
        name: 'Lagos Cables',
        country: 'NG',
        domain: 'lagoscables.ng',
      });
      const b = await ctx.newCustomer(eastRep, { name: 'Lagos Cables Ltd', country: 'NG' });
      const stranger = await ctx.newCustomer(eastRep, { name: 'Abuja Steel', country: 'NG' });
      const theirs = await ctx.newCustomer(westRep, { name: 'Lagos Cables', country: 'NG' });

      const same = await rep.post('/duplicates/dismiss', { aId: a.id, bId: a.id });
      expect(same.statusCode).toBe(400);
      expect(same.json().errors[0]).toMatchObject({ path: '/bId', code: 'must_differ' });
      const unrelated = await rep.post('/duplicates/dismiss', { aId: a.id, bId: stranger.id });
      expect(unrelated.statusCode).toBe(400);
      expect(unrelated.json().errors[0]).toMatchObject({
        path: '/bId',
        code: 'not_duplicate_pair',
      });
      expect((await rep.post('/duplicates/dismiss', { aId: a.id, bId: 'nope' })).statusCode).toBe(
        404,
      );
      // Out of scope is "not found", though the two share a name.
      expect(
        (await rep.post('/duplicates/dismiss', { aId: a.id, bId: theirs.id })).statusCode,
      ).toBe(404);
      expect((await rep.post('/duplicates/dismiss', { aId: a.id })).statusCode).toBe(400);
      const rows = await ctx.db
        .selectFrom('duplicate_dismissals')
        .select('customer_a')
        .where('workspace_id', '=', org.ws.id)
        .execute();
      expect(rows).toEqual([]);
      expect(has((await pairs(eastRep)).items, a.id, b.id)).toBe(true);
    });

    it('shows a rep only pairs of customers they can see; a manager sees the team’s', async () => {
      const { eastRep, eastRep2, eastManager, westRep } = await freshOrg();
      const mine = await ctx.newCustomer(eastRep, {
        name: 'Hanoi Steel',
        country: 'VN',
        domain: 'hanoisteel.vn',
      });
      const colleague = await ctx.newCustomer(eastRep2, {
        name: 'Hanoi Steel JSC',
        country: 'VN',
        domain: 'hanoisteel.vn',
      });
      const west = await ctx.newCustomer(westRep, {
        name: 'HANOI STEEL',
        country: 'VN',
        domain: 'hanoisteel.vn',
      });
      expect((await pairs(eastRep)).total).toBe(0);
      const team = await pairs(eastManager);
      expect(team.total).toBe(1);
      expect(has(team.items, mine.id, colleague.id)).toBe(true);
      expect(has(team.items, mine.id, west.id)).toBe(false);
      // A rep cannot dismiss a pair they cannot merge.
      expect(
        (await ctx.client(eastRep).post('/duplicates/dismiss', { aId: mine.id, bId: colleague.id }))
          .statusCode,
      ).toBe(404);
    });
  },
);
