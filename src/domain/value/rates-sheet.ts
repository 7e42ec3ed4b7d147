import { isCurrency } from '../countries.ts';
import { foldHeader } from '../import/column-mapping.ts';
import { isoDate } from '../import/normalise-order-row.ts';
import {
  fieldProblem,
  type FieldErrorCode,
  type FieldProblem,
  type ParamsOf,
} from '../field-errors.ts';

export interface SheetRate {
  currency: string;
  validFrom: string;
  /** decimal text with a point, e.g. "0.1389" */
  rate: string;
}

export interface RateProblem extends FieldProblem {
  row: number;
}

const HEADERS: Record<keyof SheetRate, string[]> = {
  currency: ['currency', 'ccy', 'code', 'währung', 'moneda', 'moeda', '货币', '币种', '币别'],
  validFrom: [
    'valid from',
    'validfrom',
    'valid_from',
    'date',
    'from',
    'effective',
    'datum',
    'fecha',
    'data',
    '日期',
    '生效日期',
    '起始日期',
  ],
  rate: ['rate', 'exchange rate', 'fx', 'kurs', 'tasa', 'taxa', '汇率', '兑换率'],
};

/** Which column holds each field: by header name in English, Chinese and a few more, else by order. */
function columns(headers: string[]): Record<keyof SheetRate, number> {
  const folded = headers.map(foldHeader);
  const find = (names: string[]) => folded.findIndex((h) => names.map(foldHeader).includes(h));
  const found = {
    currency: find(HEADERS.currency),
    validFrom: find(HEADERS.validFrom),
    rate: find(HEADERS.rate),
  };
  return Object.values(found).every((i) => i >= 0) ? found : { currency: 0, validFrom: 1, rate: 2 };
}

/** `1,0825` and `1.0825` → `1.0825`; null when not a positive decimal. */
export function rateText(text: string): string | null {
  let t = text.trim().replace(/\s/g, '');
  if (/^\d+,\d+$/.test(t)) t = t.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(t) || Number(t) <= 0) return null;
  return t.replace(/^0+(?=\d)/, '');
}

/**
 * Checks rates as given — by a sheet or the rate table's editor — against the reporting currency:
 * an ISO 4217 currency other than the reporting one, a date `readDate` understands, a positive
 * rate, each currency and date once. Problems name the item by its position.
 */
export function checkRates(
  items: { currency: string; validFrom: string; rate: string }[],
  reporting: string,
  readDate: (text: string) => string | null = isoDate,
): { rates: SheetRate[]; problems: (FieldProblem & { index: number })[] } {
  const rates: SheetRate[] = [];
  const problems: (FieldProblem & { index: number })[] = [];
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const currency = item.currency.trim().toUpperCase();
    const rawDate = item.validFrom.trim();
    const date = readDate(rawDate);
    const rate = rateText(item.rate);
    const problem = <C extends FieldErrorCode>(field: string, code: C, ...params: ParamsOf<C>) =>
      problems.push({ index, ...fieldProblem(field, code, ...params) });
    const before = problems.length;
    if (!isCurrency(currency)) problem('currency', 'currency', { value: currency });
    else if (currency === reporting) problem('currency', 'reporting_currency', { currency });
    if (!date) problem('validFrom', 'not_date', { value: rawDate });
    if (!rate) problem('rate', 'not_positive', { value: item.rate.trim() });
    if (problems.length > before || !date || !rate) return;
    const key = `${currency}|${date}`;
    if (seen.has(key)) problem('validFrom', 'listed_twice', { currency, date });
    else {
      seen.add(key);
      rates.push({ currency, validFrom: date, rate });
    }
  });
  return { rates, problems };
}

/**
 * Rates from a sheet (the header row first): currency, the date it applies from, and the units of
 * the reporting currency per one unit. Each bad row is named with its line and field.
 */
export function ratesFromSheet(
  headers: string[],
  rows: { line: number; cells: string[] }[],
  reporting: string,
): { rates: SheetRate[]; problems: RateProblem[] } {
  const col = columns(headers);
  const { rates, problems } = checkRates(
    rows.map(({ cells }) => ({
      currency: cells[col.currency] ?? '',
      validFrom: cells[col.validFrom] ?? '',
      rate: cells[col.rate] ?? '',
    })),
    reporting,
  );
  return {
    rates,
    problems: problems.map(({ index, ...problem }) => ({
      row: rows[index]?.line ?? 0,
      ...problem,
    })),
  };
}
