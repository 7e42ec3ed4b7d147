import { readdirSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

type Org = Awaited<ReturnType<typeof salesOrg>>;

describe.each(testDialects())('leave imported from a sheet on %s', (dialect) => {
  let ctx: TestContext;
  let org: Org;
  let officeId: string;

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const office = await ctx.client(org.admin).post('/offices', {
      name: 'Dubai office',
      country: 'AE',
      city: 'Dubai',
      timeZone: 'Asia/Dubai',
      hours: { start: '09:00', end: '18:00' },
      managerId: org.eastManager.user.id,
    });
    officeId = office.json<{ id: string }>().id;
    for (const [name, userId] of [
      ['Amira Haddad', org.eastRep.user.id],
      ['Omar Saleh', null],
      ['Li Wei', null],
      ['Li Wei', null], // two people of one name: a sheet must not guess which
    ] as const) {
      const res = await ctx.client(org.eastManager).post(`/offices/${officeId}/people`, {
        name,
        ...(userId ? { userId } : {}),
        countryOfWork: 'AE',
        role: 'Sales',
        startDate: '2025-01-01',
      });
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => ctx.close());

  const upload = (who: Org['admin'], name: string, content: string | Buffer) =>
    ctx.upload(who, `/offices/${officeId}/leave/import`, { name, content });
  const leave = async () =>
    (await ctx.client(org.eastManager).get(`/offices/${officeId}`)).json<{
      leave: {
        personId: string;
        kind: string;
        from: string;
        to: string;
        status: string;
        reason: string | null;
      }[];
    }>().leave;
  const leftovers = () => readdirSync(ctx.uploadsDir).filter((f) => f.startsWith('leave-'));

  const GOOD = [
    'Person,Kind,From,To,Reason',
    'Amira Haddad,annual,2026-05-26,2026-05-29,Eid with family',
    'Omar Saleh,sick,2026-06-02,2026-06-03,',
  ].join('\n');

  it('a bad sheet answers 400 naming each row and field, and records nothing', async () => {
    const res = await upload(
      org.eastManager,
      'leave.csv',
      [
        'Person,Kind,From,To',
        'Amira Haddad,annual,2026-05-26,2026-05-29',
        'Nobody Here,annual,2026-05-26,2026-05-29',
        'Li Wei,annual,2026-05-26,2026-05-29',
        'Omar Saleh,maternity,2026-06-31,2026-06-01',
      ].join('\n'),
    );
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().errors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['/rows/5/kind', 'one_of'],
      ['/rows/5/from', 'not_date'],
    ]);
    // Rows that read well but name nobody (or two people) are told next, the sheet still refused.
    const names = await upload(
      org.eastManager,
      'leave.csv',
      [
        'Person,Kind,From,To',
        'Amira Haddad,annual,2026-05-26,2026-05-29',
        'Nobody Here,annual,2026-05-26,2026-05-29',
        'Li Wei,annual,2026-05-26,2026-05-29',
      ].join('\n'),
    );
    expect(names.statusCode, names.body).toBe(400);
    expect(
      names.json().errors.map((e: { path: string; code: string }) => [e.path, e.code]),
    ).toEqual([
      ['/rows/3/person', 'no_person_match'],
      ['/rows/4/person', 'person_ambiguous'],
    ]);
    const header = await upload(org.eastManager, 'leave.csv', 'Name,Start\nAmira,2026-05-26\n');
    expect(header.statusCode).toBe(400);
    expect(
      header.json().errors.map((e: { params: { column: string } }) => e.params.column),
    ).toEqual(['kind', 'to']);
    expect((await upload(org.eastManager, 'leave.pdf', GOOD)).statusCode).toBe(400);
    expect((await upload(org.eastManager, 'leave.csv', '')).statusCode).toBe(400);
    expect(await leave()).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('only the office’s manager or an admin may import; others change nothing', async () => {
    expect((await upload(org.eastRep, 'leave.csv', GOOD)).statusCode).toBe(403);
    expect((await upload(org.westManager, 'leave.csv', GOOD)).statusCode).toBe(404);
    expect(
      (
        await ctx.upload(org.eastManager, '/offices/nope/leave/import', {
          name: 'l.csv',
          content: GOOD,
        })
      ).statusCode,
    ).toBe(404);
    expect(await leave()).toEqual([]);
    expect(leftovers()).toEqual([]);
  });

  it('records a CSV’s leave approved; the same sheet again adds nothing', async () => {
    const res = await upload(org.eastManager, 'leave.csv', GOOD);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ read: 2, created: 2, unchanged: 0 });
    const rows = await leave();
    expect(rows.map((l) => [l.kind, l.from, l.to, l.status, l.reason])).toEqual([
      ['annual', '2026-05-26', '2026-05-29', 'approved', 'Eid with family'],
      ['sick', '2026-06-02', '2026-06-03', 'approved', null],
    ]);
    const again = await upload(org.eastManager, 'leave.csv', GOOD);
    expect(again.json()).toEqual({ read: 2, created: 0, unchanged: 2 });
    expect(await leave()).toHaveLength(2);
    expect(leftovers(), 'no sheet left on disk').toEqual([]);
    const audit = await ctx.client(org.admin).get('/audit-log?entityType=office_leave');
    expect(audit.body).toContain('sheet');
    expect(audit.body).not.toContain('Eid with family');
  });

  it('reads an XLSX with Chinese headers and kinds', async () => {
    const wb = new ExcelJS.Workbook();
    const sheet = wb.addWorksheet('休假');
    sheet.addRow(['姓名', '类型', '开始日期', '结束日期', '原因']);
    sheet.addRow(['Omar Saleh', '年假', '2026-08-03', '2026-08-14', '暑假']);
    const buf = Buffer.from(await wb.xlsx.writeBuffer());
    const res = await upload(org.admin, 'leave.xlsx', buf);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({ read: 1, created: 1, unchanged: 0 });
    expect((await leave()).map((l) => [l.kind, l.from, l.to])).toContainEqual([
      'annual',
      '2026-08-03',
      '2026-08-14',
    ]);
  });
});
