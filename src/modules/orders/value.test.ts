import { readdirSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

describe.each(testDialects())('order book, rate import, revenue and tiers on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const order = (
    actor: (typeof org)['eastRep'],
    customerId: string,
    number: string,
    amountMinor: number,
    currency: string,
    orderDate: string,
  ) => ctx.client(actor).post('/orders', { customerId, number, orderDate, amountMinor, currency });

  it('imports rates from a GB18030 sheet with Chinese headers: good rows in, bad rows named', async () => {
    const sheet = [
      '货币,生效日期,汇率',
      'EUR,2026-01-01,"1,10"',
      'CNY,2026/1/1,0.14',
      'JPY,01.01.2026,0.0068',
      'XXY,2026-01-01,1',
      'GBP,2026-02-30,1.3',
      'USD,2026-01-01,1',
      'BRL,2026-01-01,-2',
    ].join('\r\n');
    const res = await ctx.upload(org.admin, '/imports/exchange-rates', {
      name: '汇率.csv',
      content: iconv.encode(sheet, 'gb18030'),
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ added: 3, replaced: 0, rejected: 4, reportingCurrency: 'USD' });
    expect(body.errors.map((e: { row: number; field: string }) => [e.row, e.field])).toEqual([
      [5, 'currency'],
      [6, 'validFrom'],
      [7, 'currency'],
      [8, 'rate'],
    ]);
    expect(body.items).toContainEqual({ currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' });
    // The same file again replaces rather than duplicates.
    const again = await ctx.upload(org.admin, '/imports/exchange-rates', {
      name: 'rates.csv',
      content: 'currency,valid_from,rate\nEUR,2026-01-01,1.12\nEUR,2026-07-01,1.15\n',
    });
    expect(again.json()).toMatchObject({ added: 1, replaced: 1, rejected: 0 });
    expect((await ctx.client(org.admin).get('/exchange-rates')).json().items).toHaveLength(4);
    // Only admins change rates; the uploaded sheet is not kept.
    const rep = await ctx.upload(org.eastRep, '/imports/exchange-rates', {
      name: 'r.csv',
      content: 'currency,valid_from,rate\nEUR,2026-01-01,9\n',
    });
    expect(rep.statusCode).toBe(403);
    expect(readdirSync(ctx.uploadsDir)).toEqual([]);
    // Not a sheet, or an empty one: refused with the reason, the table untouched.
    const exe = await ctx.upload(org.admin, '/imports/exchange-rates', {
      name: 'rates.exe',
      content: 'MZ',
    });
    expect(exe.json().errors[0].path).toBe('/file');
    const empty = await ctx.upload(org.admin, '/imports/exchange-rates', {
      name: 'rates.csv',
      content: '',
    });
    expect(empty.statusCode).toBe(400);
    expect(
      (await ctx.client(org.admin).post('/imports/exchange-rates', { file: 'x' })).statusCode,
    ).toBe(400);
    expect((await ctx.client(org.admin).get('/exchange-rates')).json().items).toHaveLength(4);
  });

  it('lists the order book newest first within scope, pages it, and updates status audited', async () => {
    const mine = await ctx.newCustomer(org.eastRep, { name: 'Book Mine GmbH', country: 'DE' });
    const theirs = await ctx.newCustomer(org.westRep, { name: 'Book Theirs SA', country: 'MX' });
    for (let i = 1; i <= 3; i++)
      expect(
        (await order(org.eastRep, mine.id, `B-${i}`, i * 100_00, 'EUR', `2026-0${i}-10`))
          .statusCode,
      ).toBe(201);
    expect(
      (await order(org.westRep, theirs.id, 'W-1', 500_00, 'MXN', '2026-05-01')).statusCode,
    ).toBe(201);
    const rep = ctx.client(org.eastRep);
    const page1 = (await rep.get('/orders?limit=2')).json();
    expect(page1.items.map((o: { number: string }) => o.number)).toEqual(['B-3', 'B-2']);
    expect(page1.items[0].customerName).toBe('Book Mine GmbH');
    const page2 = (
      await rep.get(`/orders?limit=2&cursor=${encodeURIComponent(page1.nextCursor)}`)
    ).json();
    expect(page2.items.map((o: { number: string }) => o.number)).toEqual(['B-1']);
    expect(page2.nextCursor).toBeNull();
    for (const bad of ['from=2026-13-01', 'limit=0', 'status=lost', 'currency=EURO', 'x=1'])
      expect((await rep.get(`/orders?${bad}`)).statusCode, bad).toBe(400);
    const all = (await ctx.client(org.admin).get('/orders?currency=mxn')).json().items;
    expect(all.map((o: { number: string }) => o.number)).toEqual(['W-1']);

    const id = page1.items[0].id;
    const paid = await rep.patch(`/orders/${id}`, { status: 'paid' });
    expect(paid.json()).toMatchObject({ status: 'paid', paidDate: expect.any(String) });
    expect((await rep.patch(`/orders/${id}`, {})).statusCode).toBe(400);
    expect((await rep.patch(`/orders/${id}`, { paidDate: '2026-02-31' })).statusCode).toBe(400);
    // The customer's last order date follows its orders; a cancelled one no longer counts.
    const lastOrder = async () =>
      (await rep.get(`/customers/${mine.id}`)).json().lastOrderDate as string | null;
    expect(await lastOrder()).toBe('2026-03-10');
    expect((await rep.patch(`/orders/${id}`, { status: 'cancelled' })).statusCode).toBe(200);
    expect(await lastOrder()).toBe('2026-02-10');
    const w1 = all[0].id;
    expect((await rep.patch(`/orders/${w1}`, { status: 'cancelled' })).statusCode).toBe(404);
    const audit = (await ctx.client(org.admin).get(`/audit-log?entityId=${id}`)).json().items;
    expect(audit.map((a: { changes: { status?: unknown } }) => a.changes.status)).toContainEqual({
      before: 'open',
      after: 'paid',
    });
  });

  it('keeps revenue in the reporting currency for segments, saves settings, sums tiers in scope', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const big = await ctx.newCustomer(org.eastRep, { name: 'Revenue Big AG', country: 'DE' });
    const small = await ctx.newCustomer(org.eastRep, { name: 'Revenue Small AG', country: 'DE' });
    await order(org.eastRep, big.id, 'R-1', 100_000_00, 'EUR', today);
    await order(org.eastRep, small.id, 'R-2', 2_000_00, 'USD', today);
    const run = await ctx.client(org.admin).post('/value/classify', { months: 6, a: 0.7, b: 0.9 });
    expect(run.statusCode).toBe(200);
    // Saved: a later run without settings uses them.
    const summary = (await ctx.client(org.admin).get('/value/summary')).json();
    expect(summary.settings).toMatchObject({ months: 6, a: 0.7, b: 0.9 });
    expect(summary.settings.classifiedAt).toEqual(expect.any(String));

    // EUR 100,000 at 1.15 → USD 115,000: over 100,000 in reporting-currency units.
    const count = async (conditions: unknown[]) =>
      (
        await ctx
          .client(org.eastRep)
          .post('/segments/preview', { filter: { match: 'all', conditions } })
      ).json().count;
    expect(await count([{ field: 'revenue', op: 'gt', value: 100_000 }])).toBe(1);
    expect(await count([{ field: 'revenue', op: 'between', value: [1_000, 3_000] }])).toBe(1);
    expect(await count([{ field: 'revenue', op: 'gte', value: 1 }])).toBe(2);
    // A rep's summary counts only their own customers.
    const repTiers = (await ctx.client(org.westRep).get('/value/summary')).json().tiers;
    const repRevenue = repTiers.reduce(
      (s: number, t: { revenueMinor: number }) => s + t.revenueMinor,
      0,
    );
    const allRevenue = summary.tiers.reduce(
      (s: number, t: { revenueMinor: number }) => s + t.revenueMinor,
      0,
    );
    expect(repRevenue).toBeLessThan(allRevenue);
    expect(
      summary.tiers.find((t: { tier: string }) => t.tier === 'A').revenueMinor,
    ).toBeGreaterThanOrEqual(115_000_00);
  });

  it('describes the fields a segment filter can use, custom fields included', async () => {
    await ctx.client(org.admin).post('/custom-fields', {
      key: 'incoterm',
      label: 'Incoterm',
      type: 'select',
      options: ['FOB', 'CIF'],
    });
    const res = (await ctx.client(org.eastRep).get('/segments/fields')).json();
    expect(res.reportingCurrency).toBe('USD');
    expect(res.items).toContainEqual(
      expect.objectContaining({ field: 'revenue', kind: 'number', money: true }),
    );
    expect(res.items).toContainEqual(
      expect.objectContaining({ field: 'stage', values: expect.arrayContaining(['lead']) }),
    );
    expect(res.items).toContainEqual({
      field: 'custom.incoterm',
      kind: 'text',
      operators: expect.arrayContaining(['in']),
      values: ['FOB', 'CIF'],
      label: 'Incoterm',
    });
  });

  it('deletes an uploaded customer list once its import has ended, and a preview at once', async () => {
    const preview = await ctx.upload(org.eastRep, '/imports/preview', {
      name: 'p.csv',
      content: 'Company,Country\nA,DE\n',
    });
    expect(preview.statusCode).toBe(200);
    const res = await ctx.upload(org.eastRep, '/imports', {
      name: 'list.csv',
      content: 'Company,Country\nCleanup Oy,Finland\n',
    });
    await ctx.imports.wait(res.json().id);
    expect((await ctx.client(org.eastRep).get(`/imports/${res.json().id}`)).json().status).toBe(
      'done',
    );
    expect(readdirSync(ctx.uploadsDir)).toEqual([]);
  });
});
