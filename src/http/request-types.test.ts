import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext, salesOrg, type Actor } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';

// Request input is taken as typed: a JSON body is never coerced (null stays null, true is not
// "true"), text parts are, and no part lets NaN or ±Infinity through.
describe.each(testDialects())('request types (%s)', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let admin: Actor;
  let rep: Actor;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    admin = org.admin;
    rep = org.eastRep;
  });
  afterAll(() => ctx.close());

  const codes = (res: { json: () => unknown }) =>
    ((res.json() as { errors?: { path: string; code: string }[] }).errors ?? []).map(
      (e) => `${e.path} ${e.code}`,
    );

  describe('numbers', () => {
    const order = (customerId: string, number: string, amountMinor: unknown) => ({
      customerId,
      number,
      orderDate: '2026-01-15',
      amountMinor,
      currency: 'EUR',
    });

    it('refuses infinite and unsafe amounts with a 400 and stores nothing', async () => {
      const c = await ctx.newCustomer(rep);
      const client = ctx.client(rep);
      const bad: [string, unknown][] = [
        ['INF-1', 'Infinity'],
        ['INF-2', '-Infinity'],
        ['INF-3', '1e999'],
        ['INF-4', 1e308],
        ['INF-5', Number.MAX_SAFE_INTEGER + 2],
        ['INF-6', '100'],
      ];
      for (const [number, amount] of bad) {
        const res = await client.post('/orders', order(c.id, number, amount));
        expect(res.statusCode, `${String(amount)}`).toBe(400);
        expect(codes(res)[0]).toMatch(/^\/amountMinor (type|maximum|amount_minor)$/);
      }
      const raw = JSON.stringify(order(c.id, 'INF-7', 0)).replace(
        '"amountMinor":0',
        '"amountMinor":1e999',
      );
      const res = await ctx.app.inject({
        method: 'POST',
        url: '/api/v1/orders',
        headers: { authorization: `Bearer ${rep.token}`, 'content-type': 'application/json' },
        payload: raw,
      });
      expect(res.statusCode).toBe(400);
      const stored = await ctx.db
        .selectFrom('orders')
        .select('number')
        .where('customer_id', '=', c.id)
        .execute();
      expect(stored).toEqual([]);
      // The largest safe amount is an amount.
      const big = await client.post('/orders', order(c.id, 'BIG-1', Number.MAX_SAFE_INTEGER));
      expect(big.statusCode).toBe(201);
      expect(big.json().amountMinor).toBe(Number.MAX_SAFE_INTEGER);
      expect((await client.get('/orders')).statusCode).toBe(200);
      expect((await client.get(`/customers/${c.id}/orders`)).statusCode).toBe(200);
      const patch = await client.patch(`/orders/${big.json().id}`, { amountMinor: 'Infinity' });
      expect(patch.statusCode).toBe(400);
    });

    it('refuses an infinite cadence', async () => {
      const res = await ctx.client(admin).put('/cadence-policies', {
        items: [{ stage: 'customer', tier: null, days: '1e999' }],
      });
      expect(res.statusCode).toBe(400);
      expect(codes(res)).toContain('/items/0/days type');
      expect((await ctx.client(admin).get('/cadence-policies')).json().custom).toBe(false);
    });

    it('answers 400, not 500, to infinite numbers in the query string', async () => {
      const c = await ctx.newCustomer(rep);
      const client = ctx.client(rep);
      for (const url of [
        '/orders?limit=Infinity',
        '/orders?limit=1e999',
        '/countries/DE?year=Infinity',
        '/countries/DE?year=-Infinity',
        '/dashboard/upcoming-holidays?days=Infinity',
        `/customers/${c.id}/contact-windows?days=1e999`,
        '/customers?limit=NaN',
      ]) {
        const res = await client.get(url);
        expect(res.statusCode, url).toBe(400);
        expect(res.json().errors?.[0]?.code, url).toMatch(/^(type|maximum|minimum)$/);
      }
      // Text parts are still coerced.
      expect((await client.get('/orders?limit=5')).statusCode).toBe(200);
      expect((await client.get('/countries/DE?year=2026')).statusCode).toBe(200);
    });
  });

  describe('null and booleans in JSON bodies', () => {
    it('null time zone goes back to the country’s; "" is refused', async () => {
      const c = await ctx.newCustomer(rep, { country: 'DE', timeZone: 'Europe/Lisbon' });
      const client = ctx.client(rep);
      const res = await client.patch(`/customers/${c.id}`, { timeZone: null });
      expect(res.statusCode).toBe(200);
      expect(res.json().timeZone).toBe('Europe/Berlin');
      expect((await ctx.rawCustomer(org.ws.id, c.id))?.time_zone).toBe('Europe/Berlin');
      const empty = await client.patch(`/customers/${c.id}`, { timeZone: '' });
      expect(empty.statusCode).toBe(400);
      expect(codes(empty)).toEqual(['/timeZone time_zone']);
      // What once answered 500 after a "" time zone answers now.
      const logged = await client.post('/activities', {
        customerId: c.id,
        type: 'call',
        direction: 'outbound',
        occurredAt: '2026-01-10T09:00:00+01:00',
        summary: 'Call',
      });
      expect(logged.statusCode).toBe(201);
      expect((await client.get('/inbox')).statusCode).toBe(200);
    });

    it('null region and city are stored as NULL, not ""', async () => {
      const c = await ctx.newCustomer(rep, { country: 'DE', region: 'BY', city: 'München' });
      const res = await ctx.client(rep).patch(`/customers/${c.id}`, { region: null, city: null });
      expect(res.statusCode).toBe(200);
      const raw = await ctx.rawCustomer(org.ws.id, c.id);
      expect(raw?.region).toBeNull();
      expect(raw?.city).toBeNull();
    });

    it('an activity with contactId null has no contact; "" is not a contact', async () => {
      const c = await ctx.newCustomer(rep);
      const body = {
        customerId: c.id,
        type: 'call',
        direction: 'outbound',
        occurredAt: '2026-01-10T09:00:00+01:00',
        summary: 'Call',
      };
      const none = await ctx.client(rep).post('/activities', { ...body, contactId: null });
      expect(none.statusCode).toBe(201);
      const rows = await ctx.db
        .selectFrom('activities')
        .select('contact_id')
        .where('customer_id', '=', c.id)
        .execute();
      expect(rows).toEqual([{ contact_id: null }]);
      const empty = await ctx.client(rep).post('/activities', { ...body, contactId: '' });
      expect(empty.statusCode).toBe(400);
      expect(codes(empty)).toEqual(['/contactId not_a_contact']);
    });

    it('a boolean or number is not text', async () => {
      const res = await ctx
        .client(admin)
        .post('/custom-fields', { key: true, label: 'Flag', type: 'text' });
      expect(res.statusCode).toBe(400);
      expect(codes(res)).toEqual(['/key type']);
      const num = await ctx.client(rep).post('/customers', { name: 12345, country: 'DE' });
      expect(num.statusCode).toBe(400);
      expect(codes(num)).toEqual(['/name type']);
    });
  });
});
