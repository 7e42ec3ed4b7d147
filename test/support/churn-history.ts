import type { Kysely } from 'kysely';
import { insertRows } from '../../src/db/bulk-insert.ts';
import type { Customer, DB, Order } from '../../src/db/schema.ts';
import { addDays } from '../../src/domain/calendar/dates.ts';
import { CHURN_MODEL } from '../../src/domain/risk/churn-model.ts';
import { customerRecords } from '../../src/modules/customers/customer-records.service.ts';
import { Random } from '../../src/seed/random.ts';

/**
 * A book with a planted churn signal, for the churn model's tests and bench: `n` customers cloned
 * from `template`, each buying on their own rhythm (every 20–90 days) from 400–900 days before the
 * cut-off (today − 180). A churner stops before the cut-off, falling behind their rhythm (silent
 * 1.5–4 gaps at the cut-off), and places nothing after it; a stayer is at most one gap late at the
 * cut-off and goes on buying to today. One in six has the opposite ending, so the signal is strong
 * but not perfect. Answers the ids with whether each churned.
 */
export async function plantChurnHistory(
  db: Kysely<DB>,
  template: Customer,
  n: number,
  today: string,
  seed = 18,
): Promise<{ id: string; churned: boolean }[]> {
  const rnd = new Random(seed);
  const cutoff = addDays(today, -CHURN_MODEL.horizonDays);
  const at = new Date().toISOString();
  const out: { id: string; churned: boolean }[] = [];
  for (let from = 0; from < n; from += 1000) {
    const customers: Customer[] = [];
    const orders: Order[] = [];
    for (let i = from; i < Math.min(n, from + 1000); i++) {
      const id = `${template.id.slice(0, 8)}-ch-${String(i).padStart(6, '0')}`;
      customers.push({ ...template, id, name: `Planted ${i}` });
      const gap = rnd.int(20, 90);
      const lapsing = rnd.chance(0.4);
      const churned = rnd.chance(1 / 6) ? !lapsing : lapsing;
      // the last order up to the cut-off: behind the rhythm when lapsing, on it otherwise
      const lastBefore = addDays(
        cutoff,
        -Math.round(gap * (lapsing ? 1.5 + rnd.next() * 2.5 : rnd.next())),
      );
      const first = addDays(cutoff, -rnd.int(400, 900));
      const dates: string[] = [];
      for (let d = lastBefore; d >= first; d = addDays(d, -gap)) dates.push(d);
      if (dates.length < 2 || dates[dates.length - 1]! > addDays(cutoff, -365))
        dates.push(addDays(cutoff, -rnd.int(370, 500)));
      if (!churned)
        for (let d = addDays(lastBefore, gap); d <= today; d = addDays(d, gap))
          if (d > cutoff) dates.push(d);
      if (!churned && !dates.some((d) => d > cutoff)) dates.push(addDays(cutoff, rnd.int(1, 170)));
      for (const [k, date] of dates.entries())
        orders.push({
          workspace_id: template.workspace_id,
          id: `${id}-o${k}`,
          customer_id: id,
          number: `${id}-${k}`,
          order_date: date,
          amount_minor: 1000_00 + rnd.int(0, 5000_00),
          currency: 'USD',
          status: 'paid',
          paid_date: date,
          created_at: at,
          payment_terms: '[]',
          invoice_date: null,
          bl_date: null,
          arrival_date: null,
          paid_minor: 0,
        });
      out.push({ id, churned });
    }
    await db.transaction().execute(async (tx) => {
      await insertRows(tx, 'customers', customers);
      await insertRows(tx, 'orders', orders);
      await customerRecords.refreshLastOrderDate(
        tx,
        template.workspace_id,
        customers.map((c) => c.id),
      );
    });
  }
  return out;
}
