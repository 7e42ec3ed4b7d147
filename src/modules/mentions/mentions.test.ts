import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';

/* eslint-disable @typescript-eslint/no-explicit-any -- API answers read as loose JSON */
type Json = any;
const fixture = (name: string) => readFileSync(`test/fixtures/feeds/${name}`, 'utf8');

const negative = {
  country: 'mz',
  title: 'Moradores reclamam da poluição perto do armazém',
  source: 'Notícias',
  url: 'https://news.example.mz/a',
  language: 'pt-mz',
  publishedOn: '2026-11-10',
  reach: 20000,
  topics: ['environment', 'environment', ' '],
};

describe.each(testDialects())('mentions on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let eastCustomer: Json;
  let westCustomer: Json;
  let created: Json;
  let server: Server;
  let base: string;
  const served: Record<string, () => [number, string]> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    eastCustomer = await ctx.newCustomer(org.eastRep, { name: 'Águas de Maputo', country: 'MZ' });
    westCustomer = await ctx.newCustomer(org.westRep, { name: 'FIPAG Beira', country: 'MZ' });
    // A local feed server: no network here, so feeds are read from 127.0.0.1.
    server = createServer((req, res) => {
      const route = served[req.url ?? ''];
      if (!route) return void res.writeHead(404).end();
      const [status, body] = route();
      res.writeHead(status, { 'content-type': 'application/rss+xml' }).end(body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    served['/rss'] = () => [200, fixture('rss2.xml')];
    served['/atom'] = () => [200, fixture('atom.xml')];
    served['/html'] = () => [200, fixture('not-a-feed.html')];
    served['/big'] = () => [200, 'x'.repeat(6 * 1024 * 1024)];
  });
  afterAll(async () => {
    server?.closeAllConnections();
    server?.close();
    await ctx?.close();
  });
  const count = async (table: 'mentions' | 'mention_customers' | 'mention_feeds') =>
    Number(
      (
        await ctx.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('refuses bad input with field errors and writes nothing', async () => {
    const admin = ctx.client(org.admin);
    const bad = await admin.post('/mentions', {
      ...negative,
      country: 'XX',
      language: 'not a tag',
      customerIds: ['01ffffff-ffff-7fff-8fff-ffffffffffff'],
      stakeholderIds: ['nobody'],
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: Json) => [e.path, e.code])).toEqual([
      ['/country', 'country'],
      ['/language', 'language'],
      ['/customerIds/0', 'not_in_scope'],
      ['/stakeholderIds/0', 'not_in_scope'],
    ]);
    for (const [field, value] of [
      ['sentiment', 'angry'],
      ['reach', -1],
      ['publishedOn', '2026-13-01'],
      ['url', 'javascript:alert(1)'],
      ['title', ''],
    ] as const) {
      const res = await admin.post('/mentions', { ...negative, [field]: value });
      expect(res.statusCode, `${field}=${value}`).toBe(400);
      expect(res.json().errors[0].path).toBe(`/${field}`);
    }
    const summary = await admin.get('/mentions/summary?country=MZ&from=2026-12-01&to=2026-01-01');
    expect(summary.statusCode).toBe(400);
    expect(summary.json().errors[0]).toMatchObject({ path: '/to', code: 'after_start' });
    expect((await admin.get('/mentions/summary')).statusCode).toBe(400);
    expect(await count('mentions')).toBe(0);
    // Reps neither log mentions nor read the country's reputation page.
    expect((await ctx.client(org.eastRep).post('/mentions', negative)).statusCode).toBe(403);
    expect((await ctx.client(org.eastRep).get('/mentions/summary?country=MZ')).statusCode).toBe(
      403,
    );
  });

  it('suggests the sentiment and keeps the person’s value beside it', async () => {
    const res = await ctx.client(org.eastManager).post('/mentions', {
      ...negative,
      customerIds: [eastCustomer.id],
    });
    expect(res.statusCode, res.body).toBe(201);
    created = res.json();
    expect(created).toMatchObject({
      country: 'MZ',
      language: 'pt-MZ',
      sentiment: 'negative',
      suggestedSentiment: 'negative',
      personSentiment: null,
      topics: ['environment'],
      customers: [{ id: eastCustomer.id, name: 'Águas de Maputo' }],
      hiddenCustomers: 0,
    });
    const edited = await ctx
      .client(org.admin)
      .patch(`/mentions/${created.id}`, { sentiment: 'neutral' });
    expect(edited.json()).toMatchObject({
      sentiment: 'neutral',
      suggestedSentiment: 'negative',
      personSentiment: 'neutral',
    });
    // null returns to the suggestion; a new title is suggested again.
    const back = await ctx.client(org.admin).patch(`/mentions/${created.id}`, {
      sentiment: null,
      title: 'Cliente elogia excelente serviço',
    });
    expect(back.json()).toMatchObject({ sentiment: 'positive', personSentiment: null });
    await ctx.client(org.admin).patch(`/mentions/${created.id}`, { title: negative.title });
  });

  it('shows mentions to managers and admins, to reps only those of their customers', async () => {
    const listed = async (who: keyof typeof org) =>
      (await ctx.client(org[who] as never).get('/mentions?country=mz')).json().items as Json[];
    expect((await listed('admin')).map((m) => m.id)).toEqual([created.id]);
    expect((await listed('eastRep')).map((m) => m.id)).toEqual([created.id]);
    const west = await listed('westManager');
    expect(west[0]).toMatchObject({ customers: [], hiddenCustomers: 1 });
    expect(JSON.stringify(west)).not.toContain('Águas de Maputo');
    expect(await listed('westRep')).toEqual([]);
    expect((await ctx.client(org.westRep).get(`/mentions/${created.id}`)).statusCode).toBe(404);
    expect(
      (await ctx.client(org.eastRep).patch(`/mentions/${created.id}`, { sentiment: 'positive' }))
        .statusCode,
    ).toBe(403);
    expect((await ctx.client(org.eastRep).delete(`/mentions/${created.id}`)).statusCode).toBe(403);
    // The west manager relinks to their customer: the east link they cannot see stays.
    await ctx
      .client(org.westManager)
      .patch(`/mentions/${created.id}`, { customerIds: [westCustomer.id] });
    const links = await ctx.db
      .selectFrom('mention_customers')
      .select('customer_id')
      .where('mention_id', '=', created.id)
      .orderBy('customer_id')
      .execute();
    expect(links.map((l) => l.customer_id).sort()).toEqual(
      [eastCustomer.id, westCustomer.id].sort(),
    );
  });

  it('reads uploaded RSS and Atom files, matches the names in several scripts, once', async () => {
    const admin = ctx.client(org.admin);
    const bad = await admin.post('/feeds', {
      country: 'XX',
      name: 'x',
      url: 'ftp://x',
      language: '??',
    });
    expect(bad.json().errors.map((e: Json) => e.path)).toEqual(['/country', '/language', '/url']);
    const managerPrivate = await ctx
      .client(org.eastManager)
      .post('/feeds', { country: 'MZ', name: 'x', allowPrivateNetwork: true });
    expect(managerPrivate.statusCode).toBe(400);
    expect((await ctx.client(org.eastRep).get('/feeds')).statusCode).toBe(403);
    expect(await count('mention_feeds')).toBe(0);

    await admin.put('/feeds/names', {
      items: [
        { name: 'Haier', kind: 'company' },
        { name: 'Хайер', kind: 'company' },
        { name: '海尔', kind: 'brand' },
      ],
    });
    const mz = (await admin.post('/feeds', { country: 'MZ', name: 'Notícias de Maputo' })).json();
    const first = await ctx.upload(org.admin, `/feeds/${mz.id}/upload`, {
      name: 'feed.xml',
      content: fixture('rss2.xml'),
    });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({ items: 3, matched: 2, created: 2, error: null });
    const again = await ctx.upload(org.admin, `/feeds/${mz.id}/upload`, {
      name: 'feed.xml',
      content: fixture('rss2.xml'),
    });
    expect(again.json()).toMatchObject({ matched: 2, created: 0 });
    const before = await count('mentions');
    for (const name of ['malformed.xml', 'not-a-feed.html']) {
      const res = await ctx.upload(org.admin, `/feeds/${mz.id}/upload`, {
        name,
        content: fixture(name),
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().detail).toMatch(/not an RSS or Atom feed/);
      expect(res.json().errors[0]).toMatchObject({ path: '/file', code: 'feed_not_rss_atom' });
    }
    expect(await count('mentions')).toBe(before);
    const items = (await admin.get('/mentions?country=MZ')).json().items as Json[];
    const fromFeed = items.filter((m) => m.feedId === mz.id);
    expect(
      fromFeed.map((m) => [m.sentiment, m.language, m.matchedNames, m.publishedOn]).sort(),
    ).toEqual([
      ['negative', 'pt-MZ', ['Haier'], '2026-11-10'],
      ['positive', 'pt-MZ', ['Haier'], '2026-11-02'],
    ]);
  });

  it('fetches feeds from a server with a timeout and a size limit, never crashing', async () => {
    const admin = ctx.client(org.admin);
    const add = async (path: string) =>
      (
        await admin.post('/feeds', {
          country: 'KZ',
          name: `Almaty ${path}`,
          url: `${base}${path}`,
          language: 'ru',
          allowPrivateNetwork: true,
        })
      ).json();
    const atom = await add('/atom');
    const res = await admin.post(`/feeds/${atom.id}/fetch`);
    expect(res.json()).toEqual({ items: 2, matched: 1, created: 1, error: null });
    const kz = (await admin.get('/mentions?country=KZ')).json().items as Json[];
    expect(kz[0]).toMatchObject({
      matchedNames: ['海尔', 'Хайер'],
      language: 'ru',
      sentiment: 'neutral',
    });
    for (const [path, why] of [
      ['/html', /not RSS\/Atom/],
      ['/big', /larger than 5 MB/],
      ['/missing', /answered 404/],
    ] as const) {
      const f = await add(path);
      const r = await admin.post(`/feeds/${f.id}/fetch`);
      expect(r.statusCode, path).toBe(200);
      expect(r.json().error, path).toMatch(why);
      expect((await admin.get(`/feeds/${f.id}`)).json().lastError).toMatch(why);
    }
    // A feed on the internet's address space only: a loopback URL without the admin's consent.
    const guarded = (
      await admin.post('/feeds', { country: 'KZ', name: 'Guarded', url: `${base}/rss` })
    ).json();
    expect((await admin.post(`/feeds/${guarded.id}/fetch`)).json().error).toMatch(/not a public/);
    // The scheduled job reads every enabled feed; a failing one does not stop the others.
    await ctx.db.deleteFrom('mention_feeds').where('id', '=', guarded.id).execute();
    const runs = await ctx.services.feeds.fetchOne(org.ws.id, atom.id);
    expect(runs).toMatchObject({ created: 0, error: null });
  });

  it('gives the reputation page: months by sentiment, negative share, sources, the alert', async () => {
    const admin = ctx.client(org.admin);
    for (const day of ['2026-11-25', '2026-11-27', '2026-11-28'])
      await admin.post('/mentions', { ...negative, publishedOn: day, source: 'Savana' });
    const res = await admin.get(
      '/mentions/summary?country=mz&from=2026-01-01&to=2026-11-30&windowDays=7&threshold=2',
    );
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s).toMatchObject({ country: 'MZ', total: 6, negative: 5, negativeShare: 83.3 });
    expect(s.months).toEqual([{ month: '2026-11', negative: 5, neutral: 0, positive: 1 }]);
    expect(s.topSources[0]).toEqual({ source: 'Savana', count: 3, negative: 3 });
    expect(s.alert).toMatchObject({
      current: 3,
      raised: true,
      worst: { endsOn: '2026-11-28', count: 3 },
    });
  });

  it('deletes a mention with its links (managers and admins)', async () => {
    expect((await ctx.client(org.westManager).delete(`/mentions/${created.id}`)).statusCode).toBe(
      204,
    );
    expect(
      await ctx.db
        .selectFrom('mention_customers')
        .select('mention_id')
        .where('mention_id', '=', created.id)
        .execute(),
    ).toEqual([]);
  });
});
