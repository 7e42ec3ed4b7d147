import type { Executor } from '../../db/dialect.ts';
import type { Order } from '../../db/schema.ts';
import {
  finalDueDate,
  openInstalments,
  paymentSchedule,
  type NextBusinessDay,
} from '../../domain/risk/due-dates.ts';
import type { PaymentInstalment } from '../../domain/sales/quote-rules.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';

type OrderTerms = Pick<
  Order,
  | 'amount_minor'
  | 'paid_minor'
  | 'payment_terms'
  | 'order_date'
  | 'invoice_date'
  | 'bl_date'
  | 'arrival_date'
>;

/**
 * Due dates are worked out when read, from the terms and the home office's calendar of the day
 * (a holiday added later moves them), never stored: nothing to keep in step.
 */
export class PaymentSchedules {
  /** Terms as stored, parsed once: a workspace uses a handful of distinct terms. */
  private readonly parsed = new Map<string, PaymentInstalment[]>();

  constructor(private readonly calendars: CalendarProvider) {}

  private terms(json: string): PaymentInstalment[] {
    let t = this.parsed.get(json);
    if (!t) {
      t = JSON.parse(json) as PaymentInstalment[];
      if (this.parsed.size < 10_000) this.parsed.set(json, t);
    }
    return t;
  }

  /** The home office's "next business day", remembered per date for one report. */
  async calendar(db: Executor, workspaceId: string): Promise<NextBusinessDay> {
    const ws = await workspaces.find(db, workspaceId);
    const cal = await this.calendars.calendar(db, workspaceId, ws?.home_country ?? 'CN');
    const seen = new Map<string, string>();
    return (date) => {
      let d = seen.get(date);
      if (d === undefined) {
        d = cal.nextBusinessDay(date).date;
        seen.set(date, d);
      }
      return d;
    };
  }

  of(o: OrderTerms, next: NextBusinessDay) {
    const schedule = paymentSchedule(
      Number(o.amount_minor),
      this.terms(o.payment_terms),
      {
        orderDate: o.order_date,
        invoiceDate: o.invoice_date,
        blDate: o.bl_date,
        arrivalDate: o.arrival_date,
      },
      next,
    );
    return {
      instalments: schedule,
      finalDueDate: finalDueDate(schedule),
      open: openInstalments(schedule, Number(o.paid_minor)),
    };
  }
}
