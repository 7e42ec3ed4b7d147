import { addDays } from '../calendar/dates.ts';
import { zonedToUtc } from '../calendar/zoned-time.ts';
import {
  INCOTERMS,
  isOneOf,
  PAYMENT_EVENTS,
  PAYMENT_EVENTS_WITH_DAYS,
  SEA_INCOTERMS,
  type PaymentEvent,
  type QuoteStatus,
} from '../enums.ts';
import { fieldError, type FieldError } from '../field-errors.ts';

/**
 * The rules of a quotation that do not need the database: what a valid line, Incoterm and set of
 * payment terms are, how numbers and revision letters are made, and when a sent quote expires.
 */

export const MAX_PAYMENT_DAYS = 365;

export interface PaymentInstalment {
  percent: number;
  event: PaymentEvent;
  /** days after the B/L (L/C usance, D/A) or the invoice (open account); only for those */
  days?: number | null;
}

export interface LineRuleInput {
  productId?: string | null;
  description?: string | null;
  quantity: number;
  discountPercent?: number | null;
  hsCode?: string | null;
}

const decimals = (v: number, places: number) =>
  Math.abs(v * 10 ** places - Math.round(v * 10 ** places)) < 1e-6;

/** An HS code as customs write it in a declaration: 6 to 10 digits, nothing else. */
export const isHsCode = (code: string): boolean => /^\d{6,10}$/.test(code);

export const isQuantity = (q: number): boolean => Number.isFinite(q) && q > 0 && decimals(q, 3);

export const isDiscount = (d: number): boolean =>
  Number.isFinite(d) && d >= 0 && d <= 100 && decimals(d, 2);

export function lineProblems(line: LineRuleInput, path: string): FieldError[] {
  const out: FieldError[] = [];
  if (!line.productId && !line.description?.trim())
    out.push(fieldError(`${path}/description`, 'quote_line_source'));
  if (!isQuantity(line.quantity)) out.push(fieldError(`${path}/quantity`, 'quantity'));
  if (line.discountPercent != null && !isDiscount(line.discountPercent))
    out.push(fieldError(`${path}/discountPercent`, 'discount_percent'));
  if (line.hsCode && !isHsCode(line.hsCode))
    out.push(fieldError(`${path}/hsCode`, 'hs_code', { value: line.hsCode }));
  return out;
}

/** The sea-only rules name a port; the others a place (which may still be left for later). */
export function incotermProblems(
  incoterm: { rule: string; place?: string | null } | null | undefined,
): FieldError[] {
  if (!incoterm) return [];
  if (!isOneOf(INCOTERMS, incoterm.rule))
    return [fieldError('/incoterm/rule', 'one_of', { values: INCOTERMS })];
  if (isOneOf(SEA_INCOTERMS, incoterm.rule) && !incoterm.place?.trim())
    return [fieldError('/incoterm/place', 'incoterm_port')];
  return [];
}

export function paymentProblems(
  terms: readonly PaymentInstalment[] | null | undefined,
): FieldError[] {
  if (!terms?.length) return [];
  const out: FieldError[] = [];
  terms.forEach((t, i) => {
    const at = `/paymentTerms/${i}`;
    if (!isOneOf(PAYMENT_EVENTS, t.event))
      out.push(fieldError(`${at}/event`, 'one_of', { values: PAYMENT_EVENTS }));
    else if (isOneOf(PAYMENT_EVENTS_WITH_DAYS, t.event)) {
      if (!Number.isInteger(t.days) || (t.days ?? 0) < 1 || (t.days ?? 0) > MAX_PAYMENT_DAYS)
        out.push(
          fieldError(`${at}/days`, 'payment_days', { event: t.event, max: MAX_PAYMENT_DAYS }),
        );
    } else if (t.days != null)
      out.push(fieldError(`${at}/days`, 'payment_no_days', { event: t.event }));
    if (!(t.percent > 0 && t.percent <= 100 && decimals(t.percent, 2)))
      out.push(fieldError(`${at}/percent`, 'discount_percent'));
  });
  // Hundredths of a percent, so 33.33 + 33.33 + 33.34 is exactly 100.
  const total = terms.reduce((s, t) => s + Math.round(t.percent * 100), 0);
  if (total !== 10_000)
    out.push(fieldError('/paymentTerms', 'payment_terms_total', { total: total / 100 }));
  return out;
}

export function validityProblems(
  quoteDate: string,
  validUntil: string | null | undefined,
): FieldError[] {
  return validUntil && validUntil < quoteDate
    ? [fieldError('/validUntil', 'validity_before_date', { date: quoteDate })]
    : [];
}

/** Revision letters: A, B, … Z, then AA, AB, … (the 27th revision of one quote is rare). */
export function revisionLetter(index: number): string {
  let n = index;
  let out = '';
  do {
    out = String.fromCharCode(65 + (n % 26)) + out;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return out;
}

export function revisionIndex(letter: string): number {
  return [...letter].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

export const DEFAULT_PATTERNS = { quote: 'Q-{yyyy}-{seq}', proforma: 'PI-{yyyy}-{seq}' } as const;
export const SEQ_TOKEN = '{seq}';

export function patternProblems(pattern: string, path: string): FieldError[] {
  return pattern.includes(SEQ_TOKEN)
    ? []
    : [fieldError(path, 'quote_pattern', { token: SEQ_TOKEN, example: DEFAULT_PATTERNS.quote })];
}

function fillDate(pattern: string, date: string): string {
  return pattern
    .replaceAll('{yyyy}', date.slice(0, 4))
    .replaceAll('{yy}', date.slice(2, 4))
    .replaceAll('{mm}', date.slice(5, 7));
}

/**
 * What the running number counts within: the pattern with its date filled and the number left
 * out (`Q-2026-`), so `Q-{yyyy}-{seq}` counts per year, `{yyyy}{mm}-{seq}` per month and a
 * pattern without a date for ever, and two patterns never hand out the same number.
 */
export function sequenceKey(pattern: string, date: string): string {
  return fillDate(pattern, date).replaceAll(SEQ_TOKEN, '');
}

/** `Q-{yyyy}-{seq}` on 2026-03-05 with 7 → `Q-2026-0007` (at least four digits). */
export function renderNumber(pattern: string, date: string, seq: number): string {
  return fillDate(pattern, date).replaceAll(SEQ_TOKEN, String(seq).padStart(4, '0'));
}

/**
 * A sent quote holds until the END of its validity date where the customer is: the instant the
 * next day begins in the customer's zone.
 */
export function expiryInstant(validUntil: string, customerZone: string): string {
  return zonedToUtc(addDays(validUntil, 1), '00:00', customerZone).toISOString();
}

/** The status a reader sees: a sent quote past its expiry is expired, job or no job yet. */
export function effectiveStatus(
  status: QuoteStatus,
  expiresAt: string | null,
  now: Date,
): QuoteStatus {
  return status === 'sent' && expiresAt && expiresAt <= now.toISOString() ? 'expired' : status;
}
