import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { quoteBody } from './quote-body.fixture.ts';

// What a quote takes from the rest of the selling half: catalogue products on its lines, and
// the deal it is made under.
describe.each(testDialects())('quotes with products and deals on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('a product line takes the SKU, unit, HS code and name of the catalogue product', async () => {
    const product = await ctx.client(org.admin).post('/products', {
      sku: 'INV-5K',
      names: { en: 'Solar inverter 5 kW', pt: 'Inversor solar 5 kW', zh: '太阳能逆变器 5 千瓦' },
      unit: 'set',
      hsCode: '85044090',
    });
    expect(product.statusCode, product.body).toBe(201);
    const c = await ctx.newCustomer(org.eastRep, { name: 'Recife Energia', country: 'BR' });
    const res = await ctx.client(org.eastRep).post(
      '/quotes',
      quoteBody(c.id, {
        lines: [{ productId: product.json().id, quantity: 2, unitPriceMinor: 100_000 }],
      }),
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().lines[0]).toMatchObject({
      productId: product.json().id,
      sku: 'INV-5K',
      unit: 'set',
      hsCode: '85044090',
    });
    const pdfText = JSON.stringify(res.json().lines[0]);
    expect(pdfText).toMatch(/Inversor solar 5 kW|Solar inverter 5 kW/);
  });

  it('belongs to a deal of the same customer in the caller’s scope, and lists by deal', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Deal Quotes Ltda', country: 'BR' });
    const other = await ctx.newCustomer(org.eastRep, { name: 'Other Buyer Ltda', country: 'BR' });
    const foreign = await ctx.newCustomer(org.westRep, { name: 'West Buyer SA', country: 'AR' });
    const openDeal = async (who: typeof org.eastRep, customerId: string) => {
      const res = await ctx.client(who).post('/deals', {
        customerId,
        title: 'Pumps',
        amountMinor: 500_000,
        currency: 'BRL',
        expectedCloseDate: '2026-06-30',
      });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as string;
    };
    const deal = await openDeal(org.eastRep, c.id);
    const westDeal = await openDeal(org.westRep, foreign.id);
    const rep = ctx.client(org.eastRep);

    const linked = await rep.post('/quotes', quoteBody(c.id, { dealId: deal }));
    expect(linked.statusCode, linked.body).toBe(201);
    expect(linked.json().dealId).toBe(deal);
    const wrongCustomer = await rep.post('/quotes', quoteBody(other.id, { dealId: deal }));
    expect(wrongCustomer.json().errors[0]).toMatchObject({
      path: '/dealId',
      code: 'deal_customer',
    });
    const outOfScope = await rep.post('/quotes', quoteBody(c.id, { dealId: westDeal }));
    expect(outOfScope.json().errors[0]).toMatchObject({ path: '/dealId', code: 'not_in_scope' });

    const byDeal = (await rep.get(`/quotes?dealId=${deal}`)).json();
    expect(byDeal.items.map((q: { id: string }) => q.id)).toEqual([linked.json().id]);
  });
});
