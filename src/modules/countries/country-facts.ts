import { getAllCountries } from 'countries-and-timezones';
import { defaultCurrency, timeZonesOf } from '../../domain/countries.ts';

const en = new Intl.DisplayNames(['en'], { type: 'region' });
const zh = new Intl.DisplayNames(['zh-CN'], { type: 'region' });

export const ALL_COUNTRIES = Object.keys(getAllCountries()).sort();

const namesCache = new Map<string, { en: string; zh: string }>();
export function countryNames(code: string): { en: string; zh: string } {
  let hit = namesCache.get(code);
  if (!hit) {
    hit = { en: en.of(code) ?? code, zh: zh.of(code) ?? code };
    namesCache.set(code, hit);
  }
  return hit;
}

/** The country's most likely language by CLDR (Germany → de, Brazil → pt, Kazakhstan → ru). */
export function mainLanguages(code: string): string[] {
  try {
    return [new Intl.Locale(`und-${code}`).maximize().language];
  } catch {
    return [];
  }
}

export { defaultCurrency, timeZonesOf };
