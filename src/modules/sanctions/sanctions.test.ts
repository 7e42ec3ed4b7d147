import { readdirSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { salesOrg, TestContext, type Actor } from '../../../test/support/context.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { quoteBody } from '../quotes/quote-body.fixture.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/sanctions/${name}`);

describe.each(testDialects())('sanctions screening on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
  });
  afterAll(() => ctx.close());

  const upload = (actor: Actor, file: string, format: string, name?: string) =>
    ctx.upload(
      actor,
      '/sanctions/lists',
      { name: file, content: fixture(file) },
      name ? { format, name } : { format },
    );
  const lists = async () => (await ctx.client(org.admin).get('/sanctions/lists')).json().items;
  const reviews = async (q = '') =>
    (await ctx.client(org.admin).get(`/sanctions/reviews${q}`)).json().items as {
      id: string;
      customerId: string;
      subjectName: string;
      entryName: string;
      status: string;
      source: string;
      matchedOn: { tokens: { query: string; entry: string }[] };
    }[];
  const uploads = () => readdirSync(ctx.uploadsDir).filter((f) => f.startsWith('sanctions-'));

  it('imports each official format and reports what it read', async () => {
    for (const [file, format, count, published] of [
      ['sdn.xml', 'ofac-sdn-xml', 36, '2026-11-27'],
      ['eu-consolidated.xml', 'eu-xml', 36, '2026-11-26'],
      ['un-consolidated.xml', 'un-xml', 36, '2026-11-25'],
      ['watch-list.csv', 'csv', 25, null],
    ] as const) {
      const res = await upload(org.admin, file, format);
      expect(res.statusCode, res.body).toBe(201);
      expect(res.json()).toMatchObject({
        list: { format, entryCount: count, version: 1, publishedAt: published, fileName: file },
        report: { read: count, added: count, changed: 0, removed: 0, unchanged: 0 },
      });
    }
    await ctx.services.sanctions.settled();
    expect(uploads()).toEqual([]);
    expect((await lists()).map((l: { name: string }) => l.name)).toEqual([
      'EU consolidated',
      'OFAC SDN',
      'Own watch list',
      'UN consolidated',
    ]);
  });

  it('screens a name across scripts, with the matched parts', async () => {
    const res = await ctx.client(org.eastRep).post('/sanctions/screen', {
      name: 'Алексей Иванов',
      country: 'RU',
      birthDate: '1967-01-13',
    });
    expect(res.statusCode, res.body).toBe(200);
    const hits = res.json().hits as {
      name: string;
      score: number;
      matchedOn: { country: string };
    }[];
    expect(hits.length).toBeGreaterThanOrEqual(4); // one per list
    expect(hits[0]).toMatchObject({ score: 1, matchedOn: { country: 'same', birthDate: 'same' } });
    const miss = await ctx
      .client(org.eastRep)
      .post('/sanctions/screen', { name: 'Global Trading LLC' });
    expect(miss.json().hits).toEqual([]);
  });

  it('refuses bad screening input and anonymous callers', async () => {
    for (const body of [
      {},
      { name: '' },
      { name: 'x', country: 'Russia' },
      { name: 'x', birthDate: '13.01.1967' },
    ])
      expect((await ctx.client(org.eastRep).post('/sanctions/screen', body)).statusCode).toBe(400);
    expect((await ctx.client().post('/sanctions/screen', { name: 'x' })).statusCode).toBe(401);
  });

  it('lists and uploads are the admin’s alone; a refused upload leaves nothing behind', async () => {
    for (const actor of [org.eastRep, org.eastManager]) {
      expect((await upload(actor, 'watch-list.csv', 'csv', 'Rep list')).statusCode).toBe(403);
      expect((await ctx.client(actor).get('/sanctions/lists')).statusCode).toBe(403);
      expect((await ctx.client(actor).get('/sanctions/reviews')).statusCode).toBe(403);
    }
    expect((await lists()).some((l: { name: string }) => l.name === 'Rep list')).toBe(false);
    expect(uploads()).toEqual([]);
  });

  it('refuses bad files with a clear error and keeps the previous list', async () => {
    const before = await lists();
    for (const [file, format, code] of [
      ['billion-laughs.xml', 'ofac-sdn-xml', 'sanctions_xml_doctype'],
      ['external-entity.xml', 'eu-xml', 'sanctions_xml_doctype'],
      ['truncated.xml', 'ofac-sdn-xml', 'sanctions_xml_malformed'],
      ['sdn.xml', 'un-xml', 'sanctions_xml_root'],
      ['wrong-columns.csv', 'ofac-sdn-csv', 'sanctions_csv_columns'],
      ['wrong-header.csv', 'csv', 'sanctions_csv_header'],
      ['sdn.xml', 'pdf', 'one_of'],
    ] as const) {
      const res = await upload(org.admin, file, format);
      expect(res.statusCode, `${file} as ${format}`).toBe(400);
      expect(res.json().errors[0].code, file).toBe(code);
    }
    const noFormat = await ctx.upload(org.admin, '/sanctions/lists', {
      name: 'a.csv',
      content: 'name\nX\n',
    });
    expect(noFormat.json().errors[0]).toMatchObject({ path: '/format', code: 'required' });
    const exe = await upload(org.admin, 'sdn.csv', 'csv');
    expect(exe.statusCode).toBe(400);
    const notMultipart = await ctx.client(org.admin).post('/sanctions/lists', { format: 'csv' });
    expect(notMultipart.json().errors[0].code).toBe('file_multipart');
    expect(await lists()).toEqual(before);
    expect(uploads()).toEqual([]);
  });

  it('answers 413 to a file over 200 MB and keeps nothing of it', async () => {
    const boundary = '----sanctions-limit';
    const chunk = Buffer.alloc(1024 ** 2, 'a');
    async function* body() {
      yield Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="format"\r\n\r\ncsv\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="huge.csv"\r\n\r\nname\n`,
      );
      for (let i = 0; i < 201; i++) yield chunk;
      yield Buffer.from(`\r\n--${boundary}--\r\n`);
    }
    const before = await lists();
    const res = await ctx.app.inject({
      method: 'POST',
      url: '/api/v1/sanctions/lists',
      headers: {
        authorization: `Bearer ${org.admin.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
      },
      payload: Readable.from(body()),
    });
    expect(res.statusCode).toBe(413);
    expect(res.json().errors[0]).toMatchObject({ path: '/file', code: 'file_too_large' });
    expect(await lists()).toEqual(before);
    expect(uploads()).toEqual([]);
  });

  it('screens a new customer and its contacts; confirm blocks quotes and orders, audited', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'ООО Ромашка', country: 'RU' });
    const mine = (await reviews('?status=open')).filter((r) => r.customerId === c.id);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    expect(mine[0]).toMatchObject({ source: 'create', subjectName: 'ООО Ромашка' });
    expect(mine[0]!.matchedOn.tokens[0]).toMatchObject({ query: 'Ромашка' });

    const decide = (id: string, body: object, actor = org.admin) =>
      ctx.client(actor).post(`/sanctions/reviews/${id}/decision`, body);
    expect((await decide(mine[0]!.id, { decision: 'confirm' })).json().errors[0]).toMatchObject({
      path: '/reason',
      code: 'required',
    });
    expect((await decide(mine[0]!.id, { decision: 'block' })).statusCode).toBe(400);
    expect(
      (await decide(mine[0]!.id, { decision: 'confirm', reason: 'x' }, org.eastRep)).statusCode,
    ).toBe(403);
    expect((await decide('nope', { decision: 'dismiss' })).statusCode).toBe(404);
    // Before the decision the customer may still be quoted.
    expect((await ctx.client(org.eastRep).post('/quotes', quoteBody(c.id))).statusCode).toBe(201);
    const ok = await decide(mine[0]!.id, {
      decision: 'confirm',
      reason: 'Same registration number',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'confirmed', reason: 'Same registration number' });

    const quote = await ctx.client(org.eastRep).post('/quotes', quoteBody(c.id));
    expect(quote.statusCode).toBe(409);
    expect(quote.json().errors[0]).toMatchObject({ path: '/customerId', code: 'customer_blocked' });
    const order = await ctx.client(org.eastRep).post('/orders', {
      customerId: c.id,
      number: 'SO-BLOCKED-1',
      orderDate: '2026-11-30',
      amountMinor: 1000,
      currency: 'USD',
    });
    expect(order.statusCode).toBe(409);
    expect(order.json().errors[0].code).toBe('customer_blocked');
    const audit = (
      await ctx.client(org.admin).get('/audit-log?entityType=sanctions_review')
    ).json();
    expect(JSON.stringify(audit)).toContain('Same registration number');
  });

  it('a dismissal holds until the entry changes; a list update re-screens only its changes', async () => {
    const watch = (await lists()).find((l: { format: string }) => l.format === 'csv');
    const logistics = await ctx.newCustomer(org.eastRep, {
      name: 'Global Logistics LLC',
      country: 'IR',
    });
    const ivanov = await ctx.newCustomer(org.eastRep, { name: 'Aleksei Ivanov', country: 'RU' });
    // Matches an entry the next version adds: found by the re-screen, not on creation.
    const newcomer = await ctx.newCustomer(org.eastRep, {
      name: 'New Watch Trading',
      country: 'AE',
    });
    const watchHits = async (customerId: string) =>
      (await reviews()).filter(
        (r) => r.customerId === customerId && r.entryName !== '' && r.source,
      );
    const ofWatch = async (customerId: string) => {
      const all = (await ctx.client(org.admin).get('/sanctions/reviews?limit=500')).json()
        .items as {
        id: string;
        customerId: string;
        listId: string;
        status: string;
        source: string;
      }[];
      return all.filter((r) => r.customerId === customerId && r.listId === watch.id);
    };
    expect(await ofWatch(newcomer.id)).toEqual([]);
    const [logHit] = await ofWatch(logistics.id);
    const [ivHit] = await ofWatch(ivanov.id);
    for (const r of [logHit!, ivHit!])
      expect(
        (
          await ctx
            .client(org.admin)
            .post(`/sanctions/reviews/${r.id}/decision`, { decision: 'dismiss' })
        ).statusCode,
      ).toBe(200);
    expect((await watchHits(logistics.id)).length).toBeGreaterThan(0);

    const v2 = await upload(org.admin, 'watch-list-v2.csv', 'csv');
    expect(v2.json()).toMatchObject({
      list: { id: watch.id, version: 2, entryCount: 26 },
      report: { read: 26, added: 1, changed: 1, removed: 0, unchanged: 24 },
    });
    await ctx.services.sanctions.settled();
    // The changed entry (GLOBAL LOGISTICS gained an alias) reopens its dismissal…
    expect((await ofWatch(logistics.id)).find((r) => r.id === logHit!.id)).toMatchObject({
      status: 'open',
      source: 'list-update',
    });
    // …the unchanged one stays dismissed, and the added entry finds its customer.
    expect((await ofWatch(ivanov.id)).find((r) => r.id === ivHit!.id)?.status).toBe('dismissed');
    expect(await ofWatch(newcomer.id)).toMatchObject([{ status: 'open', source: 'list-update' }]);
  });

  it('lists an import’s hits in its report', async () => {
    const csv =
      'Company,Country,Contact\nAbdullah Mohammed,SY,Olga Petrova\nHarmless Pumps GmbH,DE,Eva Schmidt\n';
    const res = await ctx.upload(org.eastRep, '/imports', { name: 'leads.csv', content: csv });
    expect(res.statusCode, res.body).toBe(202);
    await ctx.imports.wait(res.json().id);
    const report = (await ctx.client(org.eastRep).get(`/imports/${res.json().id}`)).json();
    expect(report.counts.created).toBe(2);
    expect(report.sanctionsHits.map((h: { subjectName: string }) => h.subjectName)).toContain(
      'Abdullah Mohammed',
    );
    expect(JSON.stringify(report.sanctionsHits)).not.toContain('Harmless');
    expect((await reviews(`?importId=${res.json().id}`)).every((r) => r.source === 'import')).toBe(
      true,
    );
  });
});
