import { getAllCountries, getCountry, getTimezone } from 'countries-and-timezones';

const countries = getAllCountries();

export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && code in countries;
}

// Countries whose law sets one civil time although the zone database lists regional zones.
const OFFICIAL_SINGLE_ZONE: Record<string, string> = {
  CN: 'Asia/Shanghai',
  MY: 'Asia/Kuala_Lumpur',
};

/**
 * The country's IANA zone when it keeps one civil time (Germany's Busingen or Kazakhstan's
 * seven zone names all follow one clock), otherwise null: the user must pick the region's zone.
 */
export function defaultTimeZone(country: string): string | null {
  const official = OFFICIAL_SINGLE_ZONE[country];
  if (official) return official;
  const zones = getCountry(country)?.timezones ?? [];
  const clocks = new Set(zones.map(clockOf));
  if (clocks.size !== 1) return null;
  // Prefer the zone that is the country's own (Asia/Ho_Chi_Minh over the shared Asia/Bangkok).
  return zones.find((z) => getTimezone(z)?.countries[0] === country) ?? zones[0] ?? null;
}

/** A zone's clock as its winter and summer offsets: zones with the same clock tell the same time. */
export function clockOf(zone: string): string {
  const tz = getTimezone(zone);
  return tz ? `${tz.utcOffset}/${tz.dstOffset}` : '?';
}

export function timeZonesOf(country: string): string[] {
  return getCountry(country)?.timezones ?? [];
}

const validZones = new Set(Intl.supportedValuesOf('timeZone'));
export function isTimeZone(zone: string): boolean {
  if (validZones.has(zone)) return true;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

const validCurrencies = new Set(Intl.supportedValuesOf('currency'));
export function isCurrency(code: string): boolean {
  return validCurrencies.has(code);
}

// The official currency by country for the markets where a default matters; the rest stay null
// rather than guessed.
const currencyByCountry: Record<string, string> = {
  AE: 'AED',
  AR: 'ARS',
  AT: 'EUR',
  AU: 'AUD',
  BD: 'BDT',
  BE: 'EUR',
  BG: 'BGN',
  BR: 'BRL',
  CA: 'CAD',
  CH: 'CHF',
  CL: 'CLP',
  CN: 'CNY',
  CO: 'COP',
  CZ: 'CZK',
  DE: 'EUR',
  DK: 'DKK',
  DZ: 'DZD',
  EE: 'EUR',
  EG: 'EGP',
  ES: 'EUR',
  ET: 'ETB',
  FI: 'EUR',
  FR: 'EUR',
  GB: 'GBP',
  GH: 'GHS',
  GR: 'EUR',
  HK: 'HKD',
  HR: 'EUR',
  HU: 'HUF',
  ID: 'IDR',
  IE: 'EUR',
  IL: 'ILS',
  IN: 'INR',
  IQ: 'IQD',
  IR: 'IRR',
  IT: 'EUR',
  JO: 'JOD',
  JP: 'JPY',
  KE: 'KES',
  KG: 'KGS',
  KH: 'KHR',
  KR: 'KRW',
  KW: 'KWD',
  KZ: 'KZT',
  LK: 'LKR',
  LT: 'EUR',
  LU: 'EUR',
  LV: 'EUR',
  MA: 'MAD',
  MM: 'MMK',
  MN: 'MNT',
  MX: 'MXN',
  MY: 'MYR',
  MZ: 'MZN',
  NG: 'NGN',
  NL: 'EUR',
  NO: 'NOK',
  NZ: 'NZD',
  OM: 'OMR',
  PE: 'PEN',
  PH: 'PHP',
  PK: 'PKR',
  PL: 'PLN',
  PT: 'EUR',
  QA: 'QAR',
  RO: 'RON',
  RS: 'RSD',
  RU: 'RUB',
  SA: 'SAR',
  SE: 'SEK',
  SG: 'SGD',
  SI: 'EUR',
  SK: 'EUR',
  TH: 'THB',
  TR: 'TRY',
  TW: 'TWD',
  TZ: 'TZS',
  UA: 'UAH',
  US: 'USD',
  UY: 'UYU',
  UZ: 'UZS',
  VN: 'VND',
  ZA: 'ZAR',
  ZM: 'ZMW',
};

export function defaultCurrency(country: string): string | null {
  return currencyByCountry[country] ?? null;
}
