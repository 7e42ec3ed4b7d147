import { minorDigits } from '../value/money.ts';

/**
 * Numbers, money and dates written the way a locale writes them (CLDR through Intl), for the
 * printed quote. Amounts are formatted from an exact decimal string, never a float: a total of
 * 2^53 − 1 minor units still prints every digit.
 */
export function decimalString(minor: number, digits: number): string {
  const negative = minor < 0;
  const abs = BigInt(Math.abs(Math.round(minor)));
  if (digits === 0) return `${negative ? '-' : ''}${abs}`;
  const scale = 10n ** BigInt(digits);
  const frac = String(abs % scale).padStart(digits, '0');
  return `${negative ? '-' : ''}${abs / scale}.${frac}`;
}

type Decimal = `${number}`;

export function formatMoney(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimalString(minor, digits) as Decimal as unknown as number);
}

/** An amount without its currency sign (the columns of the line table). */
export function formatAmount(minor: number, currency: string, locale: string): string {
  const digits = minorDigits(currency);
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimalString(minor, digits) as Decimal as unknown as number);
}

export function formatNumber(value: number, locale: string, maxDecimals = 3): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: maxDecimals }).format(value);
}

export function formatPercent(percent: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    percent / 100,
  );
}

/** A calendar date (YYYY-MM-DD) in the locale's long form: 5. März 2026, 2026年3月5日. */
export function formatDate(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
