import { sql } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { BucketStarts } from './receivable-lines-base.repository.ts';

// The shapes of the overdue kept per anchor (0098) and how a set of customers' open lines become
// rows of each table: shared by the repository's writes and its consistency check.

/** What the owner totals can filter by: the customer's placement, not a segment. */
export interface OpenLinePlacement {
  country?: string;
  ownerId?: string;
  teamId?: string;
  tier?: string;
}

/** Per business-day count, the earliest anchor of an instalment due today or later. */
export interface AnchorsDue {
  plain: string;
  lcAtSight: string;
}

/** An earliest anchor a customer does not have (never before any threshold). */
export const NO_ANCHOR = '9999-12-31';

export type Table =
  | 'open_line_totals'
  | 'open_line_owner_totals'
  | 'open_line_firsts'
  | 'open_line_owner_firsts'
  | 'open_line_customer_totals'
  | 'settled_day_totals';
export type Row = Record<string, string | number>;

const PLACED = ['owner_id', 'team_id', 'tier'] as const;
export const SHAPES: Record<Table, { key: readonly string[]; sums: readonly string[] }> = {
  open_line_totals: {
    key: ['workspace_id', 'anchor', 'country', 'currency', 'business_days'],
    sums: ['lines', 'open_minor'],
  },
  open_line_owner_totals: {
    key: ['workspace_id', ...PLACED, 'anchor', 'country', 'currency', 'business_days'],
    sums: ['lines', 'open_minor'],
  },
  open_line_firsts: {
    key: ['workspace_id', 'first_plain', 'first_lc', 'country'],
    sums: ['customers'],
  },
  open_line_owner_firsts: {
    key: ['workspace_id', ...PLACED, 'first_plain', 'first_lc', 'country'],
    sums: ['customers'],
  },
  // 0102: every line of a live customer (with an anchor or not, open or at zero), per currency.
  open_line_customer_totals: {
    key: ['workspace_id', 'customer_id', 'currency', 'owner_id', 'country'],
    sums: ['lines', 'from0', 'from1', 'from2', 'from3', 'open_all', 'undated'],
  },
  // 0102: the settlements of live customers (days late), per paid date and placement.
  settled_day_totals: {
    key: ['workspace_id', 'paid_date', 'owner_id', 'country'],
    sums: ['settled', 'days_late'],
  },
};
export const TABLES = Object.keys(SHAPES) as Table[];

/** The bucket starts as `open_line_bucket_starts` records them (0102). */
export const startsKey = (s: BucketStarts) => [...s.plain, ...s.lcAtSight].join(',');

/**
 * What these customers' open lines add to each table as they stand now: one read of their lines
 * (a customer has a few), grouped per customer and anchor, summed up in JS per table. The
 * per-customer totals (0102) only when bucket starts are kept (`starts`), bucketed as the
 * report's `openFrom` does: a line counts from bucket *i*'s start on when it has no anchor or its
 * anchor is on or after that start for its kind (5 business days: L/C at sight).
 */
export async function contributions(
  db: Executor,
  workspaceId: string,
  customerIds: string[],
  starts: BucketStarts | null = null,
) {
  const out = Object.fromEntries(TABLES.map((t) => [t, [] as Row[]])) as Record<Table, Row[]>;
  for (const part of chunks([...new Set(customerIds)], IN_LIST)) {
    const rows = await db
      .selectFrom('customers as c')
      .innerJoin('receivable_lines as l', (j) =>
        j.onRef('l.workspace_id', '=', 'c.workspace_id').onRef('l.customer_id', '=', 'c.id'),
      )
      .where('c.workspace_id', '=', workspaceId)
      .where('c.id', 'in', part)
      .where('c.deleted_at', 'is', null)
      .select((eb) => [
        'c.id',
        'c.owner_id',
        sql<string>`coalesce(c.team_id, '')`.as('team_id'),
        sql<string>`coalesce(c.tier, '')`.as('tier'),
        'c.country',
        'l.currency',
        'l.business_days',
        sql<string | null>`l.anchor`.as('anchor'),
        // The 0098 tables count open lines only (something open, an anchor); 0102 every line.
        sql<number>`sum(case when l.open_minor > 0 then 1 else 0 end)`.as('lines'),
        sql<number>`sum(case when l.open_minor > 0 then l.open_minor else 0 end)`.as('open_minor'),
        eb.fn.countAll<number>().as('all_lines'),
        eb.fn.sum<number>('l.open_minor').as('all_minor'),
        eb.fn.sum<number>('l.undated_order').as('undated'),
      ])
      .groupBy([
        'c.id',
        'c.owner_id',
        'c.team_id',
        'c.tier',
        'c.country',
        'l.currency',
        'l.business_days',
        'l.anchor',
      ])
      .execute();
    const firsts = new Map<string, Row>();
    const perCustomer = new Map<string, Row>();
    for (const r of rows) {
      if (starts) {
        const k = `${r.id}\u0000${r.currency}`;
        const t = perCustomer.get(k) ?? {
          workspace_id: workspaceId,
          customer_id: r.id,
          currency: r.currency,
          owner_id: r.owner_id,
          country: r.country,
          lines: 0,
          from0: 0,
          from1: 0,
          from2: 0,
          from3: 0,
          open_all: 0,
          undated: 0,
        };
        const amount = Number(r.all_minor);
        const at = Number(r.business_days) === 5 ? starts.lcAtSight : starts.plain;
        t.lines = Number(t.lines) + Number(r.all_lines);
        for (const i of [0, 1, 2, 3] as const)
          if (r.anchor === null || r.anchor >= at[i])
            t[`from${i}`] = Number(t[`from${i}`]) + amount;
        t.open_all = Number(t.open_all) + amount;
        t.undated = Number(t.undated) + Number(r.undated);
        perCustomer.set(k, t);
      }
      // The 0098 tables: lines with an anchor and something open.
      if (r.anchor === null || Number(r.lines) === 0) continue;
      const line = {
        workspace_id: workspaceId,
        owner_id: r.owner_id,
        team_id: r.team_id,
        tier: r.tier,
        anchor: r.anchor,
        country: r.country,
        currency: r.currency,
        business_days: Number(r.business_days),
        lines: Number(r.lines),
        open_minor: Number(r.open_minor),
      };
      out.open_line_totals.push(line);
      out.open_line_owner_totals.push(line);
      // As the raw read tells them apart: 5 business days is L/C at sight, anything else plain.
      const f = firsts.get(r.id) ?? {
        ...line,
        first_plain: NO_ANCHOR,
        first_lc: NO_ANCHOR,
        customers: 1,
      };
      const kind = line.business_days === 5 ? 'first_lc' : 'first_plain';
      if (r.anchor < String(f[kind])) f[kind] = r.anchor;
      firsts.set(r.id, f);
    }
    out.open_line_firsts.push(...firsts.values());
    out.open_line_owner_firsts.push(...firsts.values());
    out.open_line_customer_totals.push(...perCustomer.values());
    const settled = await db
      .selectFrom('customers as c')
      .innerJoin('receivable_settlements as s', (j) =>
        j.onRef('s.workspace_id', '=', 'c.workspace_id').onRef('s.customer_id', '=', 'c.id'),
      )
      .where('c.workspace_id', '=', workspaceId)
      .where('c.id', 'in', part)
      .where('c.deleted_at', 'is', null)
      .select((eb) => [
        's.paid_date',
        'c.owner_id',
        'c.country',
        eb.fn.countAll<number>().as('settled'),
        eb.fn.sum<number>('s.days_late').as('days_late'),
      ])
      .groupBy(['s.paid_date', 'c.owner_id', 'c.country'])
      .execute();
    for (const r of settled)
      out.settled_day_totals.push({
        workspace_id: workspaceId,
        paid_date: r.paid_date,
        owner_id: r.owner_id,
        country: r.country,
        settled: Number(r.settled),
        days_late: Number(r.days_late),
      });
  }
  return out;
}

export type Pair = [string, string | number];
export const row = (pairs: Pair[]): Row => Object.fromEntries(pairs);
export const pick = (r: Row, c: string): Pair => [c, r[c]!];

/** Rows summed per key of a table with a sign; rows that net to nothing are dropped. */
export function net(table: Table, rows: Row[], sign: 1 | -1): Row[] {
  const { key, sums } = SHAPES[table];
  const out = new Map<string, Row>();
  for (const r of rows) {
    const k = key.map((c) => String(r[c])).join('\u0000');
    const known =
      out.get(k) ?? row([...key.map((c) => pick(r, c)), ...sums.map((c): Pair => [c, 0])]);
    for (const c of sums) known[c] = Number(known[c]) + sign * Number(r[c]);
    out.set(k, known);
  }
  return [...out.values()].filter((r) => sums.some((c) => r[c] !== 0));
}

// In JS, not SQL: PostgreSQL's text order follows its collation, SQLite's the bytes.
export function sorted(table: Table, rows: Row[]): Row[] {
  const k = (r: Row) => SHAPES[table].key.map((c) => String(r[c])).join('\u0000');
  return rows.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
