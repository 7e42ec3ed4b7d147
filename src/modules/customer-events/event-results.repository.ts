import type { Executor } from '../../db/dialect.ts';
import { addDays } from '../../domain/calendar/dates.ts';

/** What followed an event: one kind of record per attending customer, dated in the window. */
export interface FollowedRecord {
  customerId: string;
  /** the day it counts on (and is converted at) */
  date: string;
  amountMinor: number;
  currency: string;
  /** deals: open, won or lost */
  status: string;
}

/**
 * Reads only, for an event's results: the deals, quotes and orders of the attending customers
 * dated from the event's first day to 90 days after its last. These tables are written by their
 * own modules; this joins nothing and writes nothing (counts and sums for the Results tab).
 */
export const eventResultsRepository = {
  async deals(db: Executor, ws: string, customerIds: string[], from: string, to: string) {
    if (!customerIds.length) return [];
    const rows = await db
      .selectFrom('deals')
      .select(['customer_id', 'created_at', 'amount_minor', 'currency', 'status'])
      .where('workspace_id', '=', ws)
      .where('customer_id', 'in', customerIds)
      .where('created_at', '>=', from)
      .where('created_at', '<', addDays(to, 1))
      .execute();
    return rows.map((r): FollowedRecord => ({
      customerId: r.customer_id,
      date: r.created_at.slice(0, 10),
      amountMinor: Number(r.amount_minor),
      currency: r.currency,
      status: r.status,
    }));
  },

  /** Quotes, each number once at its latest revision. */
  async quotes(db: Executor, ws: string, customerIds: string[], from: string, to: string) {
    if (!customerIds.length) return [];
    const rows = await db
      .selectFrom('quotes')
      .select([
        'customer_id',
        'number',
        'revision',
        'quote_date',
        'total_minor',
        'currency',
        'status',
      ])
      .where('workspace_id', '=', ws)
      .where('customer_id', 'in', customerIds)
      .where('quote_date', '>=', from)
      .where('quote_date', '<=', to)
      .execute();
    const latest = new Map<string, (typeof rows)[number]>();
    for (const r of rows) {
      const seen = latest.get(r.number);
      const later =
        !seen ||
        r.revision.length > seen.revision.length ||
        (r.revision.length === seen.revision.length && r.revision > seen.revision);
      if (later) latest.set(r.number, r);
    }
    return [...latest.values()].map((r): FollowedRecord => ({
      customerId: r.customer_id,
      date: r.quote_date,
      amountMinor: Number(r.total_minor),
      currency: r.currency,
      status: r.status,
    }));
  },

  /** Orders not cancelled. */
  async orders(db: Executor, ws: string, customerIds: string[], from: string, to: string) {
    if (!customerIds.length) return [];
    const rows = await db
      .selectFrom('orders')
      .select(['customer_id', 'order_date', 'amount_minor', 'currency', 'status'])
      .where('workspace_id', '=', ws)
      .where('customer_id', 'in', customerIds)
      .where('status', '!=', 'cancelled')
      .where('order_date', '>=', from)
      .where('order_date', '<=', to)
      .execute();
    return rows.map((r): FollowedRecord => ({
      customerId: r.customer_id,
      date: r.order_date,
      amountMinor: Number(r.amount_minor),
      currency: r.currency,
      status: r.status,
    }));
  },
};
