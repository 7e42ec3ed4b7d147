import { readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

// A bad upload answers 400 with a field-error code and leaves nothing in the uploads folder.
describe.each(testDialects())('rejected uploads on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const files = () => readdirSync(ctx.uploadsDir).length;
  const codes = (res: { json: () => unknown }) =>
    ((res.json() as { errors?: { path: string; code: string }[] }).errors ?? []).map(
      (e) => `${e.path} ${e.code}`,
    );
  const GOOD = 'Company,Country\nAcme GmbH,DE\n';
  const UNCLOSED = 'Company,Country\n"Acme GmbH,DE\nBeta,FR\n';

  const raw = (url: string, payload: string, boundary = 'b0undary') =>
    ctx.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: {
        authorization: `Bearer ${org.admin.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload,
    });

  it('answers 400 file_malformed to a broken multipart body on every upload route', async () => {
    const before = files();
    const cut =
      '--b0undary\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n' +
      'Content-Type: text/csv\r\n\r\nCompany,Country\nAcme,DE\n';
    for (const url of ['/imports', '/imports/preview', '/imports/exchange-rates']) {
      for (const payload of [cut, 'not a multipart body at all']) {
        const res = await raw(url, payload);
        expect(res.statusCode, url).toBe(400);
        expect(codes(res), url).toEqual(['/file file_malformed']);
        expect(files(), url).toBe(before);
      }
    }
  });

  it('answers 400 to a CSV with an unclosed quote, naming the line', async () => {
    const before = files();
    for (const url of ['/imports', '/imports/preview', '/imports/exchange-rates']) {
      const res = await ctx.upload(org.admin, url, { name: 'bad.csv', content: UNCLOSED });
      expect(res.statusCode, url).toBe(400);
      expect(codes(res), url).toEqual(['/file csv_unclosed_quote']);
      expect(res.json().errors[0].params).toEqual({ line: expect.any(Number) });
      expect(files(), url).toBe(before);
    }
  });

  it('deletes the upload of every rejected import', async () => {
    const before = files();
    const bad: Record<string, string>[] = [
      { entity: 'planets' },
      { mapping: '{not json' },
      { mapping: '"text"' },
      { mapping: JSON.stringify({ Nope: 'name' }) },
      { mapping: JSON.stringify({ Company: 'nonsense' }) },
      { country: 'XX' },
    ];
    for (const fields of bad) {
      const res = await ctx.upload(
        org.eastRep,
        '/imports',
        { name: 'a.csv', content: GOOD },
        fields,
      );
      expect(res.statusCode, JSON.stringify(fields)).toBe(400);
      expect(files(), JSON.stringify(fields)).toBe(before);
    }
    const wrongType = await ctx.upload(org.eastRep, '/imports', { name: 'a.pdf', content: GOOD });
    expect(codes(wrongType)).toEqual(['/file file_type']);
    const notAdmin = await ctx.upload(org.eastRep, '/imports/exchange-rates', {
      name: 'r.csv',
      content: 'currency,valid from,rate\nEUR,2026-01-01,7.8\n',
    });
    expect(notAdmin.statusCode).toBe(403);
    expect(files()).toBe(before);
  });

  it('keeps a running import’s upload and deletes finished ones after the retention period', async () => {
    const res = await ctx.upload(org.eastRep, '/imports', { name: 'ok.csv', content: GOOD });
    expect(res.statusCode).toBe(202);
    await ctx.imports.wait(res.json().id);
    expect(files()).toBe(0);
    // Left behind by a crash: one old, one fresh.
    const old = join(ctx.uploadsDir, 'left-by-a-crash.csv');
    const fresh = join(ctx.uploadsDir, 'just-written.csv');
    writeFileSync(old, GOOD);
    writeFileSync(fresh, GOOD);
    const dayAgo = (Date.now() - 25 * 60 * 60 * 1000) / 1000;
    utimesSync(old, dayAgo, dayAgo);
    expect(await ctx.imports.sweepUploads()).toBe(1);
    expect(readdirSync(ctx.uploadsDir)).toEqual(['just-written.csv']);
    // A queued import's file is kept however old it is.
    await ctx.db
      .updateTable('imports')
      .set({ status: 'queued', file_path: fresh })
      .where('id', '=', res.json().id)
      .execute();
    expect(await ctx.imports.sweepUploads(0, Date.now() + 1000)).toBe(0);
    expect(readdirSync(ctx.uploadsDir)).toEqual(['just-written.csv']);
    await ctx.db
      .updateTable('imports')
      .set({ status: 'done' })
      .where('id', '=', res.json().id)
      .execute();
    expect(await ctx.imports.sweepUploads(0, Date.now() + 1000)).toBe(1);
    expect(files()).toBe(0);
  });
});
