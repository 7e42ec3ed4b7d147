import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('countries and calendar API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  describe('customer calendars', () => {
    it('contact windows follow the customer’s access and local calendar', async () => {
      const de = await ctx.newCustomer(org.eastRep, {
        name: 'Nordwerk Solar GmbH',
        country: 'DE',
        region: 'BY',
      });
      const res = await ctx.client(org.eastRep).get(`/customers/${de.id}/contact-windows?days=3`);
      expect(res.statusCode).toBe(200);
      const body = res.json();
      expect(body.customer).toMatchObject({ country: 'DE', timeZone: 'Europe/Berlin' });
      expect(body.home).toMatchObject({ country: 'CN', timeZone: 'Asia/Shanghai' });
      expect(body.days).toHaveLength(3);
      for (const d of body.days) {
        for (const w of d.windows)
          expect(w.home.start >= '09:00' && w.customer.end <= '18:00').toBe(true);
      }
      expect(
        (await ctx.client(org.eastRep2).get(`/customers/${de.id}/contact-windows`)).statusCode,
      ).toBe(404);
      expect(
        (await ctx.client(org.westManager).get(`/customers/${de.id}/contact-windows`)).statusCode,
      ).toBe(404);
      expect((await ctx.client().get(`/customers/${de.id}/contact-windows`)).statusCode).toBe(401);
      expect(
        (await ctx.client(org.eastRep).get(`/customers/${de.id}/contact-windows?days=99`))
          .statusCode,
      ).toBe(400);
      // Only a country the zone data knows nothing of (Antarctica's stations) leaves no zone.
      const aq = await ctx.newCustomer(org.eastRep, {
        name: 'Polar Station Supply',
        country: 'AQ',
      });
      const conflict = await ctx.client(org.eastRep).get(`/customers/${aq.id}/contact-windows`);
      expect(conflict.statusCode).toBe(409);
      expect(conflict.json().detail).toContain('time zone');
    });

    it('upcoming holidays count only the caller’s customers', async () => {
      const ws = await ctx.newWorkspace();
      const rep = await ctx.newUser(ws.id, 'rep');
      const other = await ctx.newUser(ws.id, 'rep');
      await ctx.newCustomer(rep, { name: 'A', country: 'DE' });
      await ctx.newCustomer(rep, { name: 'B', country: 'DE' });
      await ctx.newCustomer(other, { name: 'C', country: 'DE' });
      const now = new Date();
      const res = (await ctx.client(rep).get('/dashboard/upcoming-holidays?days=60')).json();
      expect(res.from).toBe(now.toISOString().slice(0, 10));
      for (const item of res.items) expect(item).toMatchObject({ country: 'DE', customers: 2 });
      expect((await ctx.client(rep).get('/dashboard/upcoming-holidays?days=0')).statusCode).toBe(
        400,
      );
    });
  });
});
