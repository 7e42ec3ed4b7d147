import { getAllCountries, getCountry } from 'countries-and-timezones';

const codes = Object.keys(getAllCountries()).sort();
const namesCache = new Map<string, Intl.DisplayNames>();

function names(locale: string): Intl.DisplayNames {
  let n = namesCache.get(locale);
  if (!n) {
    n = new Intl.DisplayNames([locale], { type: 'region' });
    namesCache.set(locale, n);
  }
  return n;
}

export function countryName(code: string, locale: string): string {
  try {
    return names(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryOptions(locale: string): { value: string; label: string }[] {
  return codes
    .map((code) => ({ value: code, label: `${countryName(code, locale)} (${code})` }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}

export function zonesOf(country: string | undefined): string[] {
  return country ? (getCountry(country)?.timezones ?? []) : [];
}

export function flag(code: string): string {
  return /^[A-Z]{2}$/.test(code)
    ? String.fromCodePoint(...[...code].map((c) => 0x1f1a5 + c.charCodeAt(0)))
    : '';
}
