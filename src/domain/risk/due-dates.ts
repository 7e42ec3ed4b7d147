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
  /** the due date before the home office's calendar is applied (see `anchorOf`) */
  anchor: string | null;
  businessDays: DueAnchor['businessDays'];
}

/**
 * What a due date is worked out from, with no calendar in it: the date the event makes it due
 * and the business days added to it (5 for an L/C at sight, else 0). The due date is then that
 * many business days after the anchor, rolled to the next business day (`dueFromAnchor`). Kept
 * per open instalment (`receivable_lines`), so a calendar changed later still moves due dates.
 */
export interface DueAnchor {
  anchor: string | null;
  businessDays: 0 | 5;
}

/** An instalment's anchor: the event's date (plus usance or open-account days). */
export function anchorOf(
  t: { event: PaymentEvent; days?: number | null },
  dates: OrderDates,
): DueAnchor {
  const n = t.days ?? 0;
  switch (t.event) {
    case 'on_order':
      return { anchor: dates.orderDate, businessDays: 0 };
    case 'before_shipment':
    case 'against_bl_copy':
      return { anchor: dates.blDate, businessDays: 0 };
    case 'on_arrival':
    case 'dp':
      return { anchor: dates.arrivalDate, businessDays: 0 };
    case 'lc_at_sight':
      return { anchor: dates.blDate, businessDays: 5 };
    case 'lc_usance':
    case 'da':
      return { anchor: dates.blDate && addDays(dates.blDate, n), businessDays: 0 };
    case 'open_account':
      return { anchor: addDays(dates.invoiceDate ?? dates.orderDate, n), businessDays: 0 };
  }
}

/** The due date of an anchor in the payee's calendar (never before the anchor). */
export function dueFromAnchor(a: DueAnchor, next: NextBusinessDay): string | null {
  if (!a.anchor) return null;
  return a.businessDays ? addBusinessDays(a.anchor, a.businessDays, next) : next(a.anchor);
}

/**
 * The earliest anchor whose due date falls on or after `date`. The due date never goes back as
 * the anchor moves forward, so "due on or after `date`" is "anchor on or after this": a report
 * ages stored anchors with four such comparisons per line instead of a calendar per line.
 */
export function earliestAnchorDueFrom(
  date: string,
  businessDays: DueAnchor['businessDays'],
  next: NextBusinessDay,
): string {
  let d = date;
  // A closed spell longer than a year is no calendar; stop there.
  for (let i = 0; i < 400; i++) {
    const before = addDays(d, -1);
    if ((dueFromAnchor({ anchor: before, businessDays }, next) ?? '') < date) return d;
    d = before;
  }
  return d;
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
  const a = anchorOf(t, dates);
  return a.businessDays ? dueFromAnchor(a, next) : a.anchor;
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
    return [
      {
        event: 'open_account',
        percent: 100,
        days: null,
        amountMinor,
        dueDate: null,
        anchor: null,
        businessDays: 0,
      },
    ];
  // One instalment is the whole amount: no split (the common case, and a report's hot path).
  const amounts =
    terms.length === 1
      ? [amountMinor]
      : instalmentAmounts(
          amountMinor,
          terms.map((t) => t.percent),
        );
  return terms.map((t, i) => {
    const a = anchorOf(t, dates);
    return {
      event: t.event,
      percent: t.percent,
      days: t.days ?? null,
      amountMinor: amounts[i] ?? 0,
      dueDate: dueFromAnchor(a, next),
      ...a,
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

export interface OpenInstalment extends DueAnchor {
  amountMinor: number;
  dueDate: string | null;
}

/**
 * What is still open of each instalment once `paidMinor` is applied: payments settle the
 * earliest due instalment first (those not yet due last), as buyers and banks apply them.
 */
export function openInstalments(
  schedule: readonly ScheduledInstalment[],
  paidMinor: number,
): OpenInstalment[] {
  const ordered = [...schedule].sort((a, b) =>
    a.dueDate === b.dueDate ? 0 : !a.dueDate ? 1 : !b.dueDate ? -1 : a.dueDate < b.dueDate ? -1 : 1,
  );
  let left = paidMinor;
  const out: OpenInstalment[] = [];
  for (const s of ordered) {
    const settled = Math.min(left, s.amountMinor);
    left -= settled;
    if (s.amountMinor - settled > 0)
      out.push({
        amountMinor: s.amountMinor - settled,
        dueDate: s.dueDate,
        anchor: s.anchor,
        businessDays: s.businessDays,
      });
  }
  return out;
}
