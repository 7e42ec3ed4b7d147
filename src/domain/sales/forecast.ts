import { minorDigits, type RateTable } from '../value/money.ts';

/**
 * Deals summed in the database by (group, currency, expected close date): one row per
 * combination. `weightedCentiMinor` is Σ amount × probability, in hundredths of a minor unit,
 * so weighting loses nothing before conversion.
 */
export interface ForecastRow {
  key: string;
  currency: string;
  /** the expected close date the deals share: the conversion uses the rate of this date */
  date: string;
  deals: number;
  amountMinor: number;
  weightedCentiMinor: number;
}

export interface CurrencyAmount {
  currency: string;
  deals: number;
  amountMinor: number;
}

export interface ForecastLine {
  key: string;
  /** deals converted and added into the amounts below */
  deals: number;
  /** in the reporting currency's minor units */
  amountMinor: number;
  /** Σ amount × probability, in the reporting currency's minor units */
  weightedMinor: number;
  /** deals of this group left out because no rate covers their date */
  unconvertedDeals: number;
  /** every deal of the group in its own currency, never added across currencies */
  byCurrency: CurrencyAmount[];
}

export interface Forecast {
  reportingCurrency: string;
  groups: ForecastLine[];
  total: { deals: number; amountMinor: number; weightedMinor: number };
  /** per currency, what was left out; `lastDate` is the latest expected close date without a rate */
  unconverted: (CurrencyAmount & { lastDate: string })[];
}

/**
 * The forecast in the reporting currency: each row converted at the rate of its expected close
 * date, then added. Different currencies are never added raw; a row whose currency has no rate
 * on its date is counted apart (`unconverted`) and adds nothing. Rows of one group and currency
 * at the same rate are summed first and rounded once, so the total is exactly the sum of the
 * groups, and rows with negative amounts (deals taken back out) cancel to the minor unit. A group
 * whose deals net to none is left out.
 */
export function forecast(rows: readonly ForecastRow[], rates: RateTable): Forecast {
  const lines = new Map<string, Line>();
  const missing = new Map<string, CurrencyAmount & { lastDate: string }>();
  for (const r of rows) {
    let line = lines.get(r.key);
    if (!line) {
      line = { key: r.key, unconvertedDeals: 0, raw: new Map(), atRate: new Map() };
      lines.set(r.key, line);
    }
    const raw = line.raw.get(r.currency) ?? { currency: r.currency, deals: 0, amountMinor: 0 };
    raw.deals += r.deals;
    raw.amountMinor += r.amountMinor;
    line.raw.set(r.currency, raw);
    const rate = rates.rateOn(r.currency, r.date);
    if (rate === null) {
      line.unconvertedDeals += r.deals;
      const m = missing.get(r.currency) ?? {
        currency: r.currency,
        deals: 0,
        amountMinor: 0,
        lastDate: r.date,
      };
      m.deals += r.deals;
      m.amountMinor += r.amountMinor;
      if (r.date > m.lastDate) m.lastDate = r.date;
      missing.set(r.currency, m);
      continue;
    }
    const bucket = `${r.currency}|${rate}`;
    const b = line.atRate.get(bucket) ?? {
      currency: r.currency,
      rate,
      deals: 0,
      amount: 0,
      weighted: 0,
    };
    b.deals += r.deals;
    b.amount += r.amountMinor;
    b.weighted += r.weightedCentiMinor;
    line.atRate.set(bucket, b);
  }
  const scale = 10 ** minorDigits(rates.reporting);
  const groups: ForecastLine[] = [];
  for (const line of lines.values()) {
    const out: ForecastLine = {
      key: line.key,
      deals: 0,
      amountMinor: 0,
      weightedMinor: 0,
      unconvertedDeals: line.unconvertedDeals,
      byCurrency: [...line.raw.values()]
        .filter((c) => c.deals !== 0)
        .sort((a, b) => a.currency.localeCompare(b.currency)),
    };
    for (const b of line.atRate.values()) {
      // Units of the reporting currency's minor unit per one minor unit of the deal's currency.
      const factor = (b.rate * scale) / 10 ** minorDigits(b.currency);
      out.deals += b.deals;
      out.amountMinor += Math.round(b.amount * factor);
      out.weightedMinor += Math.round((b.weighted * factor) / 100);
    }
    if (out.deals !== 0 || out.unconvertedDeals !== 0) groups.push(out);
  }
  groups.sort((a, b) => a.key.localeCompare(b.key));
  return {
    reportingCurrency: rates.reporting,
    groups,
    total: {
      deals: groups.reduce((n, g) => n + g.deals, 0),
      amountMinor: groups.reduce((n, g) => n + g.amountMinor, 0),
      weightedMinor: groups.reduce((n, g) => n + g.weightedMinor, 0),
    },
    unconverted: [...missing.values()]
      .filter((m) => m.deals !== 0)
      .sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

interface Line {
  key: string;
  unconvertedDeals: number;
  raw: Map<string, CurrencyAmount>;
  /** per currency and rate: amounts summed before the one conversion */
  atRate: Map<
    string,
    { currency: string; rate: number; deals: number; amount: number; weighted: number }
  >;
}

/**
 * Whether summing by month is as exact as by day: true when every rate takes effect on the 1st
 * of a month, so all days of a month convert at the same rate.
 */
export function ratesChangeMonthly(validFrom: readonly string[]): boolean {
  return validFrom.every((d) => d.endsWith('-01'));
}

/** `2026-03-15` → `2026-03`: the month key of a forecast by month. */
export const monthOf = (date: string): string => date.slice(0, 7);

/** `2026-02-01` → `2026-02-28`: the last day of the date's month. */
export function monthEnd(date: string): string {
  const [y, m] = [Number(date.slice(0, 4)), Number(date.slice(5, 7))];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}
