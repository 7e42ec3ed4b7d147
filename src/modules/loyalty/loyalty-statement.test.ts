import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserRunnable } from '../../../test/support/browser.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { salesOrg, TestContext } from '../../../test/support/context.ts';
import { ok, PROGRAMME } from '../../../test/support/loyalty-world.ts';
import { pdfFonts, pdfText } from '../../../test/support/pdf-text.ts';

const clock = { now: new Date('2025-07-01T02:00:00Z') };
const at = (date: string) => (clock.now = new Date(`${date}T02:00:00Z`));
const LANGUAGES = ['en', 'zh-CN', 'es', 'pt', 'fr', 'de', 'ru', 'ar', 'ja'] as const;

/** Plain text of an HTML page: tags dropped, entities of escaped text undone, spaces made plain. */
const textOf = (html: string) =>
  html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)))
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ');

describe.each(testDialects())('loyalty statements on %s', (dialect) => {
  let ctx: TestContext;
  let org: Awaited<ReturnType<typeof salesOrg>>;
  let customerId: string;
  const contacts: Record<string, string> = {};

  beforeAll(async () => {
    ctx = await TestContext.create(dialect, { container: { jobs: { now: () => clock.now } } });
    org = await salesOrg(ctx);
    at('2025-07-01');
    await ok(
      await ctx.client(org.admin).put('/loyalty/programme', {
        ...PROGRAMME,
        bonuses: { eventAttended: 0, npsAnswer: 0, referral: 50, anniversary: 0 },
      }),
    );
    const c = await ctx.newCustomer(org.eastRep, {
      name: 'Al Noor Trading',
      nativeName: 'شركة النور التجارية',
      country: 'SA',
    });
    customerId = c.id;
    for (const lang of LANGUAGES) {
      const contact = await ctx.newContact(org.eastRep, c.id, {
        firstName: `Reader ${lang}`,
        preferredLanguage: lang,
      });
      contacts[lang] = contact.id;
    }
    const admin = ctx.client(org.admin);
    const rep = ctx.client(org.eastRep);
    await ok(
      await admin.post(`/customers/${c.id}/loyalty/adjust`, { points: 1200, reason: 'Migrated' }),
    );
    at('2026-03-01');
    await ok(
      await admin.post(`/customers/${c.id}/loyalty/adjust`, { points: 300, reason: 'Welcome' }),
    );
    at('2026-05-01');
    await ok(
      await rep.post(`/customers/${c.id}/loyalty/redeem`, { points: 200, reason: 'Catalogue' }),
    );
    at('2026-06-01');
    const referred = await ctx.newCustomer(org.eastRep, { name: 'Friend Co', country: 'SA' });
    await ok(
      await rep.post(`/customers/${c.id}/loyalty/referrals`, { referredCustomerId: referred.id }),
    );
    at('2026-06-15');
  });
  afterAll(() => ctx.close());

  const statement = async (query: string, who = org.eastRep) =>
    ctx.client(who).get(`/customers/${customerId}/loyalty/statement?${query}`);
  const html = async (lang: string, extra = '') => {
    const res = await statement(`contactId=${contacts[lang]}${extra}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    return res.body;
  };

  it('tells balance, movements, expiring lots and the way to the next tier, in English', async () => {
    const page = await html('en');
    expect(page).toContain('<html lang="en" dir="ltr">');
    const text = textOf(page);
    // 1,200 + 300 − 200 + 50; the 12 months count 1,550 points: Silver, 450 to Gold.
    for (const s of [
      'Loyalty points statement',
      'Points balance 1,350',
      'Silver',
      'Next tier: Gold · Threshold: 2,000 · Still to go: 450',
      'Bonus: referral',
      'Redeemed · Catalogue',
      'Adjusted · Welcome',
      'Opening balance: 0 · Closing balance: 1,350',
      // the 1,200 lot, 200 spent from it, expires within 90 days
      'Points expiring in the next 90 days',
      'July 1, 2025 July 1, 2026 1,000',
      'Attn. Reader en',
    ])
      expect(text).toContain(s);
    expect(text).toContain('شركة النور التجارية');
  });

  it('shows only the period’s movements, from the balance before it', async () => {
    const text = textOf(await html('en', '&from=2026-03-01&to=2026-05-31'));
    expect(text).toContain('Opening balance: 1,200 · Closing balance: 1,300');
    expect(text).toContain('−200');
    expect(text).not.toContain('Bonus: referral');
    expect(text).not.toContain('Migrated');
  });

  it.each([
    [
      'zh-CN',
      'zh-CN',
      [
        '会员积分对账单',
        '积分余额 1,350',
        '银卡',
        '金卡',
        '尚差: 450',
        '2026年7月1日',
        '奖励：推荐客户',
      ],
    ],
    [
      'es',
      'es',
      [
        'Extracto de puntos de fidelidad',
        'Saldo de puntos 1350',
        'Bonificación: recomendación',
        '1 de julio de 2026',
      ],
    ],
    [
      'pt',
      'pt',
      [
        'Extrato de pontos de fidelidade',
        'Saldo de pontos 1.350',
        'Bônus: indicação',
        '1 de julho de 2026',
      ],
    ],
    [
      'fr',
      'fr',
      [
        'Relevé de points de fidélité',
        'Solde de points 1 350',
        'Bonus : parrainage',
        '1 juillet 2026',
      ],
    ],
    [
      'de',
      'de',
      ['Treuepunkte-Kontoauszug', 'Punktestand 1.350', 'Noch nötig: 450', '1. Juli 2026'],
    ],
    [
      'ru',
      'ru',
      ['Выписка по бонусным баллам', 'Баланс баллов 1 350', 'Бонус: рекомендация', '1 июля 2026'],
    ],
    // Arabic for a Saudi customer: ar-SA, right to left, Arabic-Indic figures.
    ['ar', 'ar-SA', ['كشف نقاط الولاء', 'رصيد النقاط ١٬٣٥٠', 'مكافأة: ترشيح عميل', 'المتبقي: ٤٥٠']],
    // No Japanese table: the main language of the customer's country (Saudi Arabia) instead.
    ['ja', 'ar-SA', ['كشف نقاط الولاء']],
  ] as const)('writes a %s contact’s statement in %s', async (lang, locale, expected) => {
    const page = await html(lang);
    expect(page).toContain(
      `<html lang="${locale}" dir="${locale.startsWith('ar') ? 'rtl' : 'ltr'}">`,
    );
    const text = textOf(page);
    for (const s of expected) expect(text).toContain(s);
  });

  it('falls back to English when neither the contact nor the country has a table', async () => {
    const c = await ctx.newCustomer(org.eastRep, { name: 'Tokyo KK', country: 'JP' });
    await ctx.newContact(org.eastRep, c.id, { firstName: 'Yui', preferredLanguage: 'ja' });
    const res = await ctx.client(org.eastRep).get(`/customers/${c.id}/loyalty/statement`);
    expect(res.body).toContain('<html lang="en" dir="ltr">');
    expect(textOf(res.body)).toContain('No movements in this period.');
    expect(textOf(res.body)).toContain('No points expire in the next 90 days.');
  });

  it('refuses bad input with field errors, and another rep’s customer is not found', async () => {
    const codeOf = async (query: string) => {
      const res = await statement(query);
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
      return res.json().errors[0];
    };
    expect(await codeOf('from=2026-05-01&to=2026-04-01')).toMatchObject({
      path: '/to',
      code: 'not_before_start',
    });
    // The query's schema names its fields under /querystring.
    expect(await codeOf('from=2026-13-01')).toMatchObject({
      path: '/querystring/from',
      code: 'invalid_date',
    });
    expect((await codeOf('format=doc')).path).toBe('/querystring/format');
    expect(await codeOf('contactId=nope')).toMatchObject({
      path: '/contactId',
      code: 'not_in_scope',
    });
    const other = await ctx.newCustomer(org.eastRep, { name: 'Other' });
    const theirs = await ctx.newContact(org.eastRep, other.id, { firstName: 'Olga' });
    expect(await codeOf(`contactId=${theirs.id}`)).toMatchObject({
      path: '/contactId',
      code: 'not_a_contact',
    });
    for (const who of [org.westRep, org.westManager, org.eastRep2]) {
      const res = await statement('format=html', who);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Al Noor');
      expect((await statement('format=pdf', who)).statusCode).toBe(404);
    }
  });

  it.skipIf(!browserRunnable)(
    'prints the PDF with Chinese and Arabic text that poppler reads back',
    async () => {
      const pdf = async (lang: string) => {
        const res = await statement(`format=pdf&contactId=${contacts[lang]}`);
        expect(res.statusCode, res.body).toBe(200);
        expect(res.headers['content-type']).toBe('application/pdf');
        expect(res.headers['content-disposition']).toMatch(
          /^attachment; filename="loyalty-statement-/,
        );
        return res.rawPayload;
      };
      const zh = await pdf('zh-CN');
      const zhText = pdfText(zh);
      for (const s of [
        '会员积分对账单',
        '积分余额',
        '银卡',
        '金卡',
        '奖励：推荐客户',
        '2026年7月1日',
      ])
        expect(zhText).toContain(s);
      expect(pdfFonts(zh)).not.toMatch(/Type 3/);
      const ar = await pdf('ar');
      const arText = pdfText(ar);
      for (const s of ['رصيد النقاط', 'المستوى التالي', 'شركة النور التجارية', '١٬٣٥٠'])
        expect(arText).toContain(s);
      expect(pdfFonts(ar)).toMatch(/NotoSansArabic|NotoNaskhArabic/);
    },
  );
});
