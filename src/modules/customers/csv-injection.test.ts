import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

const LINK = '=HYPERLINK("http://evil.example","click")';
const LINK_CSV = `"'=HYPERLINK(""http://evil.example"",""click"")"`;

describe.each(testDialects())('CSV exports neutralise formulas on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  it('the segment CSV export writes formula-like names as quoted text', async () => {
    await ctx.newCustomer(org.eastRep, { name: LINK, country: 'DE' });
    await ctx.newCustomer(org.eastRep, { name: '@SUM(1)', country: 'DE' });
    await ctx.newCustomer(org.eastRep, { name: 'Müller GmbH', country: 'DE' });
    const seg = await ctx.client(org.eastRep).post('/segments', {
      name: 'Germany',
      filter: { match: 'all', conditions: [{ field: 'country', op: 'in', value: ['de'] }] },
    });
    expect(seg.statusCode).toBe(201);
    const csv = await ctx.client(org.eastRep).get(`/segments/${seg.json().id}/export.csv`);
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain(LINK_CSV);
    expect(csv.body).toContain(`"'@SUM(1)"`);
    expect(csv.body).toContain(',Müller GmbH,');
    expect(csv.body).not.toMatch(/(^|,)[=@+-]/m);
  });

  it('GET /imports/{id}/errors.csv writes the rejected rows’ formula-like cells and headers as text', async () => {
    const content = `Company,Country,@Note\n"${LINK.replaceAll('"', '""')}",Atlantis,-12\n`;
    const res = await ctx.upload(
      org.eastRep,
      '/imports',
      { name: 'evil.csv', content },
      { entity: 'customers' },
    );
    expect(res.statusCode).toBe(202);
    await ctx.imports.wait(res.json().id);
    const csv = await ctx.client(org.eastRep).get(`/imports/${res.json().id}/errors.csv`);
    expect(csv.statusCode).toBe(200);
    const [header, row] = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toBe(`row,Company,Country,"'@Note",reason`);
    // The row number is a number and stays one; "-12" was text in the upload and is neutralised.
    expect(row).toMatch(
      new RegExp(`^2,${LINK_CSV.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},Atlantis,"'-12",`),
    );
  });
});
