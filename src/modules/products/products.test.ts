import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

const pump = {
  sku: 'CP-100',
  names: { zh: '离心泵', en: 'Centrifugal pump', de: 'Kreiselpumpe' },
  descriptions: { en: 'Cast iron, 2.2 kW' },
  unit: 'pcs',
  hsCode: '841370',
  moq: 10,
  leadTimeDays: 30,
  weightKg: 48.5,
  volumeM3: 0.12,
};

describe.each(testDialects())('products on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const count = async (table: 'products' | 'audit_log') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((e) => e.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('lets an admin create a product with names per language, and audits it', async () => {
    const res = await ctx.client(org.admin).post('/products', pump);
    expect(res.statusCode).toBe(201);
    const p = res.json();
    expect(p).toMatchObject({ ...pump, active: true, customFields: {} });
    expect((await ctx.client(org.westRep).get(`/products/${p.id}`)).json()).toEqual(p);
    const audit = await ctx.client(org.admin).get(`/audit-log?entityId=${p.id as string}`);
    expect(audit.json().items[0]).toMatchObject({
      action: 'create',
      entityType: 'product',
      entityName: 'CP-100',
    });
  });

  it('lets a manager write and a rep only read', async () => {
    const created = await ctx
      .client(org.eastManager)
      .post('/products', { sku: 'GV-50', names: { en: 'Gate valve' }, unit: 'pcs' });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const before = await count('products');
    const rep = ctx.client(org.eastRep);
    expect(
      (await rep.post('/products', { sku: 'X-1', names: { en: 'X' }, unit: 'pcs' })).statusCode,
    ).toBe(403);
    expect((await rep.patch(`/products/${id}`, { active: false })).statusCode).toBe(403);
    expect((await rep.delete(`/products/${id}`)).statusCode).toBe(403);
    expect(await count('products')).toBe(before);
    expect((await rep.get(`/products/${id}`)).json()).toMatchObject({ active: true });
    expect((await rep.get('/products?q=gv-50')).json().items).toHaveLength(1);
  });

  it.each([
    ['an HS code with letters', { hsCode: '8413AB' }, '/hsCode', 'hs_code'],
    ['an HS code of five digits', { hsCode: '84137' }, '/hsCode', 'hs_code'],
    ['an HS code with dots', { hsCode: '8413.70' }, '/hsCode', 'hs_code'],
    ['no name in any language', { names: { en: '  ' } }, '/names', 'product_name'],
    ['no names at all', { names: {} }, '/names', 'product_name'],
    ['a language that is not a tag', { names: { 'en_US!': 'Pump' } }, '/names/en_US!', 'language'],
    ['an unknown unit', { unit: 'dozen' }, '/unit', 'one_of'],
    ['a negative MOQ', { moq: -5 }, '/moq', 'minimum'],
    ['a negative weight', { weightKg: -1 }, '/weightKg', 'minimum'],
    [
      'an undefined custom field',
      { customFields: { voltage: '220V' } },
      '/customFields/voltage',
      'unknown_custom_field',
    ],
    ['an empty SKU', { sku: '   ' }, '/sku', 'required'],
  ])('refuses %s and writes nothing', async (_case, change, path, code) => {
    const before = [await count('products'), await count('audit_log')];
    const res = await ctx
      .client(org.admin)
      .post('/products', { ...pump, sku: `BAD-${Math.random()}`, ...change });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ path, code })]),
    );
    expect([await count('products'), await count('audit_log')]).toEqual(before);
  });

  it('refuses a SKU already taken, also written full-width', async () => {
    const before = await count('products');
    for (const sku of ['CP-100', ' ＣＰ－１００ ']) {
      const res = await ctx.client(org.admin).post('/products', { ...pump, sku });
      expect(res.statusCode).toBe(409);
      expect(res.json().errors).toMatchObject([{ path: '/sku', code: 'taken' }]);
    }
    expect(await count('products')).toBe(before);
  });

  it('takes custom fields defined for products, not customers’', async () => {
    const admin = ctx.client(org.admin);
    const f = await admin.post('/custom-fields', {
      key: 'voltage',
      label: 'Voltage',
      type: 'select',
      options: ['220V', '380V'],
      entity: 'product',
    });
    expect(f.statusCode).toBe(201);
    await admin.post('/custom-fields', { key: 'incoterm', label: 'Incoterm', type: 'text' });
    expect(
      (await admin.get('/custom-fields')).json().items.map((x: { key: string }) => x.key),
    ).toEqual(['incoterm']);
    expect(
      (await admin.get('/custom-fields?entity=product'))
        .json()
        .items.map((x: { key: string }) => x.key),
    ).toEqual(['voltage']);
    const ok = await admin.post('/products', {
      sku: 'MTR-3',
      names: { en: 'Motor' },
      unit: 'pcs',
      customFields: { voltage: '380V' },
    });
    expect(ok.json()).toMatchObject({ customFields: { voltage: '380V' } });
    const bad = await admin.post('/products', {
      sku: 'MTR-4',
      names: { en: 'Motor' },
      unit: 'pcs',
      customFields: { incoterm: 'FOB', voltage: '110V' },
    });
    expect(bad.json().errors).toMatchObject([
      { path: '/customFields/incoterm', code: 'unknown_custom_field' },
      { path: '/customFields/voltage', code: 'one_of' },
    ]);
    // A customer cannot carry the product's field either.
    const customer = await admin.post('/customers', {
      name: 'Field Test GmbH',
      country: 'DE',
      customFields: { voltage: '380V' },
    });
    expect(customer.json().errors).toMatchObject([
      { path: '/customFields/voltage', code: 'unknown_custom_field' },
    ]);
  });

  it('changes a product, audits what changed and keeps the search current', async () => {
    const admin = ctx.client(org.admin);
    const p = (await admin.get('/products?q=CP-100')).json().items[0];
    const res = await admin.patch(`/products/${p.id as string}`, {
      names: { zh: '多级离心泵', en: 'Multistage pump' },
      hsCode: null,
      active: false,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      names: { zh: '多级离心泵', en: 'Multistage pump' },
      hsCode: null,
      active: false,
      moq: 10,
    });
    expect((await admin.get('/products?q=multistage')).json().items).toHaveLength(1);
    expect((await admin.get('/products?q=kreiselpumpe')).json().items).toHaveLength(0);
    const audit = (await admin.get(`/audit-log?entityId=${p.id as string}`)).json().items[0];
    expect(audit).toMatchObject({ action: 'update' });
    expect(Object.keys(audit.changes).sort()).toEqual(['active', 'hsCode', 'names']);
    // Nothing changed: no new audit row.
    const before = await count('audit_log');
    await admin.patch(`/products/${p.id as string}`, { active: false });
    expect(await count('audit_log')).toBe(before);
    await admin.patch(`/products/${p.id as string}`, { active: true });
    expect((await admin.patch('/products/nope', { active: true })).statusCode).toBe(404);
  });

  it('lists by SKU with search, the active filter and pages', async () => {
    const admin = ctx.client(org.admin);
    for (const [sku, en, zh] of [
      ['LED-10', 'LED flood light 10W', 'LED投光灯10瓦'],
      ['LED-20', 'LED flood light 20W', 'LED投光灯20瓦'],
      ['LED-50', 'LED street light 50W', 'LED路灯50瓦'],
      ['PCT%5', 'Discount 5% valve', '阀门'],
    ] as const)
      await admin.post('/products', { sku, names: { en, zh }, unit: 'pcs' });
    await admin.patch(
      `/products/${(await admin.get('/products?q=LED-50')).json().items[0].id as string}`,
      { active: false },
    );
    const skus = async (q: string) =>
      (await admin.get(`/products?${q}`)).json().items.map((p: { sku: string }) => p.sku);
    expect(await skus('q=flood')).toEqual(['LED-10', 'LED-20']);
    expect(await skus('q=' + encodeURIComponent('投光灯'))).toEqual(['LED-10', 'LED-20']);
    expect(await skus('q=led&active=false')).toEqual(['LED-50']);
    expect(await skus('q=led&active=true')).toEqual(['LED-10', 'LED-20']);
    // % and _ are literal.
    expect(await skus('q=' + encodeURIComponent('5%'))).toEqual(['PCT%5']);
    expect(await skus('q=' + encodeURIComponent('_'))).toEqual([]);
    const first = (await admin.get('/products?q=led&limit=2')).json();
    expect(first.items.map((p: { sku: string }) => p.sku)).toEqual(['LED-10', 'LED-20']);
    const second = (
      await admin.get(`/products?q=led&limit=2&cursor=${first.nextCursor as string}`)
    ).json();
    expect(second).toMatchObject({ items: [{ sku: 'LED-50' }], nextCursor: null });
  });

  it('deletes a product with its prices', async () => {
    const admin = ctx.client(org.admin);
    const p = (
      await admin.post('/products', { sku: 'DEL-1', names: { en: 'Gone' }, unit: 'set' })
    ).json();
    const list = await admin.post('/price-lists', {
      name: 'Delete test',
      currency: 'USD',
      validFrom: '2026-01-01',
      items: [{ productId: p.id, breaks: [{ minQuantity: 1, unitPriceMinor: 100 }] }],
    });
    expect(list.json()).toMatchObject({ products: 1 });
    expect((await admin.delete(`/products/${p.id as string}`)).statusCode).toBe(204);
    expect((await admin.get(`/products/${p.id as string}`)).statusCode).toBe(404);
    expect((await admin.get(`/price-lists/${list.json().id as string}`)).json()).toMatchObject({
      products: 0,
    });
    expect((await admin.delete(`/products/${p.id as string}`)).statusCode).toBe(404);
    const audit = (await admin.get(`/audit-log?entityId=${p.id as string}`)).json().items[0];
    expect(audit).toMatchObject({ action: 'delete', entityName: 'DEL-1' });
  });

  it('refuses to delete a product a quote offers, naming the quote; retiring it still works', async () => {
    const admin = ctx.client(org.admin);
    const p = (
      await admin.post('/products', { sku: 'QUOTED-1', names: { en: 'Quoted' }, unit: 'pcs' })
    ).json();
    const c = await ctx.newCustomer(org.admin, { name: 'Quoted Buyer', country: 'GB' });
    const quote = await admin.post('/quotes', {
      customerId: c.id,
      currency: 'GBP',
      lines: [{ productId: p.id, quantity: 1, unitPriceMinor: 500 }],
    });
    expect(quote.statusCode, quote.body).toBe(201);
    const refused = await admin.delete(`/products/${p.id as string}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain(`${quote.json().number as string} A`);
    expect((await admin.get(`/products/${p.id as string}`)).statusCode).toBe(200);
    const retired = await admin.patch(`/products/${p.id as string}`, { active: false });
    expect(retired.json()).toMatchObject({ active: false });
  });
});
