import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('customers API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  describe('row-level access', () => {
    let eastRepCustomer: string;
    let westRepCustomer: string;

    beforeAll(async () => {
      eastRepCustomer = (
        await ctx.newCustomer(org.eastRep, { name: 'Schäfer Antriebstechnik AG', country: 'DE' })
      ).id;
      westRepCustomer = (
        await ctx.newCustomer(org.westRep, { name: 'Agro Paulista Ltda', country: 'BR' })
      ).id;
    });

    const ids = async (who: Parameters<TestContext['client']>[0], query = '') =>
      (
        (await ctx.client(who).get(`/customers?limit=500${query}`)).json().items as { id: string }[]
      ).map((c) => c.id);

    it('a rep sees only what they own, in lists and by id', async () => {
      expect(await ids(org.eastRep)).toContain(eastRepCustomer);
      expect(await ids(org.eastRep)).not.toContain(westRepCustomer);
      expect(await ids(org.eastRep2)).not.toContain(eastRepCustomer);
      expect((await ctx.client(org.eastRep2).get(`/customers/${eastRepCustomer}`)).statusCode).toBe(
        404,
      );
      expect(
        (await ctx.client(org.eastRep2).patch(`/customers/${eastRepCustomer}`, { name: 'x' }))
          .statusCode,
      ).toBe(404);
      expect(
        (await ctx.client(org.eastRep2).delete(`/customers/${eastRepCustomer}`)).statusCode,
      ).toBe(404);
      expect(
        (await ctx.client(org.westRep).post(`/customers/${eastRepCustomer}/restore`)).statusCode,
      ).toBe(404);
    });

    it('a manager sees the team, not the other team', async () => {
      expect(await ids(org.eastManager)).toContain(eastRepCustomer);
      expect(await ids(org.eastManager)).not.toContain(westRepCustomer);
      expect(
        (await ctx.client(org.westManager).get(`/customers/${eastRepCustomer}`)).statusCode,
      ).toBe(404);
      const res = await ctx
        .client(org.eastManager)
        .patch(`/customers/${eastRepCustomer}`, { tier: 'A' });
      expect(res.statusCode).toBe(200);
      expect(res.json().tier).toBe('A');
    });

    it('an admin sees everything; search never leaks across scope', async () => {
      const all = await ids(org.admin);
      expect(all).toEqual(expect.arrayContaining([eastRepCustomer, westRepCustomer]));
      expect(await ids(org.eastRep, '&q=agro')).toEqual([]);
      expect(await ids(org.admin, '&q=agro')).toEqual([westRepCustomer]);
    });

    it('anonymous callers get 401 on every customer route', async () => {
      const anon = ctx.client();
      for (const res of [
        await anon.get('/customers'),
        await anon.post('/customers', { name: 'A', country: 'DE' }),
        await anon.get(`/customers/${eastRepCustomer}`),
        await anon.patch(`/customers/${eastRepCustomer}`, { name: 'x' }),
        await anon.delete(`/customers/${eastRepCustomer}`),
        await anon.post(`/customers/${eastRepCustomer}/restore`),
      ]) {
        expect(res.statusCode).toBe(401);
      }
    });

    it('another workspace sees nothing, even as admin', async () => {
      const other = await ctx.newWorkspace();
      const stranger = await ctx.newUser(other.id, 'admin');
      expect(await ids(stranger)).toEqual([]);
      expect((await ctx.client(stranger).get(`/customers/${eastRepCustomer}`)).statusCode).toBe(
        404,
      );
    });
  });
});
