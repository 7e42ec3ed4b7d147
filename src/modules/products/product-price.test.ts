import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { priceFor, productForQuote } from './product-records.service.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

// The rule itself is table-tested in src/domain/sales/price.test.ts; this checks that the route and
// the records service feed it the right lists, the customer's country, currency and segments, and
// that access follows the customer's scope.
describe.each(testDialects())('product prices on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let pump: string;
  const lists: Record<string, string> = {};
  const customers: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    pump = (
      await admin.post('/products', {
        sku: 'CP-100',
        names: { zh: '离心泵', en: 'Centrifugal pump' },
        unit: 'pcs',
        hsCode: '841370',
      })
    ).json().id as string;
    const segment = (
      await admin.post('/segments', {
        name: 'Key accounts',
        filter: { match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: ['key'] }] },
      })
    ).json().id as string;
    const list = async (name: string, extra: object, breaks: [number, number][]) => {
      const res = await admin.post('/price-lists', {
        name,
        validFrom: '2026-01-01',
        ...extra,
        items: [
          {
            productId: pump,
            breaks: breaks.map(([minQuantity, unitPriceMinor]) => ({
              minQuantity,
              unitPriceMinor,
            })),
          },
        ],
      });
      lists[name] = res.json().id as string;
    };
    await list('USD default', { currency: 'USD' }, [
      [1, 12_000],
      [100, 10_500],
    ]);
    await list('USD 2025', { currency: 'USD', validFrom: '2025-01-01', validTo: '2025-12-31' }, [
      [1, 13_000],
    ]);
    await list('EUR Germany', { currency: 'EUR', country: 'DE' }, [
      [1, 11_000],
      [50, 10_000],
    ]);
    await list('USD key accounts', { currency: 'USD', segmentId: segment }, [[1, 9_900]]);
    customers.us = (
      await ctx.newCustomer(org.eastRep, { name: 'Acme Pumps Inc', country: 'US' })
    ).id;
    customers.de = (await ctx.newCustomer(org.eastRep, { name: 'Müller GmbH', country: 'DE' })).id;
    customers.deUsd = (
      await ctx.newCustomer(org.eastRep, { name: 'Schmidt AG', country: 'DE', currency: 'USD' })
    ).id;
    customers.key = (
      await ctx.newCustomer(org.eastRep, { name: 'Key Corp', country: 'US', tags: ['key'] })
    ).id;
    customers.west = (await ctx.newCustomer(org.westRep, { name: 'West Ltd', country: 'GB' })).id;
  });
  afterAll(() => ctx.close());

  const price = (actor: Org['eastRep'], query: string) =>
    ctx.client(actor).get(`/products/${pump}/price?${query}`);

  it.each([
    ['a US customer: the default list', 'us', 1, 'USD default', 12_000, 'default'],
    ['a quantity break', 'us', 100, 'USD default', 10_500, 'default'],
    ['a German customer: the country list', 'de', 60, 'EUR Germany', 10_000, 'country'],
    [
      'a German customer billed in USD: the USD list first',
      'deUsd',
      1,
      'USD default',
      12_000,
      'default',
    ],
    ['a customer in the segment: the segment list', 'key', 1, 'USD key accounts', 9_900, 'segment'],
  ])('%s', async (_case, who, quantity, list, unitPriceMinor, scope) => {
    const res = await price(
      org.eastRep,
      `customerId=${customers[who]!}&quantity=${quantity}&date=2026-03-01`,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      productId: pump,
      customerId: customers[who],
      quantity,
      date: '2026-03-01',
      price: { unitPriceMinor, priceList: { id: lists[list], name: list, scope } },
    });
  });

  it('reads the list in force on the date, and answers null before any list', async () => {
    const old = (await price(org.eastRep, `customerId=${customers.us!}&date=2025-06-01`)).json();
    expect(old.price).toMatchObject({ unitPriceMinor: 13_000, currency: 'USD', minorDigits: 2 });
    const none = (await price(org.eastRep, `customerId=${customers.us!}&date=2024-06-01`)).json();
    expect(none.price).toBeNull();
  });

  it('prices for no customer from default lists, today unless told', async () => {
    const res = (await price(org.westRep, 'quantity=150')).json();
    expect(res).toMatchObject({ customerId: null, price: { unitPriceMinor: 10_500 } });
    expect(res.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('answers 404 for a customer outside the scope, and for unknown records', async () => {
    expect((await price(org.eastRep, `customerId=${customers.west!}`)).statusCode).toBe(404);
    expect((await price(org.eastManager, `customerId=${customers.west!}`)).statusCode).toBe(404);
    expect((await price(org.westRep, `customerId=${customers.de!}`)).statusCode).toBe(404);
    expect((await price(org.eastRep2, `customerId=${customers.de!}`)).statusCode).toBe(404);
    expect((await price(org.eastManager, `customerId=${customers.de!}`)).statusCode).toBe(200);
    expect((await price(org.admin, `customerId=${customers.west!}`)).statusCode).toBe(200);
    expect((await price(org.admin, 'customerId=nope')).statusCode).toBe(404);
    expect((await ctx.client(org.admin).get('/products/nope/price')).statusCode).toBe(404);
  });

  it.each([
    ['date=2026-02-30', '/querystring/date'],
    ['date=tomorrow', '/querystring/date'],
    ['quantity=0', '/querystring/quantity'],
    ['quantity=-3', '/querystring/quantity'],
  ])('refuses %s', async (query, path) => {
    const res = await price(org.admin, query);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe(path);
  });

  it('gives other modules the product and its price inside their transaction', async () => {
    const got = await ctx.db.transaction().execute(async (tx) => ({
      product: await productForQuote(tx, org.ws.id, pump),
      missing: await productForQuote(tx, org.ws.id, 'nope'),
      price: await priceFor(tx, org.eastRep.scope, {
        productId: pump,
        customerId: customers.de!,
        quantity: 1,
        date: '2026-03-01',
      }),
    }));
    expect(got.product).toEqual({
      id: pump,
      sku: 'CP-100',
      names: { zh: '离心泵', en: 'Centrifugal pump' },
      unit: 'pcs',
      hsCode: '841370',
      active: true,
    });
    expect(got.missing).toBeUndefined();
    expect(got.price).toEqual({
      unitPriceMinor: 11_000,
      currency: 'EUR',
      minorDigits: 2,
      minQuantity: 1,
      priceList: { id: lists['EUR Germany'], name: 'EUR Germany', scope: 'country' },
    });
    await expect(
      priceFor(ctx.db, org.westRep.scope, {
        productId: pump,
        customerId: customers.de!,
        quantity: 1,
      }),
    ).rejects.toMatchObject({ status: 404 });
  });
});
