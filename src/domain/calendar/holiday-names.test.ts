import { describe, expect, it } from 'vitest';
import {
  EXPORT_MARKETS,
  chineseHolidayName,
  readerHolidayName,
  splitSubstitute,
} from './holiday-names.ts';
import { libraryHolidays, regionsOf } from './holidays.ts';
import { ZH_HOLIDAY_NAMES } from './holiday-names.zh.ts';
import { ZH_REGION_NAMES } from './region-names.zh.ts';

const YEARS = [2026, 2027];
/** Latin letters a Chinese name may keep: none so far (abbreviations such as NBA would go here). */
const KNOWN_ABBREVIATIONS: RegExp[] = [];
const LATIN = /[A-Za-z]/;
const latinIn = (s: string) =>
  LATIN.test(KNOWN_ABBREVIATIONS.reduce((t, a) => t.replace(a, ''), s));

/** Every (country, region) pair date-holidays has for a market: the nation and each region. */
function places(country: string): [string, string | null][] {
  return [
    [country, null],
    ...Object.keys(regionsOf(country)).map((r): [string, string] => [country, r]),
  ];
}

describe('the Chinese holiday name table covers the export markets', () => {
  // One row per market: the holidays date-holidays returns for 2026 and 2027, nationally and in
  // every region, each must have a reviewed Chinese name. A new library version that adds a
  // holiday fails here until someone names it.
  it.each(EXPORT_MARKETS.map((c) => [c]))('%s: every holiday has a Chinese name', (country) => {
    const missing = new Set<string>();
    for (const [c, region] of places(country))
      for (const year of YEARS)
        for (const h of libraryHolidays(c, region, year, 'zh'))
          if (chineseHolidayName(c, h.englishName) === undefined)
            missing.add(`${c}${region ? `-${region}` : ''}: ${h.englishName}`);
    expect([...missing]).toEqual([]);
  });

  it.each(EXPORT_MARKETS.map((c) => [c]))('%s: every region has a Chinese name', (country) => {
    const missing = Object.keys(regionsOf(country)).filter((r) => !ZH_REGION_NAMES[country]?.[r]);
    expect(missing).toEqual([]);
  });

  it('no Chinese name carries Latin letters, and every one is written in Chinese', () => {
    const names = [
      ...Object.values(ZH_HOLIDAY_NAMES).flatMap(Object.values),
      ...Object.values(ZH_REGION_NAMES).flatMap(Object.values),
    ];
    expect(names.filter(latinIn)).toEqual([]);
    expect(names.filter((n) => !/\p{Script=Han}/u.test(n))).toEqual([]);
  });

  it('the table names only holidays the library still has (no stale keys)', () => {
    const seen = new Set<string>();
    for (const country of EXPORT_MARKETS)
      for (const [c, region] of places(country))
        for (const year of YEARS)
          for (const h of libraryHolidays(c, region, year, 'en'))
            seen.add(`${c}|${splitSubstitute(h.englishName).base}`);
    const stale = Object.entries(ZH_HOLIDAY_NAMES)
      .filter(([c]) => c !== '*')
      .flatMap(([c, t]) => Object.keys(t).map((k) => `${c}|${k}`))
      .filter((k) => !seen.has(k));
    expect(stale).toEqual([]);
  });
});

describe('names a Chinese reader sees', () => {
  it.each([
    ['GB', null, '2027-12-27', '圣诞节（补休）', 'Christmas Day (substitute day)'],
    ['US', null, '2026-07-03', '独立日（补休）', 'Independence Day (substitute day)'],
    ['SA', null, '2026-03-20', '开斋节', 'End of Ramadan (Eid al-Fitr)'],
    ['EG', null, '2026-01-07', '科普特圣诞节', 'Christmas Day'],
    ['RU', null, '2026-01-07', '东正教圣诞节', 'Christmas Day'],
    ['DE', null, '2026-10-03', '德国统一日', 'National Holiday'],
    ['IT', null, '2026-04-06', '复活节星期一', 'Easter Monday'],
    ['ES', 'AN', '2026-02-28', '安达卢西亚日', 'Día de Andalucía'],
    ['US', null, '2026-11-26', '感恩节', 'Thanksgiving Day'],
    ['KR', null, '2026-09-25', '中秋节（秋夕）', 'Korean Thanksgiving'],
  ])('%s %s %s: %s / %s', (country, region, date, zh, en) => {
    const inZh = libraryHolidays(country, region, Number(date.slice(0, 4)), 'zh');
    const inEn = libraryHolidays(country, region, Number(date.slice(0, 4)), 'en');
    expect(inZh.find((h) => h.date === date && h.name === zh)).toBeDefined();
    expect(inEn.find((h) => h.date === date && h.name === en)).toBeDefined();
  });

  it('keeps the local name beside the translation', () => {
    const eid = libraryHolidays('SA', null, 2026, 'zh').find((h) => h.name === '开斋节');
    expect(eid?.localName).toBe('عيد الفطر');
  });

  it('a substitute day reads 补休, never a machine translation', () => {
    expect(chineseHolidayName('GB', 'Boxing Day (substitute day)')).toBe('节礼日（补休）');
    expect(chineseHolidayName('US', 'Christmas Day (observed)')).toBe('圣诞节（补休）');
    const all = EXPORT_MARKETS.flatMap((c) => libraryHolidays(c, null, 2026, 'zh'));
    expect(all.filter((h) => /更换|替代|替补/.test(h.name))).toEqual([]);
  });

  it('outside the table: China keeps its own names, others date-holidays Chinese, else English', () => {
    expect(libraryHolidays('CN', null, 2026, 'zh').find((h) => h.date === '2026-10-01')?.name).toBe(
      '国庆节',
    );
    // Ireland is not in the table: date-holidays has no Chinese for St Stephen's Day and tags its
    // substitute "(更换日)"; the reader gets English with 补休.
    expect(
      readerHolidayName('zh', 'IE', {
        english: "St. Stephen's Day (substitute day)",
        library: 'St. Stephen’s Day (更换日)',
      }),
    ).toBe("St. Stephen's Day (substitute day)");
    expect(
      readerHolidayName('zh', 'IE', {
        english: 'Christmas Day (substitute day)',
        library: '圣诞节 (更换日)',
      }),
    ).toBe('圣诞节（补休）');
    expect(readerHolidayName('zh', 'IE', { english: 'Some Day', library: 'Lá Éigin' })).toBe(
      'Some Day',
    );
    expect(chineseHolidayName('FR', 'Some New Day')).toBeUndefined();
  });

  it.each([
    ['GB', 'SCT', '苏格兰', 'Scotland'],
    ['ES', 'AN', '安达卢西亚', 'Andalucía'],
    ['US', 'CA', '加利福尼亚州', 'California'],
    ['DE', 'BY', '巴伐利亚州', 'Bayern'],
  ])('region %s-%s reads %s / %s', (country, code, zh, en) => {
    expect(regionsOf(country, 'zh')[code]).toBe(zh);
    expect(regionsOf(country, 'en')[code]).toBe(en);
  });
});
