import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../../../test/support/browser.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { pdfFonts, pdfText } from '../../../test/support/pdf-text.ts';

const lines = [
  {
    description: 'Solar inverter 5 kW',
    quantity: 10,
    unit: 'pcs',
    unitPriceMinor: 123_450,
    hsCode: '85044090',
  },
  {
    description: 'Mounting kit',
    quantity: 2,
    unit: 'set',
    unitPriceMinor: 50_000,
    discountPercent: 5,
  },
];
// 10 × 1,234.50 + 2 × 500.00 × 0.95 = 12,345.00 + 950.00 = 13,295.00

describe.skipIf(!browserRunnable).each(testDialects())('quote PDFs on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  beforeAll(async () => {
    ctx = await TestContext.create(dialect);
    org = await salesOrg(ctx);
    await ctx.client(org.admin).put('/quote-settings', {
      quotePattern: 'Q-{yyyy}-{seq}',
      proformaPattern: 'PI-{yyyy}-{seq}',
      letterhead: 'No. 88 Binjiang Road, Ningbo, China',
      bankDetails: 'Bank of China Ningbo Branch · SWIFT BKCHCNBJ92A',
    });
  });
  afterAll(() => ctx.close());

  const quote = async (customer: Record<string, unknown>, extra: Record<string, unknown> = {}) => {
    const c = await ctx.newCustomer(org.eastRep, customer);
    const res = await ctx.client(org.eastRep).post('/quotes', {
      customerId: c.id,
      quoteDate: '2026-03-05',
      validUntil: '2099-04-04',
      incoterm: { rule: 'CIF', place: 'Jeddah' },
      paymentTerms: [
        { percent: 30, event: 'on_order' },
        { percent: 70, event: 'against_bl_copy' },
      ],
      lines,
      ...extra,
    });
    expect(res.statusCode).toBe(201);
    return res.json();
  };

  const pdf = async (id: string, query = '') => {
    const res = await ctx.client(org.eastRep).get(`/quotes/${id}/pdf${query}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    return res.rawPayload;
  };

  it('writes an Arabic quote right to left with Arabic labels, the buyer’s Arabic name and Arabic-Indic figures', async () => {
    const q = await quote(
      { name: 'Al Rajhi Trading Co. Ltd', nativeName: 'الراجحي للتجارة المحدودة', country: 'SA' },
      { currency: 'SAR', language: 'ar' },
    );
    expect(q.language).toBe('ar-SA');
    const text = pdfText(await pdf(q.id));
    for (const label of ['عرض سعر', 'شروط الدفع', 'الكمية', 'سعر الوحدة', 'المشتري'])
      expect(text).toContain(label);
    // "الإجمالي" (total): poppler reads the lam-alef ligature's two letters in visual order.
    expect(text).toMatch(/ا(لإ|إل)جمالي/);
    expect(text).toContain('الراجحي للتجارة المحدودة');
    // ar-SA writes 13,295.00 as ١٣٬٢٩٥٫٠٠ (Arabic-Indic digits, Arabic separators).
    expect(text).toContain('١٣٬٢٩٥٫٠٠');
    expect(pdfFonts(await pdf(q.id))).toMatch(/NotoSansArabic|NotoNaskhArabic/);
  });

  it('writes a Chinese quote with Chinese labels and the Chinese total', async () => {
    const q = await quote(
      {
        name: 'Jurong Water Technology Pte. Ltd.',
        nativeName: '裕廊水务科技私人有限公司',
        country: 'SG',
      },
      { currency: 'CNY', language: 'zh-CN' },
    );
    const text = pdfText(await pdf(q.id));
    for (const label of ['报价单', '总计', '付款方式', '海关编码', '贸易术语'])
      expect(text).toContain(label);
    expect(text).toContain('裕廊水务科技私人有限公司');
    expect(text).toContain('¥13,295.00');
    expect(pdfFonts(await pdf(q.id))).not.toMatch(/Type 3/);
  });

  it('writes a German quote with German labels and 13.295,00 €', async () => {
    const q = await quote(
      { name: 'Müller Maschinenbau GmbH', country: 'DE' },
      { currency: 'EUR', incoterm: { rule: 'FOB', place: 'Ningbo' } },
    );
    expect(q.language).toBe('de-DE');
    const file = await pdf(q.id);
    const text = pdfText(file);
    for (const label of [
      'Angebot',
      'Gesamtbetrag',
      'Zahlungsbedingungen',
      'Einzelpreis',
      'Bankverbindung',
    ])
      expect(text).toContain(label);
    expect(text).toContain('Müller Maschinenbau GmbH');
    expect(text).toContain('13.295,00 €');
    expect(text).toContain('5. März 2026');
    // The discount's minus sign (U+2212) comes from Noto Sans Math, not Noto Sans CJK (Type 3).
    expect(text).toContain('−50,00 €');
    expect(pdfFonts(file)).not.toMatch(/Type 3/);
  });

  it('prints an Arabic buyer name on a Chinese PI without empty boxes', async () => {
    const q = await quote(
      { name: 'Najd Industrial LLC', nativeName: 'نجد الصناعية المحدودة', country: 'SA' },
      { kind: 'proforma', language: 'zh-CN', currency: 'USD' },
    );
    expect(q.number).toMatch(/^PI-2026-/);
    const file = await pdf(q.id);
    const text = pdfText(file);
    expect(text).toContain('形式发票');
    expect(text).toContain('نجد الصناعية المحدودة');
    expect(text).toContain('US$13,295.00');
    // Every script as an embedded TrueType subset: Han from Droid Sans Fallback, Arabic from Noto
    // Sans Arabic. No Type 3 glyph procedures (Noto Sans CJK's CFF outlines, or a synthesised
    // bold), which print several times slower; nothing left to the reader's fonts.
    const fonts = pdfFonts(file);
    expect(fonts).toMatch(/NotoSansArabic|NotoNaskhArabic/);
    expect(fonts).toMatch(/\+DroidSansFallback +CID TrueType +Identity-H +yes +yes +yes/);
    expect(fonts).not.toMatch(/Type 3/);
    expect(fonts).not.toMatch(/ no +(yes|no) +(yes|no) +\d+ +\d+\s*$/m);
  });

  it('writes pt-BR money for a Brazilian buyer, and keeps the PDF as sent', async () => {
    const q = await quote({ name: 'Solaris Energia Ltda', country: 'BR' }, { currency: 'BRL' });
    expect(q.language).toBe('pt-BR');
    expect(pdfText(await pdf(q.id))).toContain('R$ 13.295,00');
    const sent = await ctx.client(org.eastRep).post(`/quotes/${q.id}/send`);
    expect(sent.json()).toMatchObject({ status: 'sent', hasSentPdf: true });
    const stored = await ctx.db
      .selectFrom('quote_documents')
      .select(['pdf', 'language'])
      .where('quote_id', '=', q.id)
      .executeTakeFirstOrThrow();
    expect(stored.language).toBe('pt-BR');
    // The download of a sent quote is the stored file, byte for byte.
    expect(Buffer.compare(await pdf(q.id), Buffer.from(stored.pdf))).toBe(0);
    // Another language is rendered on request, in that language.
    const english = pdfText(await pdf(q.id, '?lang=en'));
    expect(english).toContain('Quotation');
    expect(english).toContain('R$13,295.00');
    const bad = await ctx.client(org.eastRep).get(`/quotes/${q.id}/pdf?lang=xx-!!`);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({ path: '/lang', code: 'quote_language' });
  });
});
