import { sql } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';

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
  'open_line_totals' | 'open_line_owner_totals' | 'open_line_firsts' | 'open_line_owner_firsts';
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
};
export const TABLES = Object.keys(SHAPES) as Table[];

/**
 * What these customers' open lines add to each table as they stand now: one read of their lines
 * (a customer has a few), grouped per customer and anchor, summed up in JS per table.
 */
export async function contributions(db: Executor, workspaceId: string, customerIds: string[]) {
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
      .where('l.open_minor', '>', 0)
      .where('l.anchor', 'is not', null)
      .select((eb) => [
        'c.id',
        'c.owner_id',
        sql<string>`coalesce(c.team_id, '')`.as('team_id'),
        sql<string>`coalesce(c.tier, '')`.as('tier'),
        'c.country',
        'l.currency',
        'l.business_days',
        sql<string>`l.anchor`.as('anchor'),
        eb.fn.countAll<number>().as('lines'),
        eb.fn.sum<number>('l.open_minor').as('open_minor'),
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
    for (const r of rows) {
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
