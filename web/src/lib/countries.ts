import { getAllCountries, getCountry } from 'countries-and-timezones';
import { displayName } from './display-names.ts';

const codes = Object.keys(getAllCountries()).sort();
export function countryName(code: string, locale: string): string {
  return displayName('region', code, locale);
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
