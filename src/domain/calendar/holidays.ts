import Holidays from 'date-holidays';
import { fromDay, toDay } from './dates.ts';
import { readerHolidayName, readerRegionName } from './holiday-names.ts';

export type HolidayType = 'public' | 'bank' | 'school' | 'optional' | 'observance';
export type ReaderLanguage = 'en' | 'zh';

export interface HolidayDay {
  date: string;
  /** in the reader's language: Chinese from the reviewed table, else English */
  name: string;
  /** in the country's own language, as the library has it */
  localName: string;
  englishName: string;
  type: HolidayType;
}

const DAY_MS = 86_400_000;
const instances = new Map<string, Holidays>();
const cache = new Map<string, HolidayDay[]>();

function instance(
  country: string,
  region: string | null,
  language: ReaderLanguage | null,
): Holidays {
  // null: the country's own language
  const key = `${country}|${region ?? ''}|${language ?? ''}`;
  let hd = instances.get(key);
  if (!hd) {
    hd = language
      ? new Holidays(country, region ?? '', { languages: [language] })
      : new Holidays(country, region ?? '');
    instances.set(key, hd);
  }
  return hd;
}

/** Whether date-holidays has any data for the country (Kyrgyzstan has none). */
export function hasHolidayData(country: string): boolean {
  return instance(country, null, null).getHolidays(2026).length > 0;
}

const regionsCache = new Map<string, Record<string, string>>();
export function regionsOf(
  country: string,
  language: ReaderLanguage = 'en',
): Record<string, string> {
  const key = `${country}|${language}`;
  let hit = regionsCache.get(key);
  if (!hit) {
    const english: Record<string, string> = new Holidays().getStates(country, 'en') ?? {};
    hit = Object.fromEntries(
      Object.entries(english).map(([code, name]) => [
        code,
        readerRegionName(language, country, code, name),
      ]),
    );
    regionsCache.set(key, hit);
  }
  return hit;
}

/**
 * The library's holidays of a country (and region) in a year, one entry per calendar day: a
 * holiday spanning several days (Nauryz, Eid) appears on each. Days come from the `date` string,
 * not `start`, because Islamic holidays start at the previous sunset.
 */
export function libraryHolidays(
  country: string,
  region: string | null,
  year: number,
  language: ReaderLanguage = 'en',
): HolidayDay[] {
  const key = `${country}|${region ?? ''}|${year}|${language}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const local = instance(country, region, null).getHolidays(year) || [];
  const namesIn = (lang: ReaderLanguage) =>
    new Map(
      (instance(country, region, lang).getHolidays(year) || []).map((h) => [
        `${h.date}|${h.rule}`,
        h.name,
      ]),
    );
  const english = namesIn('en');
  const library = language === 'en' ? english : namesIn(language);
  const seen = new Set<string>();
  const days: HolidayDay[] = [];
  for (const h of local) {
    const first = toDay(h.date.slice(0, 10));
    const span = Math.max(1, Math.round((h.end.getTime() - h.start.getTime()) / DAY_MS));
    for (let i = 0; i < span; i++) {
      const date = fromDay(first + i);
      if (!date.startsWith(String(year))) continue;
      const dedupe = `${date}|${h.name}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      const englishName = english.get(`${h.date}|${h.rule}`) ?? h.name;
      days.push({
        date,
        name: readerHolidayName(language, country, {
          english: englishName,
          library: library.get(`${h.date}|${h.rule}`),
        }),
        localName: h.name,
        englishName,
        type: h.type,
      });
    }
  }
  days.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  cache.set(key, days);
  return days;
}
