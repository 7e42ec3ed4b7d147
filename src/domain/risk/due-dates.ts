import { addDays } from '../calendar/dates.ts';
import type { PaymentEvent } from '../enums.ts';
import { instalmentAmounts } from '../sales/quote-totals.ts';
import type { PaymentInstalment } from '../sales/quote-rules.ts';

/**
 * When each instalment of an order's payment terms falls due. The terms are a quote's
 * (`PaymentInstalment[]`: T/T deposit `on_order` and balance `before_shipment` or
 * `against_bl_copy`, L/C at sight or usance, D/P, D/A, open account N days); the dates they run
 * from are the order's. Rules (docs/risk.md, "Payments and credit"):
 *
 * - `on_order`: the order date; `before_shipment` and `against_bl_copy`: the B/L date;
 *   `on_arrival` and `dp` (documents are released against payment when the goods arrive): the
 *   arrival date; `lc_at_sight`: 5 business days after the B/L date (UCP 600 art. 14(b): the
 *   bank's examination period, the documents taken as presented on the B/L date);
 *   `lc_usance` and `da`: N calendar days after the B/L date; `open_account`: N calendar days
 *   after the invoice date (the order date when no invoice date is recorded).
 * - An event that has not happened yet (no B/L or arrival date) leaves the instalment without a
 *   due date: it is not yet due, and ages as current.
 * - A due date on a day the home office's bank is closed moves to the next business day (the
 *   "following" convention banks use for payment dates): money cannot arrive on a closed day.
 */

export interface OrderDates {
  orderDate: string;
  invoiceDate: string | null;
  blDate: string | null;
  arrivalDate: string | null;
}

/** The payee's business calendar: the next open day on or after a date. */
export type NextBusinessDay = (date: string) => string;

export interface ScheduledInstalment {
  event: PaymentEvent;
  percent: number;
  days: number | null;
  amountMinor: number;
  dueDate: string | null;
}

/** Business days after a date: each step the next open day after the previous one. */
export function addBusinessDays(date: string, n: number, next: NextBusinessDay): string {
  let d = next(date);
  for (let i = 0; i < n; i++) d = next(addDays(d, 1));
  return d;
}

/** The day an instalment's event makes it due, before the business-day roll; null: not yet. */
export function eventDueDate(
  t: { event: PaymentEvent; days?: number | null },
  dates: OrderDates,
  next: NextBusinessDay,
): string | null {
  const n = t.days ?? 0;
  switch (t.event) {
    case 'on_order':
      return dates.orderDate;
    case 'before_shipment':
    case 'against_bl_copy':
      return dates.blDate;
    case 'on_arrival':
    case 'dp':
      return dates.arrivalDate;
    case 'lc_at_sight':
      return dates.blDate && addBusinessDays(dates.blDate, 5, next);
    case 'lc_usance':
    case 'da':
      return dates.blDate && addDays(dates.blDate, n);
    case 'open_account':
      return addDays(dates.invoiceDate ?? dates.orderDate, n);
  }
}

/**
 * An order's instalments with their amounts (split half-up, the last the remainder, as a
 * quote's) and due dates. Without terms the whole amount is one instalment with no due date.
 */
export function paymentSchedule(
  amountMinor: number,
  terms: readonly PaymentInstalment[],
  dates: OrderDates,
  next: NextBusinessDay,
): ScheduledInstalment[] {
  if (!terms.length)
    return [{ event: 'open_account', percent: 100, days: null, amountMinor, dueDate: null }];
  // One instalment is the whole amount: no split (the common case, and a report's hot path).
  const amounts =
    terms.length === 1
      ? [amountMinor]
      : instalmentAmounts(
          amountMinor,
          terms.map((t) => t.percent),
        );
  return terms.map((t, i) => {
    const due = eventDueDate(t, dates, next);
    return {
      event: t.event,
      percent: t.percent,
      days: t.days ?? null,
      amountMinor: amounts[i] ?? 0,
      dueDate: due && next(due),
    };
  });
}

/** The latest due date of a schedule, null while any instalment is not yet due. */
export function finalDueDate(schedule: readonly ScheduledInstalment[]): string | null {
  let last: string | null = null;
  for (const s of schedule) {
    if (!s.dueDate) return null;
    if (!last || s.dueDate > last) last = s.dueDate;
  }
  return last;
}

/**
 * What is still open of each instalment once `paidMinor` is applied: payments settle the
 * earliest due instalment first (those not yet due last), as buyers and banks apply them.
 */
export function openInstalments(
  schedule: readonly ScheduledInstalment[],
  paidMinor: number,
): { amountMinor: number; dueDate: string | null }[] {
  const ordered = [...schedule].sort((a, b) =>
    a.dueDate === b.dueDate ? 0 : !a.dueDate ? 1 : !b.dueDate ? -1 : a.dueDate < b.dueDate ? -1 : 1,
  );
  let left = paidMinor;
  const out: { amountMinor: number; dueDate: string | null }[] = [];
  for (const s of ordered) {
    const settled = Math.min(left, s.amountMinor);
    left -= settled;
    if (s.amountMinor - settled > 0)
      out.push({ amountMinor: s.amountMinor - settled, dueDate: s.dueDate });
  }
  return out;
}
