import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { ImportsService } from './imports.service.ts';
import { TRADE_SHOW } from '../../../test/support/trade-show.ts';

describe.each(testDialects())('customer import on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let imports: ImportsService;
  let dir: string;
  const file = (name: string, content: string | Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, content);
    return path;
  };
  const run = async (scope: (typeof org)['eastRep'], path: string, extra = {}) => {
    const started = await imports.start(scope.scope, {
      filePath: path,
      fileName: path.split('/').pop() ?? 'file',
      entity: 'customers',
      ...extra,
    });
    await imports.wait(started.id);
    return imports.get(scope.scope, started.id);
  };
  const count = async () =>
    Number(
      (
        await ctx.db
          .selectFrom('customers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('workspace_id', '=', org.ws.id)
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    imports = ctx.imports;
    dir = mkdtempSync(join(tmpdir(), 'chuhai-import-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await ctx.close();
  });

  it('guesses the mapping and shows sample rows', async () => {
    const p = await imports.preview(
      org.eastRep.scope,
      file('show.csv', TRADE_SHOW),
      'customers',
      null,
    );
    expect(p).toMatchObject({
      format: 'csv',
      encoding: 'utf-8',
      delimiter: ',',
      mappingFrom: 'guessed',
    });
    expect(p.mapping).toMatchObject({ Company: 'name', Country: 'country', 'E-mail': 'email' });
    expect(p.targets).toEqual(expect.arrayContaining(['name', 'email', 'wechat']));
    expect(p.targets).not.toContain('orderNumber');
    expect(p.sample[6]).toBeUndefined();
    expect(p.sample[0]?.[0]).toBe('Müller Maschinenbau GmbH');
  });

  it('a dry run reports what would happen and writes no customer', async () => {
    const before = await count();
    const job = await run(org.eastRep, file('dry.csv', '\uFEFF' + TRADE_SHOW), { dryRun: true });
    expect(job).toMatchObject({
      status: 'done',
      dryRun: true,
      counts: { created: 3, merged: 2, rejected: 2, updated: 0, unchanged: 0 },
    });
    expect(job.errors).toEqual([
      {
        row: 6,
        field: 'country',
        code: 'unknown_country',
        params: { value: 'Atlantis' },
        message: '"Atlantis" is not a country we know',
      },
      {
        row: 7,
        field: 'email',
        code: 'not_email',
        params: { value: 'not-an-email' },
        message: '"not-an-email" is not an email address',
      },
    ]);
    expect(await count()).toBe(before);
  });

  it('imports good rows, folds duplicates into one company, and re-importing changes nothing', async () => {
    const path = file('show2.csv', TRADE_SHOW);
    const job = await run(org.eastRep, path, {
      source: 'trade show: Hannover Messe 2026',
      mapping: {
        Company: 'name',
        Country: 'country',
        'Contact Person': 'contactName',
        'E-mail': 'email',
        Mobile: 'phone',
        Website: 'website',
        Tags: 'tags',
      },
    });
    expect(job.counts).toEqual({ created: 3, merged: 2, rejected: 2, updated: 0, unchanged: 0 });
    const mueller = (await ctx.client(org.eastRep).get('/customers?q=mueller')).json().items;
    expect(mueller).toHaveLength(1);
    expect(mueller[0]).toMatchObject({
      name: 'Müller Maschinenbau GmbH',
      country: 'DE',
      domain: 'mueller-maschinenbau.de',
      ownerId: org.eastRep.user.id,
      source: 'trade show: Hannover Messe 2026',
      tags: ['oem', 'vip'],
    });
    const contacts = (
      await ctx.client(org.eastRep).get(`/customers/${mueller[0].id}/contacts`)
    ).json().items;
    expect(contacts.map((c: { firstName: string }) => c.firstName).sort()).toEqual([
      'Hans',
      'Petra',
    ]);
    const br = (await ctx.client(org.eastRep).get('/customers?country=BR')).json().items;
    expect(br[0].name).toBe('Ferragens Silva Ltda');

    const again = await run(org.eastRep, path, { source: 'trade show: Hannover Messe 2026' });
    expect(again.counts).toEqual({ created: 0, merged: 0, rejected: 2, updated: 0, unchanged: 5 });
    expect((await ctx.client(org.eastRep).get('/customers?q=mueller')).json().items).toHaveLength(
      1,
    );
    // The mapping was saved for the source.
    const p = await imports.preview(
      org.eastRep.scope,
      path,
      'customers',
      'trade show: Hannover Messe 2026',
    );
    expect(p.mappingFrom).toBe('saved');
  });

  it('reads GB18030 files with Chinese headers and semicolons, and fills gaps of known customers', async () => {
    const text = [
      '公司名称;国家;联系人;邮箱;网址;行业',
      '越南钢铁股份公司;越南;Nguyen Van An;an@vinasteel.com.vn;vinasteel.com.vn;钢铁',
      'Müller Maschinenbau GmbH;德国;Klaus Weber;klaus@mueller-maschinenbau.de;;机械',
    ].join('\n');
    const job = await run(org.eastRep, file('gbk.csv', iconv.encode(text, 'gb18030')));
    expect(job.counts).toEqual({ created: 1, merged: 0, rejected: 0, updated: 1, unchanged: 0 });
    const vn = (await ctx.client(org.eastRep).get('/customers?country=VN')).json().items;
    expect(vn[0]).toMatchObject({ name: '越南钢铁股份公司', industry: '钢铁' });
    const de = (await ctx.client(org.eastRep).get('/customers?q=mueller')).json().items[0];
    expect(de.industry).toBe('机械');
  });

  it('never touches a customer outside the importer’s scope, and offers the bad rows back as CSV', async () => {
    await ctx.newCustomer(org.westRep, {
      name: 'West Only AG',
      country: 'AT',
      domain: 'westonly.at',
    });
    const job = await run(
      org.eastRep,
      file(
        'west.csv',
        'Company,Country,Website\nWest Only Aktiengesellschaft,Austria,westonly.at\n',
      ),
    );
    expect(job.counts.rejected).toBe(1);
    expect(job.errors[0]?.message).toContain('outside your scope');
    expect((await ctx.client(org.westRep).get('/customers?country=AT')).json().items).toHaveLength(
      1,
    );
    const csv = await imports.errorsCsv(org.eastRep.scope, job.id);
    expect(csv).toContain('row,Company,Country,Website,reason');
    expect(csv).toContain('West Only Aktiengesellschaft');
    // Someone else's import is not found.
    await expect(imports.get(org.westRep.scope, job.id)).rejects.toMatchObject({ status: 404 });
  });

  it('reads XLSX workbooks (the first sheet), numeric cells included', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('Leads');
    sheet.addRow(['Company', 'Country', 'Phone', 'Website']);
    sheet.addRow(['PT Sinar Jaya Abadi', 'Indonesia', '0812-3456-7890', 'sinarjaya.co.id']);
    sheet.addRow(['Công ty TNHH Minh Long', 'Việt Nam', 912345678, 'minhlong.vn']);
    wb.addWorksheet('Notes').addRow(['ignored']);
    const path = join(dir, 'leads.xlsx');
    await wb.xlsx.writeFile(path);
    const p = await imports.preview(org.eastRep.scope, path, 'customers', null);
    expect(p).toMatchObject({
      format: 'xlsx',
      headers: ['Company', 'Country', 'Phone', 'Website'],
    });
    const job = await run(org.eastRep, path);
    expect(job.counts).toMatchObject({ created: 2, rejected: 0 });
    const id = (await ctx.client(org.eastRep).get('/customers?country=ID')).json().items[0];
    expect(id).toMatchObject({ name: 'PT Sinar Jaya Abadi', domain: 'sinarjaya.co.id' });
  });

  it('rejects bad mappings and unknown entities before starting', async () => {
    const path = file('m.csv', TRADE_SHOW);
    await expect(
      imports.start(org.eastRep.scope, {
        filePath: path,
        fileName: 'm.csv',
        entity: 'customers',
        mapping: { Company: 'country', Country: 'country' },
      }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(
      imports.start(org.eastRep.scope, { filePath: path, fileName: 'm.csv', entity: 'invoices' }),
    ).rejects.toMatchObject({ status: 400 });
  });
});
