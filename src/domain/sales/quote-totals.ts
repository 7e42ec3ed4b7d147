/**
 * A quote's totals, exactly, in the currency's minor units (cents, fils, yen). Shared by the
 * server (what is stored, printed and turned into an order) and the web editor (live totals).
 *
 * Rounding, documented once:
 * - quantities carry at most 3 decimals and discounts at most 2 (both checked by `quote-rules`),
 *   so each is an exact integer of thousandths / hundredths of a percent and the product
 *   quantity × unit price × (1 − discount) is an exact fraction, computed with BigInt;
 * - each LINE is rounded once to a whole minor unit, half-up (a half goes away from zero; all
 *   amounts are ≥ 0), the commercial rounding buyers and customs expect on an invoice line;
 * - the quote total is the sum of the rounded lines, so the printed lines add up to the
 *   printed total; discounts shown per line are gross − net of that line;
 * - instalments split the total by percentage, each rounded half-up, the last taking what is
 *   left, so they always add up to the total.
 * The currency's number of minor digits (JPY 0, CNY 2, KWD 3) never enters the arithmetic: a
 * price is already in minor units. It matters only when the amount is written for people.
 */

export interface QuoteLineInput {
  /** up to 3 decimals, > 0 */
  quantity: number;
  /** price of one unit in minor units */
  unitPriceMinor: number;
  /** 0–100, up to 2 decimals; absent means none */
  discountPercent?: number | null;
}

export interface LineTotals {
  /** quantity × unit price, rounded */
  grossMinor: number;
  /** gross − net */
  discountMinor: number;
  /** quantity × unit price × (1 − discount), rounded: what the line costs */
  totalMinor: number;
}

export interface QuoteTotals {
  lines: LineTotals[];
  subtotalMinor: number;
  discountMinor: number;
  totalMinor: number;
}

const QTY_SCALE = 1000n;
const PCT_SCALE = 10_000n; // 100 % in hundredths of a percent

/** `n / d` rounded half-up, for n ≥ 0 and d > 0. */
export function divideHalfUp(n: bigint, d: bigint): bigint {
  return (2n * n + d) / (2n * d);
}

function scaled(value: number, scale: number): bigint {
  return BigInt(Math.round(value * scale));
}

function toNumber(v: bigint): number {
  // Past 2^53 a number cannot hold the amount exactly; callers check `isAmountMinor` on the total.
  return Number(v);
}

/** One line's gross, discount and net in minor units (see the rounding rule above). */
export function lineTotals(line: QuoteLineInput): LineTotals {
  const qty = scaled(line.quantity, 1000);
  const price = BigInt(Math.round(line.unitPriceMinor));
  const off = scaled(line.discountPercent ?? 0, 100);
  const gross = divideHalfUp(qty * price, QTY_SCALE);
  const net = divideHalfUp(qty * price * (PCT_SCALE - off), QTY_SCALE * PCT_SCALE);
  return {
    grossMinor: toNumber(gross),
    discountMinor: toNumber(gross - net),
    totalMinor: toNumber(net),
  };
}

/** Every line and the quote's subtotal, discount and total, in minor units. */
export function quoteTotals(lines: readonly QuoteLineInput[]): QuoteTotals {
  const each = lines.map(lineTotals);
  const sum = (pick: (l: LineTotals) => number) => each.reduce((s, l) => s + pick(l), 0);
  return {
    lines: each,
    subtotalMinor: sum((l) => l.grossMinor),
    discountMinor: sum((l) => l.discountMinor),
    totalMinor: sum((l) => l.totalMinor),
  };
}

/**
 * The total split into instalments by percentage (up to 2 decimals, adding up to 100): each
 * rounded half-up, the last one the remainder, so the parts always add up to the total.
 */
export function instalmentAmounts(totalMinor: number, percents: readonly number[]): number[] {
  const total = BigInt(totalMinor);
  const parts = percents.map((p) => divideHalfUp(total * scaled(p, 100), PCT_SCALE));
  if (parts.length)
    parts[parts.length - 1] = total - parts.slice(0, -1).reduce((s, p) => s + p, 0n);
  return parts.map(toNumber);
}
