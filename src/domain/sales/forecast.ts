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
 * on its date is counted apart (`unconverted`) and adds nothing. Rounding happens once per row,
 * so the total is exactly the sum of the groups.
 */
export function forecast(rows: readonly ForecastRow[], rates: RateTable): Forecast {
  const lines = new Map<string, ForecastLine & { raw: Map<string, CurrencyAmount> }>();
  const missing = new Map<string, CurrencyAmount & { lastDate: string }>();
  const scale = 10 ** minorDigits(rates.reporting);
  for (const r of rows) {
    let line = lines.get(r.key);
    if (!line) {
      line = {
        key: r.key,
        deals: 0,
        amountMinor: 0,
        weightedMinor: 0,
        unconvertedDeals: 0,
        byCurrency: [],
        raw: new Map(),
      };
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
    // Units of the reporting currency's minor unit per one minor unit of the deal's currency.
    const factor = (rate * scale) / 10 ** minorDigits(r.currency);
    line.deals += r.deals;
    line.amountMinor += Math.round(r.amountMinor * factor);
    line.weightedMinor += Math.round((r.weightedCentiMinor * factor) / 100);
  }
  const groups = [...lines.values()]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map(({ raw, ...line }) => ({
      ...line,
      byCurrency: [...raw.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
    }));
  return {
    reportingCurrency: rates.reporting,
    groups,
    total: {
      deals: groups.reduce((n, g) => n + g.deals, 0),
      amountMinor: groups.reduce((n, g) => n + g.amountMinor, 0),
      weightedMinor: groups.reduce((n, g) => n + g.weightedMinor, 0),
    },
    unconverted: [...missing.values()].sort((a, b) => a.currency.localeCompare(b.currency)),
  };
}

/** `2026-03-15` → `2026-03`: the month key of a forecast by month. */
export const monthOf = (date: string): string => date.slice(0, 7);
