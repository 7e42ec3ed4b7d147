import { isCurrency } from '../countries.ts';
import { isIsoDate } from '../custom-fields.ts';
import { countryCodeOf } from '../identity/country-name.ts';
import { nameKey } from '../identity/match-keys.ts';
import { minorDigits } from '../value/money.ts';
import { domainOf } from '../web-address.ts';
import { fieldProblem, type FieldProblem } from '../field-errors.ts';
import { cleanText } from './normalise-customer-row.ts';
import { ORDER_STATUSES, type OrderStatus } from '../enums.ts';

/** Currency symbols and words of sheets, to ISO codes (also read by the product import). */
export const CURRENCY_SYMBOLS: Record<string, string> = {
  '€': 'EUR',
  $: 'USD',
  US$: 'USD',
  '¥': 'CNY',
  元: 'CNY',
  RMB: 'CNY',
  人民币: 'CNY',
  '£': 'GBP',
  R$: 'BRL',
  '₽': 'RUB',
  '₸': 'KZT',
  '₫': 'VND',
};
const STATUS: Record<string, OrderStatus> = {
  open: 'open',
  new: 'open',
  shipped: 'shipped',
  delivered: 'delivered',
  paid: 'paid',
  cancelled: 'cancelled',
  canceled: 'cancelled',
  未付款: 'open',
  待发货: 'open',
  已发货: 'shipped',
  已签收: 'delivered',
  已送达: 'delivered',
  已付款: 'paid',
  已收款: 'paid',
  已取消: 'cancelled',
};

/** `2026/3/5`, `05.03.2026`, `2026-03-05` → `2026-03-05`; null when unreadable. */
export function isoDate(text: string): string | null {
  const t = text.trim();
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(t);
  if (m) return check(m[1], m[2], m[3]);
  m = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(t);
  if (m) return check(m[3], m[2], m[1]);
  return null;
}

function check(y = '', mo = '', d = ''): string | null {
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

/**
 * `12,500.00`, `12.500,00`, `12 500`, `€1,200` → minor units of `currency`. The last `,` or `.`
 * followed by one or two digits is the decimal mark; other separators group thousands.
 */
export function parseAmount(text: string, currency: string): number | null {
  const t = text.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(t) || t.startsWith('-')) return null;
  const m = /^(.*?)[.,](\d{1,2})$/.exec(t);
  const whole = (m ? m[1] : t)?.replace(/[.,]/g, '') ?? '';
  const fraction = m ? (m[2] ?? '') : '';
  if (!/^\d+$/.test(whole || '0')) return null;
  const digits = minorDigits(currency);
  const scaled =
    Number(whole || '0') * 10 ** digits +
    Number(fraction.padEnd(digits, '0').slice(0, digits) || '0');
  return Number.isSafeInteger(scaled) ? scaled : null;
}

export interface NormalisedOrderRow {
  order: {
    number: string;
    orderDate: string;
    amountMinor: number;
    currency: string;
    status: OrderStatus;
    paidDate: string | null;
  };
  /** how to find the customer: its domain, or its name within a country */
  customer: { domain: string | null; nameKey: string | null; label: string };
}

export function normaliseOrderRow(
  raw: Partial<Record<string, string>>,
  defaults: { country?: string | null } = {},
): { row: NormalisedOrderRow | null; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const get = (k: string) => cleanText(raw[k]);
  const number = get('orderNumber');
  if (!number) problems.push(fieldProblem('orderNumber', 'empty'));
  const dateText = get('orderDate');
  const orderDate = dateText ? isoDate(dateText) : null;
  if (!orderDate)
    problems.push(
      dateText
        ? fieldProblem('orderDate', 'not_date', { value: dateText })
        : fieldProblem('orderDate', 'empty'),
    );
  const curText = get('currency') ?? '';
  const currency =
    CURRENCY_SYMBOLS[curText] ?? CURRENCY_SYMBOLS[curText.toUpperCase()] ?? curText.toUpperCase();
  if (!isCurrency(currency))
    problems.push(
      curText
        ? fieldProblem('currency', 'not_currency', { value: curText })
        : fieldProblem('currency', 'empty'),
    );
  const amountText = get('amount');
  const amountMinor = amountText && isCurrency(currency) ? parseAmount(amountText, currency) : null;
  if (amountMinor === null && isCurrency(currency))
    problems.push(
      amountText
        ? fieldProblem('amount', 'not_amount', { value: amountText })
        : fieldProblem('amount', 'empty'),
    );
  const statusText = get('status');
  const status = statusText ? (STATUS[statusText.toLowerCase()] ?? STATUS[statusText]) : 'open';
  if (!status) problems.push(fieldProblem('status', 'one_of', { values: ORDER_STATUSES }));
  const paidText = get('paidDate');
  const paidDate = paidText ? isoDate(paidText) : null;
  if (paidText && !paidDate)
    problems.push(fieldProblem('paidDate', 'not_date', { value: paidText }));
  const domain = domainOf(get('customerDomain'));
  const name = get('customerName');
  const countryText = get('country');
  const country = countryText ? countryCodeOf(countryText) : (defaults.country ?? null);
  const key = name && country ? nameKey(country, name) : null;
  if (!domain && !key) problems.push(fieldProblem('customerName', 'name_customer'));
  if (problems.length || !number || !orderDate || amountMinor === null || !status)
    return { row: null, problems };
  return {
    row: {
      order: {
        number,
        orderDate,
        amountMinor,
        currency,
        status: paidDate ? 'paid' : status,
        paidDate,
      },
      customer: { domain, nameKey: key, label: name ?? domain ?? '' },
    },
    problems,
  };
}
