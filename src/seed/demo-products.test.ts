import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestContext } from '../../test/support/context.ts';
import { testDialects } from '../../test/support/databases.ts';
import { demoScope } from '../domain/scope.ts';
import { seedDemo } from './demo.ts';

// The demo's catalogue must pass the API's own checks (it is made through the services) and its
// two lists must price a German customer from the EUR list and everyone else from the USD one.
describe.each(testDialects())('demo products on %s', (dialect) => {
  let ctx: TestContext;
  let workspaceId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    ({ workspaceId } = await seedDemo(ctx.db, { customers: 30, services: ctx.services }));
  });
  afterAll(() => ctx.close());

  it('has a catalogue in English and Chinese and two price lists', async () => {
    const scope = demoScope(workspaceId);
    const products = await ctx.services.products.list(scope, { limit: 100 });
    expect(products.items.length).toBeGreaterThanOrEqual(15);
    for (const p of products.items) {
      expect(Object.keys(p.names)).toEqual(expect.arrayContaining(['zh', 'en']));
      expect(p.hsCode).toMatch(/^\d{6,10}$/);
    }
    const lists = (await ctx.services.priceLists.list(scope)).items;
    expect(lists.map((l) => [l.currency, l.scope])).toEqual(
      expect.arrayContaining([
        ['USD', 'default'],
        ['EUR', 'country'],
      ]),
    );
  });

  it('prices a German customer in EUR and a Brazilian one in USD', async () => {
    const scope = demoScope(workspaceId);
    const pump = (await ctx.services.products.list(scope, { q: 'CP-100' })).items[0]!;
    const customers = await ctx.services.customers.list(scope, { limit: 500 });
    const german = customers.items.find((c) => c.country === 'DE' && !c.currency);
    const other = customers.items.find((c) => c.country === 'BR');
    const date = `${new Date().getUTCFullYear()}-06-01`;
    if (german) {
      const p = await ctx.services.products.price(scope, pump.id, { customerId: german.id, date });
      expect(p.price).toMatchObject({ currency: 'EUR', unitPriceMinor: 395_00 });
    }
    if (other) {
      const p = await ctx.services.products.price(scope, pump.id, { customerId: other.id, date });
      expect(p.price?.priceList.scope).toBe('default');
    }
    const big = await ctx.services.products.price(scope, pump.id, { quantity: 500, date });
    expect(big.price).toMatchObject({ currency: 'USD', minQuantity: 500, unitPriceMinor: 378_00 });
  });
});
