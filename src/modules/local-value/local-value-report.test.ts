import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../../../test/support/browser.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { pdfText } from '../../../test/support/pdf-text.ts';

const base = { periodStart: '2025-01-01', periodEnd: '2025-12-31' };
const FIGURES = [
  {
    ...base,
    country: 'MZ',
    kind: 'direct_jobs',
    headcount: 48,
    localNationals: 42,
    management: 8,
    womenInManagement: 3,
    sourceDocument: 'Folha de pessoal 2025-12',
  },
  {
    ...base,
    country: 'MZ',
    kind: 'local_purchasing',
    amountMinor: 64_000_000_00,
    totalMinor: 128_000_000_00,
    currency: 'MZN',
    sourceDocument: 'AP ledger',
  },
  {
    ...base,
    country: 'MZ',
    kind: 'revenue_share',
    partnerName: 'Construtora Boane Lda',
    amountMinor: 850_00,
    totalMinor: 1_000_00,
    currency: 'USD',
    sourceDocument: 'JV §4',
  },
  {
    ...base,
    country: 'KZ',
    kind: 'taxes_paid',
    amountMinor: 9_000_000_00,
    currency: 'KZT',
    sourceDocument: 'KGD receipt',
  },
];

/** Plain text of an HTML page: tags dropped, escaped characters undone, spaces made plain. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

describe.each(testDialects())('local value transparency report on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  const report = (query: string) => ctx.client(org.admin).get(`/local-value/report?${query}`);

  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    const rates = await ctx.client(org.admin).put('/exchange-rates', {
      reportingCurrency: 'USD',
      items: [{ currency: 'MZN', validFrom: '2025-01-01', rate: '0.015625' }],
    });
    expect(rates.statusCode, rates.body).toBe(200);
    for (const f of FIGURES) {
      const res = await ctx.client(org.admin).post('/local-value', f);
      expect(res.statusCode, res.body).toBe(201);
    }
  });
  afterAll(() => ctx?.close());

  it('writes the ledger’s figures in English, Chinese and Portuguese, the same bytes each time', async () => {
    const en = await report('country=MZ&year=2025');
    expect(en.statusCode, en.body).toBe(200);
    expect(en.headers['content-type']).toMatch(/^text\/html/);
    expect((await report('country=MZ&year=2025')).body).toBe(en.body);
    const text = textOf(en.body);
    for (const s of [
      'Local value transparency report',
      'Mozambique',
      '87.5 %',
      '37.5 %',
      '50 %',
      '85 %',
      'AP ledger',
      'Construtora Boane Lda',
      'GRI 204-1',
    ])
      expect(text).toContain(s);
    const zh = textOf((await report('country=MZ&year=2025&lang=zh-CN')).body);
    for (const s of ['本地价值透明度报告', '莫桑比克', '本地采购（GRI 204-1）', '87.5 %'])
      expect(zh).toContain(s);
    const pt = textOf((await report('country=MZ&year=2025&lang=local')).body);
    for (const s of [
      'Relatório de transparência do valor local',
      'Moçambique',
      'Empregos locais diretos',
      '87,5 %',
      'Folha de pessoal 2025-12',
    ])
      expect(pt).toContain(s);
    expect(textOf((await report('country=MZ&year=2025&lang=pt')).body)).toBe(pt);
  });

  it('falls back to English with a note for a language it has no words for', async () => {
    const kz = textOf((await report('country=KZ&year=2025&lang=local')).body);
    expect(kz).toContain('This report is not available in Russian; it is shown in English.');
    expect(kz).toContain('Kazakhstan');
    expect(kz).toContain('KGD receipt');
    expect(kz).toContain('Not converted (no exchange rate): KZT');
    expect(kz).not.toContain('converted to USD');
    // Kazakh figures stay out of Mozambique's report and the other way round.
    expect(kz).not.toContain('AP ledger');
  });

  it('changes when the ledger changes, and only then', async () => {
    const before = (await report('country=MZ&year=2025')).body;
    const list = (await ctx.client(org.admin).get('/local-value?country=MZ')).json();
    const jobs = list.items.find((e: { kind: string }) => e.kind === 'direct_jobs');
    await ctx.client(org.admin).patch(`/local-value/${jobs.id}`, { localNationals: 36 });
    const after = (await report('country=MZ&year=2025')).body;
    expect(after).not.toBe(before);
    expect(textOf(after)).toContain('75 %');
    await ctx.client(org.admin).patch(`/local-value/${jobs.id}`, { localNationals: 42 });
    // Same figures again; only the "as of" date could differ, and it is the same day here.
    expect((await report('country=MZ&year=2025')).body).toBe(before);
  });

  it('refuses bad queries and callers outside managers and admins', async () => {
    expect((await report('country=MZ&format=doc')).statusCode).toBe(400);
    expect((await report('year=2025')).statusCode).toBe(400);
    expect((await ctx.client(org.eastRep).get('/local-value/report?country=MZ')).statusCode).toBe(
      403,
    );
  });

  it.skipIf(!browserRunnable)(
    'prints PDFs whose Chinese and Portuguese text poppler reads back',
    async () => {
      const pdf = async (lang: string) => {
        const res = await report(`country=MZ&year=2025&format=pdf&lang=${lang}`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toBe(
          'attachment; filename="local-value-MZ-2025.pdf"',
        );
        return res.rawPayload;
      };
      const zh = pdfText(await pdf('zh-CN'));
      for (const s of ['本地价值透明度报告', '直接本地就业', '莫桑比克', 'Construtora Boane Lda'])
        expect(zh).toContain(s);
      const pt = pdfText(await pdf('pt'));
      for (const s of [
        'Relatório de transparência do valor local',
        'Empregos locais diretos',
        'Moçambique',
        '87,5 %',
      ])
        expect(pt).toContain(s);
    },
    60_000,
  );
});
