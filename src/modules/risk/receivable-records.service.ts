import type { Executor } from '../../db/dialect.ts';
import { daysBetween } from '../../domain/calendar/dates.ts';
import { dueFromAnchor, earliestAnchorDueFrom } from '../../domain/risk/due-dates.ts';
import type { NextBusinessDay } from '../../domain/risk/due-dates.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  openLineTotalsRepository,
  type AnchorsDue,
  type OpenLinePlacement,
} from './open-line-totals.repository.ts';
import { receivableLinesRepository } from './receivable-lines.repository.ts';

/** The risk module's face for other modules' reads of the receivables kept on write (0074). */
export const receivableRecords = {
  /**
   * Open amounts past due per country and currency, and the customers late per country, from the
   * totals kept per anchor with the lines (0098): a scope and a placement filter, no segment.
   */
  lateByCountry: (db: Executor, scope: Scope, f: OpenLinePlacement, due: AnchorsDue) =>
    openLineTotalsRepository.late(db, scope, f, due),

  /**
   * Orders of the customers the caller sees (or of one) with an open instalment past due on `today`, each with its
   * earliest due date and the days it is late. Read from the kept lines in one scoped read
   * rather than by working out every open order's schedule.
   */
  async overdueOrders(
    db: Executor,
    scope: Scope,
    customerId: string | undefined,
    today: string,
    next: NextBusinessDay,
  ): Promise<{ orderId: string; customerId: string; daysLate: number }[]> {
    const rows = await receivableLinesRepository.overdue(db, scope, customerId, {
      plain: earliestAnchorDueFrom(today, 0, next),
      lcAtSight: earliestAnchorDueFrom(today, 5, next),
    });
    const byOrder = new Map<string, { customerId: string; due: string }>();
    for (const r of rows) {
      const due = dueFromAnchor({ anchor: r.anchor, businessDays: r.business_days as 0 | 5 }, next);
      if (!due || due >= today) continue;
      const known = byOrder.get(r.order_id);
      if (!known || due < known.due) byOrder.set(r.order_id, { customerId: r.customer_id, due });
    }
    return [...byOrder].map(([orderId, o]) => ({
      orderId,
      customerId: o.customerId,
      daysLate: daysBetween(o.due, today),
    }));
  },
};
