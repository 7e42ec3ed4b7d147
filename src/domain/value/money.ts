/**
 * The largest amount in minor units an order can hold: JavaScript's largest exact integer
 * (2^53 − 1), which fits the BIGINT column on both databases and is counted without rounding.
 */
export const MAX_AMOUNT_MINOR = Number.MAX_SAFE_INTEGER;

/** A whole, finite, non-negative amount in minor units no larger than `MAX_AMOUNT_MINOR`. */
export function isAmountMinor(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

const digitsOf = new Map<string, number>();

/** Digits after the decimal point in a currency's minor unit: USD 2, JPY 0, KWD 3 (ISO 4217 via CLDR). */
export function minorDigits(currency: string): number {
  // Building a NumberFormat costs microseconds; totals and imports ask per order.
  let digits = digitsOf.get(currency);
  if (digits === undefined) {
    digits =
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
        .maximumFractionDigits ?? 2;
    digitsOf.set(currency, digits);
  }
  return digits;
}

export interface Rate {
  currency: string;
  validFrom: string;
  /** reporting-currency units per 1 unit of `currency` */
  rate: number;
}

/** Rates by currency, newest first, for "the rate on the order's date" lookups. */
export class RateTable {
  private readonly byCurrency = new Map<string, Rate[]>();

  constructor(
    readonly reporting: string,
    rates: Rate[],
  ) {
    for (const r of rates) {
      const list = this.byCurrency.get(r.currency) ?? [];
      list.push(r);
      this.byCurrency.set(r.currency, list);
    }
    for (const list of this.byCurrency.values())
      list.sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  }

  /** The reporting currency and every currency with a rate on some date. */
  currencies(): string[] {
    return [...new Set([this.reporting, ...this.byCurrency.keys()])];
  }

  /** The rate in force on `date`, 1 for the reporting currency, null when none is known. */
  rateOn(currency: string, date: string): number | null {
    if (currency === this.reporting) return 1;
    return this.byCurrency.get(currency)?.find((r) => r.validFrom <= date)?.rate ?? null;
  }

  /** An amount in minor units converted to the reporting currency's minor units, or null. */
  convert(amountMinor: number, currency: string, date: string): number | null {
    const rate = this.rateOn(currency, date);
    if (rate === null) return null;
    const major = amountMinor / 10 ** minorDigits(currency);
    return Math.round(major * rate * 10 ** minorDigits(this.reporting));
  }
}

export interface Totals {
  /** per currency, never added together */
  byCurrency: { currency: string; amountMinor: number; orders: number }[];
  /** in the reporting currency, each order at the rate of its date */
  converted: { currency: string; amountMinor: number };
  /** orders left out of `converted` because no rate covers their date */
  unconverted: { currency: string; orders: number }[];
}

/** Order totals that never add different currencies raw. */
export function totals(
  orders: { amountMinor: number; currency: string; date: string }[],
  rates: RateTable,
): Totals {
  const raw = new Map<string, { amountMinor: number; orders: number }>();
  const missing = new Map<string, number>();
  let converted = 0;
  for (const o of orders) {
    const r = raw.get(o.currency) ?? { amountMinor: 0, orders: 0 };
    r.amountMinor += o.amountMinor;
    r.orders++;
    raw.set(o.currency, r);
    const c = rates.convert(o.amountMinor, o.currency, o.date);
    if (c === null) missing.set(o.currency, (missing.get(o.currency) ?? 0) + 1);
    else converted += c;
  }
  return {
    byCurrency: [...raw.entries()]
      .map(([currency, v]) => ({ currency, ...v }))
      .sort((a, b) => a.currency.localeCompare(b.currency)),
    converted: { currency: rates.reporting, amountMinor: converted },
    unconverted: [...missing.entries()].map(([currency, orders]) => ({ currency, orders })),
  };
}
