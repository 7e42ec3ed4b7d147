import { sql } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { Deal, DealTotalTable, StageKind } from '../../db/schema.ts';
import type { SumRow } from './deal-reports.repository.ts';

/** What of a deal its totals row counts. */
export type Counted = Pick<
  Deal,
  | 'status'
  | 'pipeline_id'
  | 'stage_id'
  | 'currency'
  | 'expected_close_date'
  | 'amount_minor'
  | 'probability'
>;

/** The columns that place a deal in its totals row, then the ones it adds. */
export const COUNTED_COLUMNS = [
  'status',
  'pipeline_id',
  'stage_id',
  'currency',
  'expected_close_date',
  'amount_minor',
  'probability',
] as const satisfies readonly (keyof Counted)[];

const KEY = [
  'workspace_id',
  'status',
  'pipeline_id',
  'stage_id',
  'currency',
  'expected_close_month',
  'expected_close_date',
] as const;

type TotalRow = DealTotalTable;

/** Rows per upsert: 10 columns each, well under either database's limit on bound values. */
const PER_STATEMENT = 500;

function keyOf(workspaceId: string, d: Counted): string {
  return [workspaceId, d.status, d.pipeline_id, d.stage_id, d.currency, d.expected_close_date].join(
    '\u0000',
  );
}

/** Each deal added (+1) or taken away (−1), summed per totals row; rows that net to nothing go. */
function deltas(workspaceId: string, changes: { deal: Counted; sign: 1 | -1 }[]): TotalRow[] {
  const out = new Map<string, TotalRow>();
  for (const { deal: d, sign } of changes) {
    const key = keyOf(workspaceId, d);
    const amount = Number(d.amount_minor);
    const row = out.get(key) ?? {
      workspace_id: workspaceId,
      status: d.status,
      pipeline_id: d.pipeline_id,
      stage_id: d.stage_id,
      currency: d.currency,
      expected_close_month: d.expected_close_date.slice(0, 7),
      expected_close_date: d.expected_close_date,
      deals: 0,
      amount_minor: 0,
      weighted_centi_minor: 0,
    };
    row.deals += sign;
    row.amount_minor += sign * amount;
    row.weighted_centi_minor += sign * amount * d.probability;
    out.set(key, row);
  }
  return [...out.values()].filter(
    (r) => r.deals !== 0 || r.amount_minor !== 0 || r.weighted_centi_minor !== 0,
  );
}

/**
 * The deals table's running totals. Only the deals repository calls `apply`, inside the same
 * transaction as the deal write it accounts for, so the totals change exactly when the deals do.
 */
export const dealTotalsRepository = {
  async apply(
    db: Executor,
    workspaceId: string,
    changes: { deal: Counted; sign: 1 | -1 }[],
  ): Promise<void> {
    const rows = deltas(workspaceId, changes);
    for (const part of chunks(rows, PER_STATEMENT))
      await db
        .insertInto('deal_totals')
        .values(part)
        .onConflict((oc) =>
          oc.columns([...KEY]).doUpdateSet((eb) => ({
            deals: eb('deal_totals.deals', '+', eb.ref('excluded.deals')),
            amount_minor: eb('deal_totals.amount_minor', '+', eb.ref('excluded.amount_minor')),
            weighted_centi_minor: eb(
              'deal_totals.weighted_centi_minor',
              '+',
              eb.ref('excluded.weighted_centi_minor'),
            ),
          })),
        )
        .execute();
    // A row whose last deal left is removed, so stages and dates long gone leave nothing behind.
    for (const r of rows.filter((x) => x.deals < 0))
      await db
        .deleteFrom('deal_totals')
        .where('workspace_id', '=', r.workspace_id)
        .where('status', '=', r.status)
        .where('pipeline_id', '=', r.pipeline_id)
        .where('stage_id', '=', r.stage_id)
        .where('currency', '=', r.currency)
        .where('expected_close_month', '=', r.expected_close_month)
        .where('expected_close_date', '=', r.expected_close_date)
        .where('deals', '=', 0)
        .execute();
  },

  /**
   * Every deal of the workspace with a status, summed per (stage, currency, month or date) off
   * the totals' key order: what a caller who sees every owner starts from (the deals of
   * customers in the trash are still in, and the caller subtracts them).
   */
  async sums(
    db: Executor,
    workspaceId: string,
    f: { status: StageKind; pipelineId?: string; from?: string; to?: string },
    perMonth: boolean,
  ): Promise<SumRow[]> {
    const period = perMonth ? 'expected_close_month' : 'expected_close_date';
    const rows = await db
      .selectFrom('deal_totals')
      .select((eb) => [
        'stage_id',
        'currency',
        sql<string>`${sql.ref(period)}`.as('period'),
        eb.fn.sum<number>('deals').as('deals'),
        eb.fn.sum<number>('amount_minor').as('amount'),
        eb.fn.sum<number>('weighted_centi_minor').as('weighted'),
      ])
      .where('workspace_id', '=', workspaceId)
      .where('status', '=', f.status)
      .$if(!!f.pipelineId, (q) => q.where('pipeline_id', '=', f.pipelineId!))
      .$if(!!f.from, (q) => q.where('expected_close_date', '>=', f.from!))
      .$if(!!f.to, (q) => q.where('expected_close_date', '<=', f.to!))
      .groupBy([
        'pipeline_id',
        'stage_id',
        'currency',
        'expected_close_month',
        ...(perMonth ? [] : ['expected_close_date' as const]),
      ])
      .execute();
    return rows.map((r) => ({
      key: r.stage_id,
      currency: r.currency,
      date: perMonth ? `${r.period}-01` : r.period,
      deals: Number(r.deals),
      amountMinor: Number(r.amount),
      weightedCentiMinor: Number(r.weighted),
    }));
  },

  /** The stored totals of a workspace, in key order. */
  async stored(db: Executor, workspaceId: string): Promise<TotalRow[]> {
    const rows = await db
      .selectFrom('deal_totals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .$call(inKeyOrder)
      .execute();
    return rows.map(numbers);
  },

  /** The same totals summed afresh from the deals: what `stored` must always equal. */
  async recounted(db: Executor, workspaceId: string): Promise<TotalRow[]> {
    const rows = await db
      .selectFrom('deals')
      .select((eb) => [
        ...KEY.map((k) => sql.ref<string>(`deals.${k}`).as(k)),
        eb.fn.countAll<number>().as('deals'),
        eb.fn.sum<number>('amount_minor').as('amount_minor'),
        sql<number>`sum(amount_minor * probability)`.as('weighted_centi_minor'),
      ])
      .where('workspace_id', '=', workspaceId)
      .groupBy(KEY.map((k) => sql.ref(k)))
      .$call(inKeyOrder)
      .execute();
    return rows.map((r) => numbers(r as unknown as TotalRow));
  },
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- ordered over either table
const inKeyOrder = <Q extends { orderBy(ref: any): Q }>(q: Q): Q =>
  KEY.reduce((out, k) => out.orderBy(sql.ref(k)), q);

// PostgreSQL answers bigint and sums of bigint as text.
function numbers(r: TotalRow): TotalRow {
  return {
    ...r,
    deals: Number(r.deals),
    amount_minor: Number(r.amount_minor),
    weighted_centi_minor: Number(r.weighted_centi_minor),
  };
}
