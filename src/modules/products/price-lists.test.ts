import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

describe.each(testDialects())('price lists on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let pump: string;
  let valve: string;
  let segmentId: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    const make = async (sku: string, en: string) =>
      (await admin.post('/products', { sku, names: { en }, unit: 'pcs' })).json().id as string;
    pump = await make('P-1', 'Pump');
    valve = await make('V-1', 'Valve');
    segmentId = (
      await admin.post('/segments', {
        name: 'Key accounts',
        filter: { match: 'all', conditions: [{ field: 'tags', op: 'has_any', value: ['key'] }] },
      })
    ).json().id as string;
  });
  afterAll(() => ctx.close());

  const rows = async () => {
    const n = async (table: 'price_lists' | 'price_list_items' | 'audit_log') =>
      Number(
        (
          await ctx.db
            .selectFrom(table)
            .select((e) => e.fn.countAll<number>().as('n'))
            .where('workspace_id', '=', org.ws.id)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return [await n('price_lists'), await n('price_list_items'), await n('audit_log')];
  };

  it('creates a list with prices and quantity breaks, and lists its items by SKU', async () => {
    const admin = ctx.client(org.admin);
    const res = await admin.post('/price-lists', {
      name: 'Export USD 2026',
      currency: 'usd',
      validFrom: '2026-01-01',
      validTo: '2026-12-31',
      items: [
        {
          productId: valve,
          breaks: [
            { minQuantity: 100, unitPriceMinor: 1_900 },
            { minQuantity: 1, unitPriceMinor: 2_250 },
          ],
        },
        { productId: pump, breaks: [{ minQuantity: 1, unitPriceMinor: 12_000 }] },
      ],
    });
    expect(res.statusCode).toBe(201);
    const list = res.json();
    expect(list).toMatchObject({
      currency: 'USD',
      minorDigits: 2,
      scope: 'default',
      country: null,
      segmentId: null,
      products: 2,
    });
    const items = (
      await ctx.client(org.westRep).get(`/price-lists/${list.id as string}/items`)
    ).json();
    expect(items).toMatchObject({
      nextCursor: null,
      items: [
        { sku: 'P-1', breaks: [{ minQuantity: 1, unitPriceMinor: 12_000 }] },
        {
          sku: 'V-1',
          breaks: [
            { minQuantity: 1, unitPriceMinor: 2_250 },
            { minQuantity: 100, unitPriceMinor: 1_900 },
          ],
        },
      ],
    });
    const page = (await admin.get(`/price-lists/${list.id as string}/items?limit=1`)).json();
    expect(page).toMatchObject({ items: [{ sku: 'P-1' }], nextCursor: 'P-1' });
    expect(
      (await admin.get(`/price-lists/${list.id as string}/items?q=valve`)).json().items,
    ).toHaveLength(1);
    const audit = (await admin.get(`/audit-log?entityId=${list.id as string}`)).json().items[0];
    expect(audit).toMatchObject({
      action: 'create',
      entityType: 'price_list',
      entityName: 'Export USD 2026',
    });
    expect(audit.changes['prices.V-1'].after).toHaveLength(2);
    expect((await ctx.client(org.eastRep).get('/price-lists')).json().items).toHaveLength(1);
  });

  it.each([
    ['an unknown currency', { currency: 'ABC' }, '/currency', 'currency'],
    ['a malformed start', { validFrom: '2026-02-30' }, '/validFrom', 'invalid_date'],
    [
      'an end before the start',
      { validFrom: '2026-06-01', validTo: '2026-05-31' },
      '/validTo',
      'not_before_start',
    ],
    ['an unknown country', { country: 'XX' }, '/country', 'country'],
    ['an unknown segment', { segmentId: 'nope' }, '/segmentId', 'no_such'],
    [
      'a country and a segment',
      { country: 'DE', segmentId: 'SEGMENT' },
      '/segmentId',
      'price_list_scope',
    ],
    [
      'an unknown product',
      { items: [{ productId: 'nope', breaks: [] }] },
      '/items/0/productId',
      'no_such',
    ],
    [
      'a product twice',
      {
        items: [
          { productId: 'PUMP', breaks: [{ minQuantity: 1, unitPriceMinor: 1 }] },
          { productId: 'PUMP', breaks: [{ minQuantity: 5, unitPriceMinor: 1 }] },
        ],
      },
      '/items/1/productId',
      'product_twice',
    ],
    [
      'overlapping breaks (one minimum twice)',
      {
        items: [
          {
            productId: 'PUMP',
            breaks: [
              { minQuantity: 10, unitPriceMinor: 900 },
              { minQuantity: 10, unitPriceMinor: 800 },
            ],
          },
        ],
      },
      '/items/0/breaks/1/minQuantity',
      'break_twice',
    ],
    [
      'a negative price',
      { items: [{ productId: 'PUMP', breaks: [{ minQuantity: 1, unitPriceMinor: -100 }] }] },
      '/items/0/breaks/0/unitPriceMinor',
      'minimum',
    ],
    [
      'a price that is not in minor units',
      { items: [{ productId: 'PUMP', breaks: [{ minQuantity: 1, unitPriceMinor: 12.5 }] }] },
      '/items/0/breaks/0/unitPriceMinor',
      'type',
    ],
    [
      'a zero minimum quantity',
      { items: [{ productId: 'PUMP', breaks: [{ minQuantity: 0, unitPriceMinor: 1 }] }] },
      '/items/0/breaks/0/minQuantity',
      'minimum',
    ],
  ])('refuses %s and leaves no row behind', async (_case, change, path, code) => {
    const body = JSON.parse(
      JSON.stringify({
        name: `Bad ${Math.random()}`,
        currency: 'EUR',
        validFrom: '2026-01-01',
        ...change,
      })
        .replaceAll('"PUMP"', JSON.stringify(pump))
        .replaceAll('"SEGMENT"', JSON.stringify(segmentId)),
    ) as object;
    const before = await rows();
    const res = await ctx.client(org.admin).post('/price-lists', body);
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path, code })]),
    );
    expect(await rows()).toEqual(before);
  });

  it('refuses a name taken, and reps writing', async () => {
    const before = await rows();
    const taken = await ctx
      .client(org.admin)
      .post('/price-lists', { name: 'Export USD 2026', currency: 'USD', validFrom: '2026-01-01' });
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toMatchObject([{ path: '/name', code: 'taken' }]);
    const rep = await ctx
      .client(org.eastRep)
      .post('/price-lists', { name: 'Rep list', currency: 'USD', validFrom: '2026-01-01' });
    expect(rep.statusCode).toBe(403);
    expect(await rows()).toEqual(before);
  });

  it('sets, replaces and removes a product’s prices, and audits each change', async () => {
    const manager = ctx.client(org.eastManager);
    const list = (
      await manager.post('/price-lists', {
        name: 'Key accounts EUR',
        currency: 'EUR',
        validFrom: '2026-01-01',
        segmentId,
      })
    ).json();
    expect(list).toMatchObject({ scope: 'segment', segmentName: 'Key accounts', products: 0 });
    const url = `/price-lists/${list.id as string}/items`;
    const set = await manager.post(url, {
      items: [
        {
          productId: pump,
          breaks: [
            { minQuantity: 1, unitPriceMinor: 10_000 },
            { minQuantity: 50, unitPriceMinor: 9_000 },
          ],
        },
      ],
    });
    expect(set.json()).toMatchObject({ products: 1 });
    await manager.post(url, {
      items: [
        { productId: pump, breaks: [{ minQuantity: 10, unitPriceMinor: 9_500 }] },
        { productId: valve, breaks: [{ minQuantity: 1, unitPriceMinor: 2_000 }] },
      ],
    });
    expect((await manager.get(url)).json().items).toMatchObject([
      { sku: 'P-1', breaks: [{ minQuantity: 10, unitPriceMinor: 9_500 }] },
      { sku: 'V-1', breaks: [{ minQuantity: 1, unitPriceMinor: 2_000 }] },
    ]);
    // An empty list of breaks takes the product off; a bad item rejects the whole request.
    const before = await rows();
    const bad = await manager.post(url, {
      items: [
        { productId: valve, breaks: [] },
        { productId: 'missing', breaks: [{ minQuantity: 1, unitPriceMinor: 1 }] },
      ],
    });
    expect(bad.json().errors).toMatchObject([{ path: '/items/1/productId', code: 'no_such' }]);
    expect(await rows()).toEqual(before);
    expect(
      (await manager.post(url, { items: [{ productId: valve, breaks: [] }] })).json(),
    ).toMatchObject({ products: 1 });
    expect((await manager.delete(`${url}/${valve}`)).statusCode).toBe(404);
    expect((await manager.delete(`${url}/${pump}`)).statusCode).toBe(204);
    expect((await manager.get(url)).json().items).toEqual([]);
    const audits = (
      await ctx.client(org.admin).get(`/audit-log?entityId=${list.id as string}`)
    ).json().items;
    expect(audits.map((a: { action: string }) => a.action)).toEqual([
      'update',
      'update',
      'update',
      'update',
      'create',
    ]);
    expect(audits[0].changes['prices.P-1']).toEqual({
      before: [{ minQuantity: 10, unitPriceMinor: 9_500 }],
      after: null,
    });
    expect(
      (await ctx.client(org.eastRep).post(url, { items: [{ productId: pump, breaks: [] }] }))
        .statusCode,
    ).toBe(403);
  });

  it('keeps a list’s currency once it holds prices, and checks a patch against the stored list', async () => {
    const admin = ctx.client(org.admin);
    const list = (
      await admin.post('/price-lists', {
        name: 'Yen',
        currency: 'JPY',
        validFrom: '2026-01-01',
        validTo: '2026-06-30',
      })
    ).json();
    expect(list.minorDigits).toBe(0);
    const url = `/price-lists/${list.id as string}`;
    expect((await admin.patch(url, { currency: 'KWD' })).json()).toMatchObject({
      currency: 'KWD',
      minorDigits: 3,
    });
    await admin.post(`${url}/items`, {
      items: [{ productId: pump, breaks: [{ minQuantity: 1, unitPriceMinor: 125_000 }] }],
    });
    const locked = await admin.patch(url, { currency: 'USD' });
    expect(locked.statusCode).toBe(400);
    expect(locked.json().errors).toMatchObject([
      { path: '/currency', code: 'price_list_currency_locked', params: { currency: 'KWD' } },
    ]);
    const early = await admin.patch(url, { validFrom: '2026-07-01' });
    expect(early.json().errors).toMatchObject([{ path: '/validTo', code: 'not_before_start' }]);
    const both = await admin.patch(url, { country: 'KW' });
    expect(both.json()).toMatchObject({ scope: 'country', country: 'KW' });
    expect((await admin.patch(url, { segmentId })).json().errors).toMatchObject([
      { path: '/segmentId', code: 'price_list_scope' },
    ]);
    expect((await admin.patch(url, { country: null, segmentId })).json()).toMatchObject({
      scope: 'segment',
    });
    expect((await admin.patch(url, { validTo: null, name: 'Kuwait open' })).json()).toMatchObject({
      validTo: null,
      name: 'Kuwait open',
    });
    expect((await admin.patch(url, { name: 'Export USD 2026' })).statusCode).toBe(409);
    expect((await ctx.client(org.westManager).delete(url)).statusCode).toBe(204);
    expect((await admin.get(url)).statusCode).toBe(404);
    expect(
      await ctx.db
        .selectFrom('price_list_items')
        .select('product_id')
        .where('workspace_id', '=', org.ws.id)
        .where('price_list_id', '=', list.id as string)
        .execute(),
    ).toEqual([]);
  });
});
