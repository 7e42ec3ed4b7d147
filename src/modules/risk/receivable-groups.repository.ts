import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { ReceivablesFilter } from './receivables.repository.ts';
import { bucketSums, linesOfLive, type BucketStarts } from './receivable-lines-base.repository.ts';

/** The customers' column a report per country or per owner groups by. */
const COLUMN = { country: sql.raw('c.country'), owner: sql.raw('c.owner_id') } as const;

export interface GroupBuckets {
  key: string;
  currency: string;
  from0: number | string;
  from1: number | string;
  from2: number | string;
  from3: number | string;
  openAll: number | string;
  undated: number | string;
}

/**
 * An admin's whole book per country or owner: the lines are summed per customer and currency in
 * one pass over their covering index, and only those sums (one per customer-currency, not one
 * per line) meet `customers` for the group's key. Walking the lines from every customer instead
 * probed the index once per customer (docs/performance.md).
 */
export function agingPerGroup(
  db: Executor,
  workspaceId: string,
  f: ReceivablesFilter,
  by: 'country' | 'owner',
  starts: BucketStarts,
) {
  const p = linesOfLive(db, workspaceId, 'receivable_lines', f.customerId)
    .select(['l.customer_id', 'l.currency', ...bucketSums(starts)])
    .groupBy(['l.customer_id', 'l.currency']);
  return sql<GroupBuckets>`with p as ${p}
    select ${COLUMN[by]} as "key", p.currency, sum(p.from0) as "from0", sum(p.from1) as "from1",
      sum(p.from2) as "from2", sum(p.from3) as "from3", sum(p."openAll") as "openAll",
      sum(p.undated) as "undated"
    from p join customers c on c.workspace_id = ${workspaceId} and c.id = p.customer_id
    group by ${COLUMN[by]}, p.currency`
    .execute(db)
    .then((r) => r.rows);
}

export interface GroupLateness {
  key: string;
  nowDays: number | string;
  nowCount: number | string;
  beforeDays: number | string;
  beforeCount: number | string;
}

/** Days late per country or owner of an admin's whole book, summed per customer first. */
export function latenessPerGroup(
  db: Executor,
  workspaceId: string,
  f: ReceivablesFilter,
  by: 'country' | 'owner',
  range: { before: string; from: string; asOf: string },
) {
  const now = sql<boolean>`l.paid_date >= ${range.from}`;
  const p = linesOfLive(db, workspaceId, 'receivable_settlements', f.customerId)
    .where('l.paid_date', '>=', range.before)
    .where('l.paid_date', '<=', range.asOf)
    .select([
      'l.customer_id',
      sql<number>`sum(case when ${now} then l.days_late else 0 end)`.as('nowDays'),
      sql<number>`sum(case when ${now} then 1 else 0 end)`.as('nowCount'),
      sql<number>`sum(case when ${now} then 0 else l.days_late end)`.as('beforeDays'),
      sql<number>`sum(case when ${now} then 0 else 1 end)`.as('beforeCount'),
    ])
    .groupBy('l.customer_id');
  return sql<GroupLateness>`with p as ${p}
    select ${COLUMN[by]} as "key", sum(p."nowDays") as "nowDays", sum(p."nowCount") as "nowCount",
      sum(p."beforeDays") as "beforeDays", sum(p."beforeCount") as "beforeCount"
    from p join customers c on c.workspace_id = ${workspaceId} and c.id = p.customer_id
    group by ${COLUMN[by]}`
    .execute(db)
    .then((r) => r.rows);
}
