import { ZH_HOLIDAY_NAMES } from './holiday-names.zh.ts';
import { ZH_REGION_NAMES } from './region-names.zh.ts';

/**
 * Holiday and region names in the reader's language. date-holidays has English for most
 * countries but Chinese for almost none (it then answers in the country's own language, so a
 * Chinese reader saw Arabic, Spanish or Italian). Chinese comes from our reviewed tables, keyed by
 * country and date-holidays' English name, with names shared by many countries under '*'.
 */

/**
 * The 40 main export markets of Chinese exporters, plus the demo's Mozambique and Kyrgyzstan. Every
 * holiday and region date-holidays has for them must have a reviewed Chinese name (tested).
 */
export const EXPORT_MARKETS = [
  ...['US', 'DE', 'GB', 'FR', 'IT', 'ES', 'NL', 'BE', 'PL', 'RU', 'TR', 'SA', 'AE', 'EG'],
  ...['NG', 'ZA', 'KE', 'IN', 'PK', 'BD', 'ID', 'MY', 'TH', 'VN', 'PH', 'SG', 'JP', 'KR'],
  ...['AU', 'NZ', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'KZ', 'UZ', 'IR', 'MZ', 'KG'],
] as const;

/** date-holidays marks a holiday moved off a weekend with one of these suffixes in English. */
const SUBSTITUTE = /\s*\((?:substitute day|observed)\)\s*$/i;

/** Splits "Christmas Day (substitute day)" into the holiday and whether it is the substitute. */
export function splitSubstitute(english: string): { base: string; substitute: boolean } {
  const m = SUBSTITUTE.exec(english);
  return m
    ? { base: english.slice(0, m.index), substitute: true }
    : { base: english, substitute: false };
}

/** The reviewed Chinese name of a holiday, or undefined when the table has none. */
export function chineseHolidayName(country: string, english: string): string | undefined {
  const { base, substitute } = splitSubstitute(english);
  const zh = ZH_HOLIDAY_NAMES[country]?.[base] ?? ZH_HOLIDAY_NAMES['*']?.[base];
  if (zh === undefined) return undefined;
  // 补休: the day off given back when a holiday falls on a weekend (not 更换日).
  return substitute ? `${zh}（补休）` : zh;
}

const HAN = /\p{Script=Han}/u;
/** date-holidays' own Chinese suffix for a substitute day, a machine translation. */
const LIBRARY_SUBSTITUTE = /\s*[(（]更换日[)）]\s*$/;
/** Where the country's own language is Chinese, its own names are what a Chinese reader expects. */
const CHINESE_SPEAKING = new Set(['CN', 'TW', 'HK', 'MO']);

/**
 * date-holidays' Chinese name, or undefined: where it has none it silently answers in the local
 * language (English base + "(更换日)" for a substitute), so only a base in Chinese characters counts.
 */
function libraryChinese(library: string | undefined): string | undefined {
  if (!library) return undefined;
  const m = LIBRARY_SUBSTITUTE.exec(library);
  const base = m ? library.slice(0, m.index) : library;
  if (!HAN.test(base)) return undefined;
  return m ? `${base}（补休）` : base;
}

/**
 * The name a reader sees. English: date-holidays' English. Chinese: China's, Taiwan's, Hong
 * Kong's and Macao's own names; else the reviewed table; else date-holidays' Chinese where it has
 * one; else English (the web shows the local name beside it).
 */
export function readerHolidayName(
  language: 'en' | 'zh',
  country: string,
  names: { english: string; library: string | undefined },
): string {
  if (language === 'en') return names.english;
  const library = libraryChinese(names.library);
  if (CHINESE_SPEAKING.has(country) && library) return library;
  return chineseHolidayName(country, names.english) ?? library ?? names.english;
}

/** A region's name in the reader's language: Chinese from the table, else the library's name. */
export function readerRegionName(
  language: 'en' | 'zh',
  country: string,
  code: string,
  english: string,
): string {
  return language === 'zh' ? (ZH_REGION_NAMES[country]?.[code] ?? english) : english;
}
