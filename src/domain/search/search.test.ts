import { describe, expect, it } from 'vitest';
import { tierOf } from './evaluate.ts';
import { fold } from './fold.ts';
import { highlight } from './highlight.ts';
import { searchPlan } from './query.ts';
import { customerTokens } from './tokens.ts';
import { arabicSkeleton, latinSkeleton, romanize } from './transliterate.ts';

const EXACT = 0;
const PREFIX = 1;
const WORD = 2;
const OTHER = 3;

const tier = (name: string, q: string, nativeName?: string) => {
  const plan = searchPlan(q);
  return plan && tierOf(plan, customerTokens({ name, nativeName }, []));
};

describe('search across scripts', () => {
  it.each([
    // Latin: case, accents, ß/ss, ligatures; exact, prefix, word prefix
    ['Müller Maschinenbau GmbH', 'müller maschinenbau gmbh', EXACT],
    ['Müller Maschinenbau GmbH', 'MUELLER', undefined], // ü folds to u, not ue
    ['Müller Maschinenbau GmbH', 'muller masch', PREFIX],
    ['Müller Maschinenbau GmbH', 'maschinen', WORD],
    ['Müller Maschinenbau GmbH', 'gmbh muller', WORD],
    ['Weiß & Söhne KG', 'weiss', PREFIX],
    ['Œuvre Ærø ApS', 'oeuvre aero', PREFIX],
    ['Nordwerk AG', 'werk', undefined], // Latin words match from their start only
    // Chinese: substrings of two or more characters, one character at a name start
    ['上海水务集团有限公司', '水务', OTHER],
    ['上海水务集团有限公司', '水务集团', OTHER],
    ['上海水务集团有限公司', '上海', PREFIX],
    ['上海水务集团有限公司', '上', PREFIX],
    ['上海水务集团有限公司', '水', undefined],
    ['上海水务集团有限公司', '水集', undefined],
    ['上海水务集团有限公司', '上海水务集团有限公司', EXACT],
    // pinyin, with or without spaces, and initials
    ['上海水务集团有限公司', 'shuiwu', OTHER],
    ['上海水务集团有限公司', 'shui wu', OTHER],
    ['上海水务集团有限公司', 'sw', OTHER],
    ['上海水务集团有限公司', 'shanghai', OTHER],
    ['上海水务集团有限公司', 'shhsw', undefined],
    ['重庆钢铁股份有限公司', 'chongqing', OTHER],
    ['重庆钢铁股份有限公司', 'cqgt', OTHER],
    ['绿地控股', 'lvdi', OTHER],
    ['绿地控股', 'ludi', OTHER],
    // Japanese kanji and kana, Korean
    ['トヨタ自動車株式会社', '自動車', OTHER],
    ['トヨタ自動車株式会社', 'ヨタ', OTHER],
    ['株式会社ニトリホールディングス', 'ニトリ', OTHER],
    ['삼성전자 주식회사', '전자', OTHER],
    ['삼성전자 주식회사', '삼성', PREFIX],
    // Thai, Lao, Khmer, Burmese: dictionary words
    ['บริษัทไทยเบฟเวอเรจจำกัด', 'ไทยเบฟเวอเรจ', WORD],
    ['บริษัทไทยเบฟเวอเรจจำกัด', 'เบฟเวอเรจ', WORD],
    // Arabic and Persian: diacritics, tatweel, alef/hamza, teh marbuta, yeh, kaf; the article
    ['شركة الفطيم', 'الفطيم', WORD],
    ['شركة الفطيم', 'فطيم', WORD],
    ['شركة أحمد للتجارة', 'احمد', WORD],
    ['مُحَمَّد للتجـــارة', 'محمد', PREFIX],
    ['شركة المدينة', 'مدينه', WORD],
    ['مستشفى الرياض', 'مستشفي', PREFIX],
    ['کاشی ایرانی', 'كاشي', PREFIX],
    // Transliteration: Cyrillic (BGN/PCGN), Greek (ELOT 743), Arabic and Hebrew skeletons
    ['Алматы Су', 'almaty su', OTHER],
    ['ООО Щёлковский завод', 'shchelkovskiy', OTHER],
    ['Київводоканал', 'kyivvodokanal', OTHER],
    ['Київ Сервіс', 'kyiv servis', OTHER],
    ['Αθηναϊκή Ζυθοποιία', 'athinaiki', OTHER],
    ['مجموعة محمد', 'mohammed', OTHER],
    ['عبدالله التجارية', 'abdullah', OTHER],
    ['مطار دبي', 'dubai', OTHER],
    ['شركة الفطيم', 'shuiwu', undefined], // a two-letter skeleton (sh) must be a whole word
    ['חברת חשמל', 'hevrat', undefined], // ח is kh: 'hbrt' is another skeleton than 'kbrt'
    ['חברת חשמל', 'khevrat', OTHER],
  ])('%s found by %j: tier %s', (name, q, expected) => {
    expect(tier(name, q)).toBe(expected);
  });

  it('a native name is found like the name', () => {
    expect(tier('Shanghai Water Group', '水务', '上海水务集团')).toBe(OTHER);
    expect(tier('Shanghai Water Group', 'shuiwu', '上海水务集团')).toBe(OTHER);
  });

  it('finds contacts by email, domain and phone digits in any form', () => {
    const tokens = customerTokens({ name: 'Nordwerk AG', domain: 'nordwerk.de' }, [
      {
        firstName: 'Hans',
        lastName: 'Müller',
        emails: ['Hans.Mueller@Nordwerk.de'],
        phones: ['+4930123456'],
      },
    ]);
    for (const q of [
      'hans.mueller@nordwerk.de',
      'nordwerk.de',
      '+49 30 1234',
      '030 123',
      '30123',
      'hans mul',
    ])
      expect(tierOf(searchPlan(q)!, tokens), q).toBeDefined();
    expect(tierOf(searchPlan('+44 30 1234')!, tokens)).toBeUndefined();
  });

  it('nothing searchable gives no plan', () => {
    expect(searchPlan('  --  ')).toBeUndefined();
  });
});

describe('folding and transliteration', () => {
  it.each([
    ['Straße', 'strasse'],
    ['ＡＢＣ　Ｃｏ', 'abc co'],
    ['ﾄﾖﾀ', 'トヨタ'],
    ['إِبْرَاهِيم', 'ابراهيم'],
    ['مدرسة', 'مدرسه'],
  ])('%s folds to %s', (text, folded) => expect(fold(text)).toBe(folded));

  it.each([
    ['алматы', 'almaty'],
    ['щёлково', 'shchelkovo'],
    ['θεσσαλονίκη', 'thessaloniki'],
    ['μπαρ', 'bar'],
  ])('%s romanises to %s', (w, r) => expect(romanize(fold(w))).toBe(r));

  it.each([
    ['محمد', 'mohamed'],
    ['محمد', 'muhammad'],
    ['خالد', 'khalid'],
    ['قطر', 'qatar'],
    ['دبي', 'dubai'],
  ])('%s and %s share a skeleton', (ar, latin) =>
    expect(arabicSkeleton(fold(ar))).toBe(latinSkeleton(latin)),
  );
});

describe('highlight', () => {
  const mark = (text: string, q: string) => highlight(text, q).map(([s, e]) => text.slice(s, e));
  it.each([
    ['Müller Maschinenbau GmbH', 'mull', ['Müll']],
    ['Müller Maschinenbau GmbH', 'masch mul', ['Mül', 'Masch']],
    ['Weiß & Söhne', 'weiss', ['Weiß']],
    ['上海水务集团有限公司', '水务', ['水务']],
    ['上海水务集团有限公司', 'shuiwu', ['水务']],
    ['上海水务集团有限公司', 'swjt', ['水务集团']],
    ['Алматы Су', 'almaty su', ['Алматы', 'Су']],
    ['Αθηναϊκή Ηλιακή Α.Ε.', 'athinaiki', ['Αθηναϊκή']],
    ['Щёлковский завод', 'shchelkovskiy', ['Щёлковский']],
    ['Nordwerk AG', 'zzz', []],
  ])('%s with %j marks %j', (text, q, parts) => expect(mark(text, q)).toEqual(parts));
});
