import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import {
  convertedBuckets,
  type Conversion,
  type RankedPage,
  type RankedRow,
} from './receivable-ranks.repository.ts';

// The aging report's reads of the per-customer totals kept with the lines (0102): an admin's whole
// book, per customer (ranked in the database) and per country or owner. The caller holds the
// bucket starts they are kept for (`openLineTotalsRepository.keptFor` / `rekey`, same
// transaction), so these read them as they stand.

/** A group's open amounts per currency, as the lines' `aging` read returns them. */
export interface KeptBucketRow {
  key: string;
  currency: string;
  from0: number | string;
  from1: number | string;
  from2: number | string;
  from3: number | string;
  openAll: number | string;
  undated: number | string;
}

export const openLineBucketsRepository = {
  /**
   * The per-customer report ranked as `rankedCustomers` ranks it from the lines, in the same
   * floating-point steps (so the same page, count and totals), from the kept sums: one row per
   * customer and currency, read in customer order off their covering index and grouped as they
   * stream, instead of every open line summed and grouped per request. The totals are a plain
   * sum and only the page is sorted twice (a bounded sort for the head, then numbered), rather
   * than numbering every customer in a window; the sums per currency stream off their own index.
   */
  async ranked(
    db: Executor,
    workspaceId: string,
    conversions: Conversion[],
    reportingDivisor: number,
    limit: number,
  ): Promise<RankedPage> {
    const { rates, bucket } = convertedBuckets('t', 'open_all', conversions, reportingDivisor);
    const { rows } = await sql<RankedRow>`with r (c, d, rate) as (values ${rates}),
    v as (
      select t.customer_id as k, ${bucket[0]} as b0, ${bucket[1]} as b1, ${bucket[2]} as b2,
        ${bucket[3]} as b3, ${bucket[4]} as b4
      from open_line_customer_totals t left join r on r.c = t.currency
      where t.workspace_id = ${workspaceId}
      group by t.customer_id
    ),
    tot as (
      select count(*) as n, sum(v.b0) as t0, sum(v.b1) as t1, sum(v.b2) as t2, sum(v.b3) as t3,
        sum(v.b4) as t4
      from v
    ),
    top as (
      select v.k, v.b0 + v.b1 + v.b2 + v.b3 + v.b4 as s from v
      order by s desc, v.k limit ${Math.max(1, limit)}
    ),
    page as (select row_number() over (order by top.s desc, top.k) as i, top.k from top)
    select page.i, page.k, tot.n, tot.t0, tot.t1, tot.t2, tot.t3, tot.t4,
      null as c, null as fa, null as u
    from page cross join tot
    union all
    select null, null, null, null, null, null, null, null, t.currency, sum(t.open_all),
      sum(t.undated)
    from open_line_customer_totals t where t.workspace_id = ${workspaceId}
    group by t.currency`.execute(db);
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
  },

  /**
   * Days late of orders settled in [before, asOf] of an admin's whole book, summed for [before,
   * from) and [from, asOf] from the settled totals (0102): over the book (`by` null, one row) or
   * per country or owner (every group), as `lateness` sums the settlements.
   */
  lateness(
    db: Executor,
    workspaceId: string,
    by: 'country' | 'owner' | null,
    range: { before: string; from: string; asOf: string },
  ) {
    const now = sql<boolean>`paid_date >= ${range.from}`;
    const sums = [
      sql<number | string>`sum(case when ${now} then days_late else 0 end)`.as('nowDays'),
      sql<number | string>`sum(case when ${now} then settled else 0 end)`.as('nowCount'),
      sql<number | string>`sum(case when ${now} then 0 else days_late end)`.as('beforeDays'),
      sql<number | string>`sum(case when ${now} then 0 else settled end)`.as('beforeCount'),
    ] as const;
    const q = db
      .selectFrom('settled_day_totals')
      .where('workspace_id', '=', workspaceId)
      .where('paid_date', '>=', range.before)
      .where('paid_date', '<=', range.asOf);
    if (by === null) return q.select([sql<string>`''`.as('key'), ...sums]).execute();
    const key = by === 'country' ? 'country' : 'owner_id';
    return q
      .select([sql.ref<string>(key).as('key'), ...sums])
      .groupBy(key)
      .execute();
  },

  /** Every country's or owner's open amounts per currency from each bucket's start on. */
  groups(db: Executor, workspaceId: string, by: 'country' | 'owner') {
    const key = by === 'country' ? 'country' : 'owner_id';
    return db
      .selectFrom('open_line_customer_totals')
      .where('workspace_id', '=', workspaceId)
      .select((eb) => [
        sql.ref<string>(key).as('key'),
        'currency',
        eb.fn.sum<number | string>('from0').as('from0'),
        eb.fn.sum<number | string>('from1').as('from1'),
        eb.fn.sum<number | string>('from2').as('from2'),
        eb.fn.sum<number | string>('from3').as('from3'),
        eb.fn.sum<number | string>('open_all').as('openAll'),
        eb.fn.sum<number | string>('undated').as('undated'),
      ])
      .groupBy([key, 'currency'])
      .execute() as Promise<KeptBucketRow[]>;
  },
};
