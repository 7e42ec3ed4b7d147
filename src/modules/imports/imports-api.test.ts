import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { TRADE_SHOW } from '../../../test/support/trade-show.ts';

describe.each(testDialects())('imports API on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const upload = (
    actor: (typeof org)['eastRep'],
    url: string,
    file: { name: string; content: string },
    fields: Record<string, string> = {},
  ) => ctx.upload(actor, url, file, fields);

  it('uploads, answers with an id at once, and reports counts and errors when done', async () => {
    const res = await upload(
      org.eastRep,
      '/imports',
      { name: 'canton.csv', content: TRADE_SHOW },
      { entity: 'customers', source: 'trade show: Canton Fair 2026', tags: 'canton-2026' },
    );
    expect(res.statusCode).toBe(202);
    const { id, status } = res.json();
    expect(['queued', 'running', 'done']).toContain(status);
    await ctx.imports.wait(id);
    const job = (await ctx.client(org.eastRep).get(`/imports/${id}`)).json();
    expect(job).toMatchObject({
      status: 'done',
      progress: 1,
      counts: { created: 3, updated: 0, merged: 2, rejected: 2 },
    });
    if (dialect === 'postgres') {
      // A bulk write refreshes the planner's statistics of the tables it grew (autovacuum may be
      // off or a minute away): otherwise key lookups scan whole tables as the import proceeds.
      const { rows } = await sql<{ relname: string; analyzed: string | null }>`
        select relname, last_analyze as analyzed from pg_stat_user_tables
        where relname in ('customers', 'customer_keys', 'follow_ups')`.execute(ctx.db);
      expect(rows.map((r) => [r.relname, !!r.analyzed]).sort()).toEqual([
        ['customer_keys', true],
        ['customers', true],
        ['follow_ups', true],
      ]);
    }
    expect(job.errors[0]).toEqual({
      row: 6,
      field: 'country',
      code: 'unknown_country',
      params: { value: 'Atlantis' },
      message: '"Atlantis" is not a country we know',
    });
    const csv = await ctx.client(org.eastRep).get(`/imports/${id}/errors.csv`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('Atlantis Trading');
    const br = (await ctx.client(org.eastRep).get('/customers?country=BR')).json().items[0];
    expect(br).toMatchObject({ source: 'trade show: Canton Fair 2026', tags: ['canton-2026'] });
    expect((await ctx.client(org.eastRep).get('/imports')).json().items[0].id).toBe(id);
    // Imports are their starter's (and admins').
    expect((await ctx.client(org.westRep).get(`/imports/${id}`)).statusCode).toBe(404);
    expect((await ctx.client(org.admin).get(`/imports/${id}`)).statusCode).toBe(200);
  });

  it('previews headers with a guessed mapping', async () => {
    const res = await upload(org.eastRep, '/imports/preview', {
      name: 'p.csv',
      content: '公司名称;国家;邮箱\nA;DE;a@a.de\n',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      delimiter: ';',
      headers: ['公司名称', '国家', '邮箱'],
      mapping: { 公司名称: 'name', 国家: 'country', 邮箱: 'email' },
    });
  });

  it('refuses bad uploads with the field named', async () => {
    const exe = await upload(org.eastRep, '/imports', { name: 'list.exe', content: 'MZ' });
    expect(exe.statusCode).toBe(400);
    expect(exe.json().errors[0]).toMatchObject({ path: '/file' });
    const orders = await upload(
      org.eastRep,
      '/imports',
      { name: 'o.csv', content: 'Order,Amount\n1,2\n' },
      { entity: 'invoices' },
    );
    expect(orders.json().errors[0].path).toBe('/entity');
    const badMap = await upload(
      org.eastRep,
      '/imports',
      { name: 'm.csv', content: TRADE_SHOW },
      { mapping: '{"Company": "nme"}' },
    );
    expect(badMap.statusCode).toBe(400);
    expect(badMap.json().errors[0].path).toBe('/mapping/Company');
    expect((await ctx.client().get('/imports')).statusCode).toBe(401);
  });
});
