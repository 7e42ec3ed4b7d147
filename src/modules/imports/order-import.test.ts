import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { ImportsService } from './imports.service.ts';

const ORDERS = [
  '订单号,客户名称,国家,网址,下单日期,金额,币种,状态',
  'PO-2026-001,Müller Maschinenbau GmbH,德国,,2026/3/5,"12.500,00",€,已付款',
  'PO-2026-002,,,ferragens-silva.com.br,05.04.2026,"R$ 8,900.50",BRL,已发货',
  'PO-2026-003,Unknown Buyer Ltd,UK,,2026-04-10,100,USD,',
  'PO-2026-004,Müller Maschinenbau,DE,,2026-13-01,100,USD,',
].join('\n');

describe.each(testDialects())('order import on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let imports: ImportsService;
  let dir: string;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    imports = ctx.imports;
    dir = mkdtempSync(join(tmpdir(), 'chuhai-orders-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx.close();
  });
  const run = async (content: string, extra = {}) => {
    const path = join(dir, `o${Math.random()}.csv`);
    writeFileSync(path, content);
    const job = await imports.start(org.eastRep.scope, {
      filePath: path,
      fileName: 'orders.csv',
      entity: 'orders',
      ...extra,
    });
    await imports.wait(job.id);
    return imports.get(org.eastRep.scope, job.id);
  };

  it('matches customers by name and country or domain, reads local amounts and dates, and is idempotent', async () => {
    const de = await ctx.newCustomer(org.eastRep, {
      name: 'Müller Maschinenbau GmbH',
      country: 'DE',
    });
    const br = await ctx.newCustomer(org.eastRep, {
      name: 'Ferragens Silva Ltda',
      country: 'BR',
      domain: 'ferragens-silva.com.br',
    });
    const job = await run(ORDERS);
    expect(job).toMatchObject({ status: 'done', counts: { created: 2, rejected: 2 } });
    expect(job.errors.map((e) => [e.row, e.field])).toEqual([
      [4, 'customerName'],
      [5, 'orderDate'],
    ]);
    const deOrders = (await ctx.client(org.eastRep).get(`/customers/${de.id}/orders`)).json();
    expect(deOrders.items[0]).toMatchObject({
      number: 'PO-2026-001',
      orderDate: '2026-03-05',
      amountMinor: 1_250_000,
      currency: 'EUR',
      status: 'paid',
    });
    const brOrders = (await ctx.client(org.eastRep).get(`/customers/${br.id}/orders`)).json();
    expect(brOrders.items[0]).toMatchObject({
      amountMinor: 890_050,
      currency: 'BRL',
      status: 'shipped',
    });

    const again = await run(ORDERS);
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 2, rejected: 2 });
    const changed = await run(ORDERS.replace('已发货', '已付款'));
    expect(changed.counts).toMatchObject({ updated: 1, unchanged: 1 });
  });

  it('reads order dates from XLSX date cells, not as serial numbers', async () => {
    const jp = await ctx.newCustomer(org.eastRep, { name: 'Tanaka Seiki KK', country: 'JP' });
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('受注');
    sheet.addRow(['Order number', 'Customer', 'Country', 'Order date', 'Amount', 'Currency']);
    sheet.addRow([
      'JP-77',
      'Tanaka Seiki KK',
      'Japan',
      new Date(Date.UTC(2026, 5, 30)),
      480000,
      'JPY',
    ]);
    sheet.getCell('D2').numFmt = 'yyyy/m/d';
    const path = join(dir, 'orders.xlsx');
    await wb.xlsx.writeFile(path);
    const job = await imports.start(org.eastRep.scope, {
      filePath: path,
      fileName: 'orders.xlsx',
      entity: 'orders',
    });
    await imports.wait(job.id);
    expect((await imports.get(org.eastRep.scope, job.id)).counts).toMatchObject({ created: 1 });
    const items = (await ctx.client(org.eastRep).get(`/customers/${jp.id}/orders`)).json().items;
    expect(items[0]).toMatchObject({
      number: 'JP-77',
      orderDate: '2026-06-30',
      amountMinor: 480000,
    });
  });
});
