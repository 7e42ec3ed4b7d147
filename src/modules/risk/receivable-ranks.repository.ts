import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { Scope } from '../../domain/scope.ts';
import type { ReceivablesFilter } from './receivables.repository.ts';
import {
  fromLiveCustomers,
  linesOfLive,
  bucketSums,
  wholeBook,
  type BucketStarts,
  type Kept,
} from './receivable-lines-base.repository.ts';

/** How one currency's minor units become the reporting currency's on the report's date. */
export interface Conversion {
  currency: string;
  /** 10 ** the currency's minor digits */
  divisor: number;
  rate: number;
}

/**
 * The rates as a `values` list (`r (c, d, rate)`) and the five bucket sums of `alias`'s
 * customer-currency rows converted to the reporting currency as `RateTable.convert` does it (see
 * `rankedCustomers`); `openAll` names the column holding the whole open amount.
 */
export function convertedBuckets(
  alias: string,
  openAll: string,
  conversions: Conversion[],
  reportingDivisor: number,
) {
  const dbl = (v: number) => sql`cast(${v} as double precision)`;
  const rates = sql.join(
    conversions.map((c) => sql`(${c.currency}, ${dbl(c.divisor)}, ${dbl(c.rate)})`),
  );
  const conv = (minor: ReturnType<typeof sql.raw>) =>
    sql`coalesce(sum(floor(((cast(${minor} as double precision) / r.d) * r.rate) * ${dbl(reportingDivisor)} + 0.5)), 0)`;
  const a = alias;
  const bucket = [
    sql.raw(`${a}.from0`),
    sql.raw(`${a}.from1 - ${a}.from0`),
    sql.raw(`${a}.from2 - ${a}.from1`),
    sql.raw(`${a}.from3 - ${a}.from2`),
    sql.raw(`${a}.${openAll} - ${a}.from3`),
  ].map(conv);
  return { rates, bucket };
}

/**
 * A row of a ranked aging statement: a page customer (`i`, `k`, the count `n` and totals `t0`–`t4`)
 * or a currency's raw open amount (`c`, `fa`) and undated orders (`u`).
 */
export interface RankedRow {
  i: number | string | null;
  k: string | null;
  n: number | string | null;
  t0: number | string | null;
  t1: number | string | null;
  t2: number | string | null;
  t3: number | string | null;
  t4: number | string | null;
  c: string | null;
  fa: number | string | null;
  u: number | string | null;
}

export interface RankedPage {
  /** the page's customers, largest converted open amount first (then by id) */
  keys: string[];
  /** customers with an open line in the scope */
  count: number;
  /** the converted buckets summed over every customer, current … over 90 days */
  buckets: [number, number, number, number, number];
  /** per currency over every customer: the open amount, and orders with a line not yet due */
  perCurrency: { currency: string; open: number; undated: number }[];
}

/**
 * The aging report per customer ranked in the database: only the page's customers leave it,
 * with the count and the converted bucket totals of all of them. An admin's book has ~20,000
 * customers with open lines (~84,000 customer-currency sums); sending them all to be converted
 * and sorted in JavaScript was most of the report's time (docs/performance.md).
 *
 * Each customer-currency bucket sum is converted as `RateTable.convert` does it — minor units
 * over the divisor, times the rate, times the reporting currency's divisor, rounded half up —
 * in the same floating-point steps, so the ranking and the totals equal the ones worked out in
 * JavaScript. A currency without a rate adds nothing, as there.
 */
export async function rankedCustomers(
  db: Executor,
  scope: Scope,
  f: ReceivablesFilter,
  starts: BucketStarts,
  conversions: Conversion[],
  reportingDivisor: number,
  limit: number,
): Promise<RankedPage> {
  const base: Kept<'receivable_lines', 'l' | 'customers'> = wholeBook(scope, f)
    ? linesOfLive(db, scope.workspaceId, 'receivable_lines', f.customerId)
    : fromLiveCustomers(db, scope, f, 'receivable_lines');
  const perCurrency = base
    .select([
      sql.ref<string>('l.customer_id').as('k'),
      sql.ref<string>('l.currency').as('c'),
      ...bucketSums(starts),
    ])
    .groupBy(['l.customer_id', 'l.currency']);
  const { rates, bucket } = convertedBuckets('g', '"openAll"', conversions, reportingDivisor);
  // One scan of the lines (`g`, materialised as it is read twice): the page with the count and
  // totals of every customer, then one row per currency with its raw open amount and undated
  // orders. `i` keeps the page's order, which a `union all` does not promise.
  const { rows } = await sql<RankedRow>`with g as ${perCurrency},
    r (c, d, rate) as (values ${rates}),
    v as (
      select g.k, ${bucket[0]} as b0, ${bucket[1]} as b1, ${bucket[2]} as b2, ${bucket[3]} as b3,
        ${bucket[4]} as b4
      from g left join r on r.c = g.c group by g.k
    ),
    page as (
      select row_number() over (order by v.b0 + v.b1 + v.b2 + v.b3 + v.b4 desc, v.k) as i, v.k,
        count(*) over () as n, sum(v.b0) over () as t0, sum(v.b1) over () as t1,
        sum(v.b2) over () as t2, sum(v.b3) over () as t3, sum(v.b4) over () as t4
      from v order by v.b0 + v.b1 + v.b2 + v.b3 + v.b4 desc, v.k limit ${Math.max(1, limit)}
    )
    select page.i, page.k, page.n, page.t0, page.t1, page.t2, page.t3, page.t4,
      null as c, null as fa, null as u
    from page
    union all
    select null, null, null, null, null, null, null, null, g.c, sum(g."openAll"), sum(g.undated)
    from g group by g.c`.execute(db);
  const page = rows.filter((r) => r.k !== null).sort((a, b) => Number(a.i) - Number(b.i));
  const first = page[0];
  return {
    keys: limit > 0 ? page.map((r) => r.k!) : [],
    count: first ? Number(first.n) : 0,
    buckets: [first?.t0, first?.t1, first?.t2, first?.t3, first?.t4].map((v) =>
      Number(v ?? 0),
    ) as RankedPage['buckets'],
    perCurrency: rows
      .filter((r) => r.c !== null)
      .map((r) => ({ currency: r.c!, open: Number(r.fa ?? 0), undated: Number(r.u ?? 0) })),
  };
}
