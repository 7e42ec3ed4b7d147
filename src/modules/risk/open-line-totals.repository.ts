import { sql, type Kysely } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import { fillOpenLineTotals } from '../../db/migrations/0098_open_line_totals.ts';
import { visibleTo } from '../../db/visibility.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

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

type Table =
  'open_line_totals' | 'open_line_owner_totals' | 'open_line_firsts' | 'open_line_owner_firsts';
type Row = Record<string, string | number>;

const PLACED = ['owner_id', 'team_id', 'tier'] as const;
const SHAPES: Record<Table, { key: readonly string[]; sums: readonly string[] }> = {
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
const TABLES = Object.keys(SHAPES) as Table[];

/**
 * What these customers' open lines add to each table as they stand now: one read of their lines
 * (a customer has a few), grouped per customer and anchor, summed up in JS per table.
 */
async function contributions(db: Executor, workspaceId: string, customerIds: string[]) {
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

type Pair = [string, string | number];
const row = (pairs: Pair[]): Row => Object.fromEntries(pairs);
const pick = (r: Row, c: string): Pair => [c, r[c]!];

/** Rows summed per key of a table with a sign; rows that net to nothing are dropped. */
function net(table: Table, rows: Row[], sign: 1 | -1): Row[] {
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

/** Rows per upsert: at most 11 bound values each. */
const PER_STATEMENT = 400;

async function upsert(db: Executor, table: Table, rows: Row[]): Promise<void> {
  const { key, sums } = SHAPES[table];
  // The tables share no type Kysely can check a dynamic one against; the shapes above are them.
  const loose = db as unknown as Kysely<Record<Table, Row>>;
  for (const part of chunks(rows, PER_STATEMENT))
    await loose
      .insertInto(table)
      .values(part)
      .onConflict((oc) =>
        oc
          .columns([...key])
          .doUpdateSet(
            Object.fromEntries(
              sums.map((c) => [c, sql`${sql.ref(`${table}.${c}`)} + excluded.${sql.ref(c)}`]),
            ),
          ),
      )
      .execute();
  // A row whose last line (or customer) left is removed, so nothing is left at zero.
  for (const r of rows.filter((x) => Number(x[sums[0]!]) < 0)) {
    let q = loose
      .deleteFrom(table)
      .where('workspace_id', '=', r.workspace_id!)
      .where(sums[0]!, '=', 0);
    for (const c of key) if (c !== 'workspace_id') q = q.where(c, '=', r[c]!);
    await q.execute();
  }
}

/**
 * Open receivable lines kept summed per anchor (0098), owned by the risk module with the lines:
 * every write of lines (`receivableLinesRepository.replace`, `move`) takes the customers whose
 * lines it touches out before the write (`sign` −1) and puts them back after (+1), in the same
 * transaction; a customer's move to another owner, team, tier or country, the trash and a restore
 * do the same (the customers module's placement follower). So the totals equal a fresh sum of the
 * lines at every commit (`stored` = `recounted`, tested).
 */
export const openLineTotalsRepository = {
  async apply(db: Executor, workspaceId: string, sign: 1 | -1, customerIds: string[]) {
    if (!customerIds.length) return;
    const rows = await contributions(db, workspaceId, customerIds);
    for (const t of TABLES) await upsert(db, t, net(t, rows[t], sign));
  },

  /** A workspace's totals afresh from its lines (bulk loads that wrote lines by the thousand). */
  async rebuild(db: Executor, workspaceId: string) {
    for (const t of TABLES)
      await db.deleteFrom(t).where('workspace_id', '=', workspaceId).execute();
    await fillOpenLineTotals(db as unknown as Kysely<unknown>, workspaceId);
  },

  /**
   * Open amounts past due per country and currency, and per country how many customers have
   * something past due, in a scope and placement filter: a line is past due when its anchor is
   * before the first anchor due today or later for its kind, a customer when one of its earliest
   * anchors is. An admin's unfiltered read (or one market's) reads the per-country tables, any
   * other the per-owner ones in the caller's scope.
   */
  async late(db: Executor, scope: Scope, f: OpenLinePlacement, due: AnchorsDue) {
    const whole = ownerFilter(scope) === null && !f.ownerId && !f.teamId && !f.tier;
    const top = due.plain > due.lcAtSight ? due.plain : due.lcAtSight;
    const loose = db as unknown as Kysely<Record<Table, Row>>;
    const from = (t: Table) => loose.selectFrom(t).where('workspace_id', '=', scope.workspaceId);
    const placed = <Q extends ReturnType<typeof from>>(q: Q) =>
      (whole
        ? q
        : q
            .$call(visibleTo(scope, 'owner_id'))
            .$if(!!f.ownerId, (x) => x.where('owner_id', '=', f.ownerId!))
            .$if(!!f.teamId, (x) => x.where('team_id', '=', f.teamId!))
            .$if(!!f.tier, (x) => x.where('tier', '=', f.tier!))
      ).$if(!!f.country, (x) => x.where('country', '=', f.country!)) as Q;
    const amounts = await placed(from(whole ? 'open_line_totals' : 'open_line_owner_totals'))
      // The range first (the index's order), then each line's own kind.
      .where('anchor', '<', top)
      .where(
        'anchor',
        '<',
        sql<string>`case when business_days = 5 then ${due.lcAtSight} else ${due.plain} end`,
      )
      .select((eb) => [
        sql<string>`country`.as('country'),
        sql<string>`currency`.as('currency'),
        eb.fn.sum<number | string>('open_minor').as('amount'),
      ])
      .groupBy(['country', 'currency'])
      .execute();
    const customers = await placed(from(whole ? 'open_line_firsts' : 'open_line_owner_firsts'))
      .where((eb) => eb.or([eb('first_plain', '<', due.plain), eb('first_lc', '<', due.lcAtSight)]))
      .select((eb) => [
        sql<string>`country`.as('country'),
        eb.fn.sum<number | string>('customers').as('n'),
      ])
      .groupBy('country')
      .execute();
    return {
      amounts: amounts.map((r) => ({ ...r, amount: Number(r.amount) })),
      customers: customers.map((r) => ({ ...r, n: Number(r.n) })),
    };
  },

  /** The stored rows of a workspace per table, sorted (tests compare them with `recounted`). */
  async stored(db: Executor, workspaceId: string) {
    const out: Partial<Record<Table, Row[]>> = {};
    for (const t of TABLES) {
      const rows = (await db
        .selectFrom(t)
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .execute()) as unknown as Row[];
      // Not netted: a row left at zero must show.
      const { key, sums } = SHAPES[t];
      out[t] = sorted(
        t,
        rows.map((r) =>
          row([
            ...key.map((c): Pair => (c === 'business_days' ? [c, Number(r[c])] : pick(r, c))),
            ...sums.map((c): Pair => [c, Number(r[c])]),
          ]),
        ),
      );
    }
    return out as Record<Table, Row[]>;
  },

  /** The same summed afresh from every customer's lines: what `stored` must always equal. */
  async recounted(db: Executor, workspaceId: string) {
    const ids = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    const rows = await contributions(
      db,
      workspaceId,
      ids.map((c) => c.id),
    );
    return Object.fromEntries(TABLES.map((t) => [t, sorted(t, net(t, rows[t], 1))])) as Record<
      Table,
      Row[]
    >;
  },
};

// In JS, not SQL: PostgreSQL's text order follows its collation, SQLite's the bytes.
function sorted(table: Table, rows: Row[]): Row[] {
  const k = (r: Row) => SHAPES[table].key.map((c) => String(r[c])).join('\u0000');
  return rows.sort((a, b) => (k(a) < k(b) ? -1 : k(a) > k(b) ? 1 : 0));
}
