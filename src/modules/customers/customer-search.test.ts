import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import type { CustomerOut } from './customers.schemas.ts';

type Page = { items: CustomerOut[]; nextCursor: string | null };

describe.each(testDialects())('customer search across scripts on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const id: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const mine: [string, Record<string, unknown>][] = [
      ['shuiwu', { name: '上海水务集团有限公司', country: 'CN' }],
      ['shuiwuEn', { name: 'Shanghai Water Trading', nativeName: '水务贸易', country: 'CN' }],
      ['chongqing', { name: '重庆钢铁股份有限公司', country: 'CN' }],
      ['toyota', { name: 'トヨタ自動車株式会社', country: 'JP' }],
      ['samsung', { name: '삼성전자 주식회사', country: 'KR' }],
      ['thai', { name: 'บริษัทไทยเบฟเวอเรจจำกัด', country: 'TH' }],
      ['futtaim', { name: 'شركة الفطيم', country: 'AE' }],
      ['madina', { name: 'شركة المدينة', country: 'SA' }],
      ['almaty', { name: 'Алматы Су', country: 'KZ' }],
      ['athens', { name: 'Αθηναϊκή Ζυθοποιία', country: 'GR' }],
      ['mueller', { name: 'Müller Maschinenbau GmbH', country: 'DE' }],
      ['muellerExact', { name: 'Müller', country: 'AT' }],
      ['hansMueller', { name: 'Hans Müllerbau KG', country: 'DE' }],
    ];
    for (const [key, body] of mine) id[key] = (await ctx.newCustomer(org.eastRep, body)).id;
    // Another rep's customer with the same name: never in the east rep's results.
    id.west = (await ctx.newCustomer(org.westRep, { name: '上海水务集团西部', country: 'CN' })).id;
    await ctx.newContact(org.eastRep, id.mueller!, {
      firstName: 'Jonas',
      lastName: 'Weber',
      emails: ['j.weber@mueller-maschinen.de'],
      phones: ['030 1234567'],
    });
  });
  afterAll(() => ctx.close());

  const search = async (actor: Parameters<TestContext['client']>[0], q: string, extra = '') => {
    const res = await ctx.client(actor).get(`/customers?q=${encodeURIComponent(q)}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<Page>();
  };
  const found = async (q: string) => (await search(org.eastRep, q)).items.map((c) => c.id);

  it.each([
    ['水务', ['shuiwuEn', 'shuiwu']],
    ['水务集团', ['shuiwu']],
    ['shuiwu', ['shuiwuEn', 'shuiwu']],
    ['shui wu', ['shuiwuEn', 'shuiwu']],
    ['sw', ['shuiwuEn', 'shuiwu']],
    ['chongqing', ['chongqing']],
    ['cqgt', ['chongqing']],
    ['自動車', ['toyota']],
    ['전자', ['samsung']],
    ['เบฟเวอเรจ', ['thai']],
    ['فطيم', ['futtaim']],
    ['الفطيم', ['futtaim']],
    ['مدينه', ['madina']],
    ['almaty su', ['almaty']],
    ['athinaiki', ['athens']],
    ['weber', ['mueller']],
    ['j.weber@mueller-maschinen.de', ['mueller']],
    ['+49 30 1234', ['mueller']],
    ['030 1234', ['mueller']],
  ])('%j finds %j', async (q, keys) => {
    expect(await found(q)).toEqual(expect.arrayContaining(keys.map((k) => id[k])));
    expect((await found(q)).sort()).toEqual(keys.map((k) => id[k]).sort());
  });

  it('applies scope: a rep never finds another rep’s customer; the admin finds both', async () => {
    expect(await found('上海水务')).toEqual([id.shuiwu]);
    const admin = (await search(org.admin, '上海水务')).items.map((c) => c.id);
    expect(admin.sort()).toEqual([id.shuiwu, id.west].sort());
    expect(await search(org.westRep, 'shuiwu')).toMatchObject({ items: [{ id: id.west }] });
  });

  it('ranks the exact name, then the name prefix, then a word prefix', async () => {
    const ids = await found('müller');
    // Müller (exact), then Müller Maschinenbau (prefix), then Hans Müllerbau (word prefix).
    expect(ids).toEqual([id.muellerExact, id.mueller, id.hansMueller]);
  });

  it('pages through tiers without losing or repeating a customer', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await search(
        org.eastRep,
        'müller',
        `&limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      seen.push(...page.items.map((c) => c.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual([id.muellerExact, id.mueller, id.hansMueller]);
  });

  it('marks the matched part of the name', async () => {
    const { items } = await search(org.eastRep, 'shuiwu');
    const shuiwu = items.find((c) => c.id === id.shuiwu)!;
    const [range] = shuiwu.highlight!.name;
    expect(shuiwu.name.slice(range!.start, range!.end)).toBe('水务');
    const en = items.find((c) => c.id === id.shuiwuEn)!;
    expect(en.highlight!.name).toEqual([]);
    expect(en.highlight!.nativeName).toEqual([{ start: 0, end: 2 }]);
  });

  it('follows renames and contact changes at once', async () => {
    const res = await ctx.client(org.eastRep).patch(`/customers/${id.almaty}`, {
      name: 'Алматы Энерго',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await found('almaty su')).toEqual([]);
    expect(await found('almaty energo')).toEqual([id.almaty]);
  });

  it('a reassigned customer moves to its new owner’s search at once', async () => {
    const moved = await ctx.newCustomer(org.eastRep, {
      name: 'Jurong Water Technology',
      country: 'SG',
    });
    const res = await ctx.client(org.admin).patch(`/customers/${moved.id}`, {
      ownerId: org.eastRep2.scope.userId,
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(await found('jurong water')).toEqual([]);
    expect((await search(org.eastRep2, 'jurong water')).items.map((c) => c.id)).toEqual([moved.id]);
    // The east manager sees both reps' customers.
    expect((await search(org.eastManager, 'jurong water')).items.map((c) => c.id)).toEqual([
      moved.id,
    ]);
    expect((await search(org.westManager, 'jurong water')).items).toEqual([]);
  });

  it('reading the newest documents first gives the same pages as reading them all', async () => {
    // PostgreSQL reads the newest documents first (in production the newest 20,000); a depth of 3
    // here makes both paths run: a word most of these customers share fills the page from the
    // newest, a word only old customers have falls back to every document.
    const names = Array.from({ length: 12 }, (_, i) => `Window Test ${i}`);
    const made: string[] = [];
    for (const name of names)
      made.push((await ctx.newCustomer(org.admin, { name, country: 'DE' })).id);
    const { anyTier, searchPlan } = await import('../../domain/search/query.ts');
    const { customersRepository } = await import('./customers.repository.ts');
    const page = async (q: string, depth: number, limit: number) =>
      (
        await customersRepository.listMatching(
          ctx.db,
          org.admin.scope,
          { match: anyTier(searchPlan(q)!), limit },
          depth,
        )
      ).map((r) => r.row.id);
    for (const [q, limit] of [
      ['window test', 2],
      ['window test', 20],
      ['window test 0', 2],
      ['müller', 5],
    ] as const)
      expect(await page(q, 3, limit), `${q} ${limit}`).toEqual(await page(q, 1_000_000, limit));
    expect(await page('window test', 3, 2)).toEqual([made[11], made[10], made[9]]);
  });

  it('a deleted customer is no longer found', async () => {
    expect((await ctx.client(org.eastRep).delete(`/customers/${id.athens}`)).statusCode).toBe(204);
    expect(await found('athinaiki')).toEqual([]);
  });

  it('any text a user types answers 200 with customers they may see (property)', async () => {
    const visible = new Set(
      (await ctx.client(org.eastRep).get('/customers?limit=500'))
        .json<Page>()
        .items.map((c) => c.id),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'grapheme', maxLength: 30 }),
          fc.string({ unit: 'binary', maxLength: 30 }),
          fc.constantFrom('"*', "'\\:*", '(a OR b) NOT c', '水务 AND', '@', '+', '..', '0049'),
        ),
        async (q) => {
          const res = await ctx.client(org.eastRep).get(`/customers?q=${encodeURIComponent(q)}`);
          if (q.length > 100) return;
          expect(res.statusCode, `${JSON.stringify(q)}: ${res.body}`).toBe(200);
          for (const c of res.json<Page>().items) {
            expect(visible.has(c.id)).toBe(true);
            for (const r of [...c.highlight!.name, ...c.highlight!.nativeName])
              expect(
                r.start < r.end && r.end <= Math.max(c.name.length, c.nativeName?.length ?? 0),
              ).toBe(true);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('queries with operator characters are only text', async () => {
    for (const q of ['"', "'", 'a AND b', 'NOT x', '*', '(', ':*', '\\', 'x"y@z.com', '&!|'])
      expect((await search(org.eastRep, q)).items).toEqual([]);
  });
});
