import { sql, type Kysely } from 'kysely';

const LATEST = 12;
const PAGE = 500;

// Insight (issue 20): the rhythm of each customer's orders — how many of the latest twelve not
// cancelled were counted and the median days between them — kept on the customer with the last
// order date by every order write, so a rep's next best actions read no orders for "ask about the
// next order" (docs/insight.md, docs/performance.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('customers')
    .addColumn('recent_orders', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('customers').addColumn('order_interval_days', 'integer').execute();
  // Backfill a page of customers with orders at a time.
  let after = { ws: '', id: '' };
  for (;;) {
    const page = (
      await sql<{ workspace_id: string; id: string }>`
        select workspace_id, id from customers
        where last_order_date is not null
          and (workspace_id > ${after.ws} or (workspace_id = ${after.ws} and id > ${after.id}))
        order by workspace_id, id limit ${PAGE}`.execute(db)
    ).rows;
    if (!page.length) break;
    const last = page[page.length - 1]!;
    after = { ws: last.workspace_id, id: last.id };
    const byWs = new Map<string, string[]>();
    for (const r of page) byWs.set(r.workspace_id, [...(byWs.get(r.workspace_id) ?? []), r.id]);
    for (const [ws, ids] of byWs) {
      const rows = (
        await sql<{ customer_id: string; order_date: string }>`
          select customer_id, order_date from (
            select customer_id, order_date, row_number() over (
              partition by customer_id order by order_date desc) as rn
            from orders
            where workspace_id = ${ws} and status <> 'cancelled'
              and customer_id in (${sql.join(ids)})) latest
          where rn <= ${LATEST}`.execute(db)
      ).rows;
      const dates = new Map<string, string[]>();
      for (const r of rows)
        dates.set(r.customer_id, [...(dates.get(r.customer_id) ?? []), r.order_date]);
      for (const [id, d] of dates) {
        d.sort();
        const gaps = d
          .slice(1)
          .map((x, i) => Math.round((Date.parse(x) - Date.parse(d[i]!)) / 86_400_000))
          .sort((a, b) => a - b);
        const mid = Math.floor(gaps.length / 2);
        const interval = !gaps.length
          ? null
          : gaps.length % 2
            ? gaps[mid]!
            : Math.round((gaps[mid - 1]! + gaps[mid]!) / 2);
        await sql`update customers set recent_orders = ${d.length},
            order_interval_days = ${interval}
          where workspace_id = ${ws} and id = ${id}`.execute(db);
      }
    }
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').dropColumn('order_interval_days').execute();
  await db.schema.alterTable('customers').dropColumn('recent_orders').execute();
}
