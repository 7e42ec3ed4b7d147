import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

// A Chinese factory's catalogue: model number, names, HS code, unit, USD price, MOQ, lead time.
// Row 5 has letters in its HS code, row 6 an unknown unit, row 7 no name for a new SKU.
const CATALOGUE = [
  '型号,品名,英文品名,海关编码,单位,单价,最小起订量,交期',
  'CP-100,离心泵,Centrifugal pump,8413.70,台,"1,250.00",10,30天',
  'GV-50,闸阀,Gate valve DN50,848180,个,22.50,100,4周',
  'LED-F50,LED投光灯,LED flood light 50W,940540,pcs,18.00,200,15',
  'BAD-HS,坏编码,Bad HS,84AB70,个,1.00,1,1',
  'BAD-UNIT,坏单位,Bad unit,848180,dozen,1.00,1,1',
  'NO-NAME,,,848180,个,1.00,1,1',
].join('\n');

describe.each(testDialects())('product import on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let usd: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    usd = (
      await ctx
        .client(org.admin)
        .post('/price-lists', { name: 'FOB USD', currency: 'USD', validFrom: '2026-01-01' })
    ).json().id as string;
  });
  afterAll(() => ctx.close());

  const run = async (
    actor: Actor,
    file: { name: string; content: string | Buffer },
    fields: Record<string, string> = {},
  ) => {
    const res = await ctx.upload(actor, '/imports', file, { entity: 'products', ...fields });
    if (res.statusCode !== 202) return res;
    await ctx.imports.wait(res.json().id as string);
    return ctx.client(actor).get(`/imports/${res.json().id as string}`);
  };
  const products = async () =>
    ctx.db
      .selectFrom('products')
      .selectAll()
      .where('workspace_id', '=', org.ws.id)
      .orderBy('sku')
      .execute();
  const items = async () =>
    (await ctx.client(org.admin).get(`/price-lists/${usd}/items`)).json().items as {
      sku: string;
      breaks: { minQuantity: number; unitPriceMinor: number }[];
    }[];

  it('guesses the Chinese headers in the preview', async () => {
    const res = await ctx.upload(
      org.admin,
      '/imports/preview',
      { name: 'catalogue.csv', content: CATALOGUE },
      { entity: 'products' },
    );
    expect(res.json()).toMatchObject({
      mapping: {
        型号: 'sku',
        品名: 'nameZh',
        英文品名: 'nameEn',
        海关编码: 'hsCode',
        单位: 'unit',
        单价: 'unitPrice',
        最小起订量: 'moq',
        交期: 'leadTimeDays',
      },
    });
    expect(res.json().targets).toContain('minQuantity');
  });

  it('imports products and their prices, with a problem per bad row, and again changes nothing', async () => {
    const dry = (
      await run(
        org.eastManager,
        { name: 'c.csv', content: CATALOGUE },
        { priceListId: usd, dryRun: 'true' },
      )
    ).json();
    expect(dry.counts).toEqual({ created: 3, updated: 0, merged: 0, unchanged: 0, rejected: 3 });
    expect(await products()).toEqual([]);

    const job = (
      await run(org.admin, { name: 'c.csv', content: CATALOGUE }, { priceListId: usd })
    ).json();
    expect(job).toMatchObject({ status: 'done', counts: { created: 3, rejected: 3 } });
    expect(
      job.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code]),
    ).toEqual([
      [5, 'hsCode', 'hs_code'],
      [6, 'unit', 'unknown_unit'],
      [7, 'nameZh', 'product_name'],
    ]);
    const pump = (await ctx.client(org.eastRep).get('/products?q=CP-100')).json().items[0];
    expect(pump).toMatchObject({
      names: { zh: '离心泵', en: 'Centrifugal pump' },
      hsCode: '841370',
      unit: 'set',
      moq: 10,
      leadTimeDays: 30,
    });
    expect(await items()).toMatchObject([
      { sku: 'CP-100', breaks: [{ minQuantity: 1, unitPriceMinor: 125_000 }] },
      { sku: 'GV-50', breaks: [{ minQuantity: 1, unitPriceMinor: 2_250 }] },
      { sku: 'LED-F50', breaks: [{ minQuantity: 1, unitPriceMinor: 1_800 }] },
    ]);

    const again = (
      await run(org.admin, { name: 'c.csv', content: CATALOGUE }, { priceListId: usd })
    ).json();
    expect(again.counts).toEqual({ created: 0, updated: 0, merged: 0, unchanged: 3, rejected: 3 });
    expect((await products()).map((p) => p.sku)).toEqual(['CP-100', 'GV-50', 'LED-F50']);

    const cheaper = CATALOGUE.replace('22.50', '21.00').replace(
      'Centrifugal pump',
      'Centrifugal pump 2.2kW',
    );
    const changed = (
      await run(org.admin, { name: 'c.csv', content: cheaper }, { priceListId: usd })
    ).json();
    expect(changed.counts).toMatchObject({ created: 0, updated: 2, unchanged: 1 });
    expect((await items()).find((i) => i.sku === 'GV-50')?.breaks).toEqual([
      { minQuantity: 1, unitPriceMinor: 2_100 },
    ]);
    expect(
      (await ctx.client(org.admin).get(`/products/${pump.id as string}`)).json().names,
    ).toEqual({
      zh: '离心泵',
      en: 'Centrifugal pump 2.2kW',
    });
  });

  it('reads quantity breaks from rows of one SKU in an XLSX price sheet, by English headers', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Prices');
    ws.addRow(['Item No.', 'Qty break', 'Unit price', 'Currency', 'Product name']);
    ws.addRow(['GV-50', 1, 21, 'USD', '']);
    ws.addRow(['GV-50', 100, 19.5, 'USD', '']);
    ws.addRow(['GV-50', 500, 18, 'USD', '']);
    ws.addRow(['VB-20', 1, 9.9, 'USD', 'Ball valve DN20']);
    ws.addRow(['VB-21', 1, 9.9, 'EUR', 'Ball valve DN21']);
    const content = Buffer.from(await wb.xlsx.writeBuffer());
    const job = (
      await run(org.admin, { name: 'prices.xlsx', content }, { priceListId: usd })
    ).json();
    expect(job.counts).toEqual({ created: 1, updated: 1, merged: 2, unchanged: 0, rejected: 1 });
    expect(job.errors).toMatchObject([{ row: 6, field: 'currency', code: 'price_list_currency' }]);
    expect((await items()).find((i) => i.sku === 'GV-50')?.breaks).toEqual([
      { minQuantity: 1, unitPriceMinor: 2_100 },
      { minQuantity: 100, unitPriceMinor: 1_950 },
      { minQuantity: 500, unitPriceMinor: 1_800 },
    ]);
    const again = (
      await run(org.admin, { name: 'prices.xlsx', content }, { priceListId: usd })
    ).json();
    expect(again.counts).toEqual({ created: 0, updated: 0, merged: 2, unchanged: 2, rejected: 1 });
  });

  it('refuses reps, a price column without a price list, and an unknown list, writing nothing', async () => {
    const before = (await products()).length;
    const rep = await ctx.upload(
      org.eastRep,
      '/imports',
      { name: 'c.csv', content: CATALOGUE },
      { entity: 'products' },
    );
    expect(rep.statusCode).toBe(403);
    const preview = await ctx.upload(
      org.eastRep,
      '/imports/preview',
      { name: 'c.csv', content: CATALOGUE },
      { entity: 'products' },
    );
    expect(preview.statusCode).toBe(403);
    const noList = await ctx.upload(
      org.admin,
      '/imports',
      { name: 'c.csv', content: CATALOGUE },
      { entity: 'products' },
    );
    expect(noList.statusCode).toBe(400);
    expect(noList.json().errors).toMatchObject([{ path: '/priceListId', code: 'required' }]);
    const unknown = await ctx.upload(
      org.admin,
      '/imports',
      { name: 'c.csv', content: CATALOGUE },
      { entity: 'products', priceListId: 'nope' },
    );
    expect(unknown.json().errors).toMatchObject([{ path: '/priceListId', code: 'no_such' }]);
    const noSku = await ctx.upload(
      org.admin,
      '/imports',
      { name: 'c.csv', content: '品名,单位\n泵,台\n' },
      { entity: 'products' },
    );
    expect(noSku.json().errors).toMatchObject([{ path: '/mapping', code: 'mapping_missing' }]);
    expect((await products()).length).toBe(before);
    // Without a price column no list is needed: the catalogue alone.
    const plain = (
      await run(org.admin, { name: 'c.csv', content: '型号,品名,单位\nPL-1,管道,米\n' })
    ).json();
    expect(plain.counts).toMatchObject({ created: 1 });
    expect((await products()).find((p) => p.sku === 'PL-1')).toMatchObject({ unit: 'm' });
  });
});
