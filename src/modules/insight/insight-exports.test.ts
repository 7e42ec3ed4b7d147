import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

/** The sheets of a workbook as arrays of row values (header row first). */
async function sheetsOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const out: Record<string, { values: unknown[][]; formulas: number }> = {};
  wb.eachSheet((s) => {
    const values: unknown[][] = [];
    let formulas = 0;
    s.eachRow((row) => {
      const cells: unknown[] = [];
      row.eachCell({ includeEmpty: true }, (c) => {
        if (c.type === ExcelJS.ValueType.Formula) formulas++;
        cells.push(c.value);
      });
      values.push(cells);
    });
    out[s.name] = { values, formulas };
  });
  return out;
}

// Reporting currency USD, EUR at 1.10. Today is 31 March 2026.
//   east rep: "=HYPERLINK(…)" (DE, A) with EUR 1,000 on 10 February, Munich (DE);
//   west rep: Hamburg KG (DE) with USD 5,000.
describe.each(testDialects())('insight XLSX exports on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  const evil = '=HYPERLINK("http://evil.example","Berlin")';
  const clock = new Date('2026-03-31T10:00:00Z');

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock } } });
    org = await salesOrg(ctx);
    const admin = ctx.client(org.admin);
    const put = await admin.put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [{ currency: 'EUR', validFrom: '2026-01-01', rate: '1.10' }],
    });
    expect(put.statusCode, put.body).toBe(200);
    const order = async (who: Actor, name: string, body: object) => {
      const c = await ctx.newCustomer(who, { name, country: 'DE', tier: 'A', stage: 'customer' });
      const res = await ctx.client(who).post('/orders', { customerId: c.id, ...body });
      expect(res.statusCode, res.body).toBe(201);
    };
    await order(org.eastRep, evil, {
      number: 'SO-1',
      orderDate: '2026-02-10',
      amountMinor: 1000_00,
      currency: 'EUR',
    });
    await order(org.westRep, 'Hamburg KG', {
      number: 'SO-2',
      orderDate: '2026-03-05',
      amountMinor: 5000_00,
      currency: 'USD',
    });
  });
  afterAll(() => ctx.close());

  const get = async (who: Actor, url: string) => {
    const res = await ctx.client(who).get(url);
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="[\w.-]+\.xlsx"$/);
    return sheetsOf(res.rawPayload);
  };

  it('exports the map’s table with the JSON route’s figures, money in major units', async () => {
    const q = 'measure=revenue&from=2026-01-01&to=2026-03-31';
    const admin = await get(org.admin, `/insight/map.xlsx?${q}`);
    // 1,100.00 (EUR 1,000 at 1.10) + 5,000.00.
    expect(admin.revenue!.values).toEqual([
      ['Country', 'Value', 'Count', 'Unit'],
      ['DE', 6100, 2, 'USD'],
    ]);
    const rep = await get(org.eastRep, `/insight/map.xlsx?${q}&lang=zh`);
    expect(rep.revenue!.values).toEqual([
      ['国家/地区', '数值', '计数', '单位'],
      ['DE', 1100, 1, 'USD'],
    ]);
  });

  it('exports a market’s tables in scope, a formula-like name as text', async () => {
    const sheets = await get(org.eastRep, '/insight/markets/DE.xlsx?from=2026-01-01&to=2026-03-31');
    expect(Object.keys(sheets)).toEqual([
      'KPIs',
      'Tier mix',
      'Top customers',
      'Going cold',
      'Holidays',
    ]);
    const top = sheets['Top customers']!;
    // Neutralised as every CSV cell is (a leading quote), and a text cell, never a formula.
    expect(top.values[1]).toEqual([`'${evil}`, 'A', 1100, 'USD']);
    for (const s of Object.values(sheets)) expect(s.formulas).toBe(0);
    expect(JSON.stringify(sheets)).not.toContain('Hamburg');
    const revenue = sheets.KPIs!.values.find((r) => r[0] === 'Revenue (reporting currency)');
    expect(revenue?.slice(1, 3)).toEqual([1100, 1]);
  });

  it('filters the map by a saved segment, in the caller’s scope', async () => {
    // A tier-B customer of the east rep in DE with USD 700; the segment is "tier B".
    const munich = await ctx.newCustomer(org.eastRep, {
      name: 'Munich AG',
      country: 'DE',
      tier: 'B',
    });
    const res = await ctx.client(org.eastRep).post('/orders', {
      customerId: munich.id,
      number: 'SO-3',
      orderDate: '2026-03-01',
      amountMinor: 700_00,
      currency: 'USD',
    });
    expect(res.statusCode, res.body).toBe(201);
    const segment = (
      await ctx.client(org.admin).post('/segments', {
        name: 'Tier B',
        filter: { match: 'all', conditions: [{ field: 'tier', op: 'in', value: ['B'] }] },
      })
    ).json<{ id: string }>();
    const map = async (who: Actor, q: string) =>
      (
        await ctx.client(who).get(`/insight/map?measure=revenue&from=2026-01-01&to=2026-03-31${q}`)
      ).json<{ items: { country: string; value: number; count: number }[] }>().items;
    expect(await map(org.eastRep, '')).toEqual([{ country: 'DE', value: 180000, count: 2 }]);
    expect(await map(org.eastRep, `&segmentId=${segment.id}`)).toEqual([
      { country: 'DE', value: 70000, count: 1 },
    ]);
    // The west rep has no tier-B customer: nothing, whatever the segment holds.
    expect(await map(org.westRep, `&segmentId=${segment.id}`)).toEqual([]);
    const unknown = await ctx.client(org.eastRep).get('/insight/map?segmentId=nope');
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().errors[0]).toMatchObject({
      path: '/querystring/segmentId',
      code: 'no_such',
    });
  });

  it('exports the rep’s next actions, and refuses what the JSON routes refuse', async () => {
    const sheets = await get(org.eastRep, '/next-actions.xlsx');
    const rows = sheets['Next best actions']!.values;
    expect(rows[0]).toEqual(['Customer', 'Country', 'Reason', 'Rule', 'Priority']);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.slice(1).some((r) => r[0] === `'${evil}`)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain('Hamburg');
    expect((await ctx.client(org.eastRep).get('/insight/markets/XX.xlsx')).statusCode).toBe(400);
    expect((await ctx.client().get('/insight/map.xlsx')).statusCode).toBe(401);
  });
});
