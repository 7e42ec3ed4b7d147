import { displayName } from './display-names.ts';

export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    ...(timeZone ? { timeZone } : {}),
  }).format(new Date(iso));
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, style: 'date' | 'day', utc: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${style}|${utc}`;
  let f = dateFormats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      ...(style === 'date'
        ? { dateStyle: 'medium' as const }
        : { weekday: 'short' as const, month: 'short' as const, day: 'numeric' as const }),
      ...(utc ? { timeZone: 'UTC' } : {}),
    });
    dateFormats.set(key, f);
  }
  return f;
}

/**
 * A calendar date ("2026-03-01", shown as that day wherever the reader is) or an instant, written
 * the reader's way in the same style as `formatDateTime`: "Mar 1, 2026" / "2026年3月1日". The
 * customer page writes every date through this and `formatDay`, so a card shows one format.
 */
export function formatDate(value: string, locale: string): string {
  const dateOnly = DATE_ONLY.test(value);
  const d = new Date(dateOnly ? `${value}T00:00:00Z` : value);
  return Number.isNaN(d.getTime()) ? value : dateFormat(locale, 'date', dateOnly).format(d);
}

/** A calendar date with its weekday, for day lists: "Mon, Mar 2" / "3月2日周一". */
export function formatDay(value: string, locale: string): string {
  const d = new Date(`${value}T00:00:00Z`);
  return Number.isNaN(d.getTime()) ? value : dateFormat(locale, 'day', true).format(d);
}

/** Offset of a zone from UTC in minutes at a given instant. */
export function zoneOffsetMinutes(timeZone: string, at: Date = new Date()): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
  return Math.round((asUtc - Math.floor(at.getTime() / 60000) * 60000) / 60000);
}

/** ISO weekday (1 = Monday … 7 = Sunday) weekend of a country, from CLDR through Intl. */
export function weekendOf(country: string): number[] {
  try {
    const locale = new Intl.Locale(`und-${country}`).maximize() as Intl.Locale & {
      weekInfo?: { weekend: number[] };
      getWeekInfo?: () => { weekend: number[] };
    };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    return info?.weekend ?? [6, 7];
  } catch {
    return [6, 7];
  }
}

/** Digits after the decimal point in a currency (2 for EUR, 0 for JPY), from Intl. */
export function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2
    );
  } catch {
    return 2;
  }
}

/** An amount kept in minor units, in its own currency, written the reader's way. */
export function formatMoney(minor: number, currency: string, locale: string): string {
  const major = minor / 10 ** currencyDigits(currency);
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(major);
  } catch {
    return `${currency} ${major.toFixed(2)}`;
  }
}

export const toMinor = (major: number, currency: string) =>
  Math.round(major * 10 ** currencyDigits(currency));

/** ISO 4217 codes with their names in the reader's language, for pickers. */
export function currencyOptions(locale: string): { value: string; label: string }[] {
  const codes = (
    Intl as unknown as { supportedValuesOf?: (k: string) => string[] }
  ).supportedValuesOf?.('currency') ?? ['CNY', 'EUR', 'GBP', 'JPY', 'USD'];
  return codes.map((c) => ({ value: c, label: `${c} · ${displayName('currency', c, locale)}` }));
}

/** "德语、英语" / "German, English" for `de`, `en`, in the reader's language. */
export function languageNames(codes: string[], locale: string): string {
  return codes
    .map((c) => displayName('language', c, locale))
    .join(locale.startsWith('zh') ? '、' : ', ');
}
