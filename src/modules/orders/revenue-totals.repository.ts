import { sql } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type { RevenueDayTotalTable, RevenueOwnerTotalTable } from '../../db/schema.ts';
import { visibleTo } from '../../db/visibility.ts';
import { ownerFilter, type Scope } from '../../domain/scope.ts';

/** One (country, currency, day) sum as the map reads it, from the totals or from the orders. */
export interface RevenueDay {
  country: string;
  currency: string;
  order_date: string;
  amount: number;
  n: number;
}

/** What the owner totals can filter by: the customer's placement, not a segment. */
export interface PlacementFilter {
  country?: string;
  ownerId?: string;
  teamId?: string;
  tier?: string;
}

type OwnerRow = RevenueOwnerTotalTable;
type DayRow = RevenueDayTotalTable;

const DAY_KEY = ['workspace_id', 'order_date', 'country', 'currency'] as const;
const OWNER_KEY = [
  'workspace_id',
  'owner_id',
  'order_date',
  'team_id',
  'tier',
  'country',
  'currency',
] as const;
/** Rows per upsert: 9 bound values each. */
const PER_STATEMENT = 500;

const keyOf = (r: Record<string, unknown>, cols: readonly string[]) =>
  cols.map((c) => String(r[c])).join('\u0000');

/**
 * The current contribution of some orders (by id) or of every order of some customers, as owner
 * rows: what these orders add to the totals with their customers as they stand now.
 */
async function contributions(
  db: Executor,
  workspaceId: string,
  by: { orderIds: string[] } | { customerIds: string[] },
): Promise<OwnerRow[]> {
  const ids = 'orderIds' in by ? by.orderIds : by.customerIds;
  const column = 'orderIds' in by ? 'orders.id' : 'orders.customer_id';
  const out: OwnerRow[] = [];
  for (const part of chunks([...new Set(ids)], IN_LIST)) {
    const rows = await db
      .selectFrom('orders')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'orders.workspace_id')
          .onRef('customers.id', '=', 'orders.customer_id'),
      )
      .where('orders.workspace_id', '=', workspaceId)
      .where(column, 'in', part)
      .where('orders.status', '<>', 'cancelled')
      .where('customers.deleted_at', 'is', null)
      .select((eb) => [
        'customers.owner_id',
        'orders.order_date',
        sql<string>`coalesce(customers.team_id, '')`.as('team_id'),
        sql<string>`coalesce(customers.tier, '')`.as('tier'),
        'customers.country',
        'orders.currency',
        eb.fn.countAll<number>().as('orders'),
        eb.fn.sum<number>('orders.amount_minor').as('amount_minor'),
      ])
      .groupBy([
        'customers.owner_id',
        'orders.order_date',
        sql`coalesce(customers.team_id, '')`,
        sql`coalesce(customers.tier, '')`,
        'customers.country',
        'orders.currency',
      ])
      .execute();
    for (const r of rows)
      out.push({
        ...r,
        workspace_id: workspaceId,
        orders: Number(r.orders),
        amount_minor: Number(r.amount_minor),
      });
  }
  return out;
}

/** Rows summed per key with a sign; rows that net to nothing are dropped. */
function net<R extends DayRow>(
  rows: R[],
  cols: readonly string[],
  sign: 1 | -1,
  pick: (r: OwnerRow) => R,
) {
  const out = new Map<string, R>();
  for (const r of rows as unknown as OwnerRow[]) {
    const row = pick(r);
    const k = keyOf(row as unknown as Record<string, unknown>, cols);
    const known = out.get(k) ?? { ...row, orders: 0, amount_minor: 0 };
    known.orders += sign * row.orders;
    known.amount_minor += sign * row.amount_minor;
    out.set(k, known);
  }
  return [...out.values()].filter((r) => r.orders !== 0 || r.amount_minor !== 0);
}

async function upsert(
  db: Executor,
  table: 'revenue_day_totals' | 'revenue_owner_totals',
  key: readonly string[],
  rows: DayRow[],
): Promise<void> {
  for (const part of chunks(rows, PER_STATEMENT))
    await db
      .insertInto(table)
      .values(part)
      .onConflict((oc) =>
        oc.columns([...key] as (typeof OWNER_KEY)[number][]).doUpdateSet({
          orders: sql<number>`${sql.ref(`${table}.orders`)} + excluded.orders`,
          amount_minor: sql<number>`${sql.ref(`${table}.amount_minor`)} + excluded.amount_minor`,
        }),
      )
      .execute();
  // A row whose last order left is removed, so moved customers and cancelled orders leave nothing.
  for (const r of rows.filter((x) => x.orders < 0)) {
    // The workspace by its column name (not a raw reference), so the statement is pinned to one
    // workspace as a distributed database routes it (test/architecture/workspace-joins).
    let q = db.deleteFrom(table).where('workspace_id', '=', r.workspace_id).where('orders', '=', 0);
    for (const c of key)
      if (c !== 'workspace_id')
        q = q.where(sql.ref(c), '=', (r as unknown as Record<string, string>)[c]);
    await q.execute();
  }
}

/**
 * Revenue kept per day (0082), owned by the orders module. Every order write (`saveOrders`,
 * `moveTo`) takes its orders' contribution away before the write (`sign` −1) and adds it back
 * after (+1) in the same transaction; a change of a customer's owner, team, tier, country or trash
 * state does the same for all of that customer's orders (the customers module's placement
 * follower). So the totals equal a fresh sum of the orders at every commit (`recounted`).
 */
export const revenueTotalsRepository = {
  async apply(
    db: Executor,
    workspaceId: string,
    sign: 1 | -1,
    by: { orderIds: string[] } | { customerIds: string[] },
  ): Promise<void> {
    const ids = 'orderIds' in by ? by.orderIds : by.customerIds;
    if (!ids.length) return;
    const rows = await contributions(db, workspaceId, by);
    if (!rows.length) return;
    await upsert(
      db,
      'revenue_owner_totals',
      OWNER_KEY,
      net(rows, OWNER_KEY, sign, (r) => ({ ...r })),
    );
    await upsert(
      db,
      'revenue_day_totals',
      DAY_KEY,
      net(rows, DAY_KEY, sign, (r) => ({
        workspace_id: r.workspace_id,
        order_date: r.order_date,
        country: r.country,
        currency: r.currency,
        orders: r.orders,
        amount_minor: r.amount_minor,
      })),
    );
  },

  /**
   * Both totals of a workspace summed afresh from its orders in two statements: for bulk loads
   * that insert orders without `saveOrders` (the benches), as migration 0082 fills them.
   */
  async rebuild(db: Executor, workspaceId: string): Promise<void> {
    await db.deleteFrom('revenue_day_totals').where('workspace_id', '=', workspaceId).execute();
    await db.deleteFrom('revenue_owner_totals').where('workspace_id', '=', workspaceId).execute();
    await sql`
      insert into revenue_day_totals (workspace_id, order_date, country, currency, orders,
        amount_minor)
      select o.workspace_id, o.order_date, c.country, o.currency, count(*), sum(o.amount_minor)
      from orders o join customers c on c.workspace_id = o.workspace_id and c.id = o.customer_id
      where o.workspace_id = ${workspaceId} and o.status <> 'cancelled' and c.deleted_at is null
      group by o.workspace_id, o.order_date, c.country, o.currency`.execute(db);
    await sql`
      insert into revenue_owner_totals (workspace_id, owner_id, order_date, team_id, tier,
        country, currency, orders, amount_minor)
      select o.workspace_id, c.owner_id, o.order_date, coalesce(c.team_id, ''),
        coalesce(c.tier, ''), c.country, o.currency, count(*), sum(o.amount_minor)
      from orders o join customers c on c.workspace_id = o.workspace_id and c.id = o.customer_id
      where o.workspace_id = ${workspaceId} and o.status <> 'cancelled' and c.deleted_at is null
      group by o.workspace_id, c.owner_id, o.order_date, coalesce(c.team_id, ''),
        coalesce(c.tier, ''), c.country, o.currency`.execute(db);
  },

  /** Every live customer's revenue per (country, currency, day) in [from, to]: an admin's read. */
  async days(
    db: Executor,
    workspaceId: string,
    from: string,
    to: string,
    country?: string,
  ): Promise<RevenueDay[]> {
    const rows = await db
      .selectFrom('revenue_day_totals')
      .select(['country', 'currency', 'order_date', 'amount_minor as amount', 'orders as n'])
      .where('workspace_id', '=', workspaceId)
      .where('order_date', '>=', from)
      .where('order_date', '<=', to)
      .$if(!!country, (q) => q.where('country', '=', country!))
      .execute();
    return rows.map((r) => ({ ...r, amount: Number(r.amount), n: Number(r.n) }));
  },

  /** The same in a scope and by owner, team or tier: summed over the owner totals. */
  async placedDays(
    db: Executor,
    scope: Scope,
    f: PlacementFilter,
    from: string,
    to: string,
  ): Promise<RevenueDay[]> {
    const rows = await db
      .selectFrom('revenue_owner_totals')
      .where('workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'revenue_owner_totals.owner_id'))
      .$if(!!f.ownerId, (q) => q.where('owner_id', '=', f.ownerId!))
      .where('order_date', '>=', from)
      .where('order_date', '<=', to)
      .$if(!!f.teamId, (q) => q.where('team_id', '=', f.teamId!))
      .$if(!!f.tier, (q) => q.where('tier', '=', f.tier!))
      .$if(!!f.country, (q) => q.where('country', '=', f.country!))
      .select((eb) => [
        'country',
        'currency',
        'order_date',
        eb.fn.sum<number>('amount_minor').as('amount'),
        eb.fn.sum<number>('orders').as('n'),
      ])
      .groupBy(['country', 'currency', 'order_date'])
      .execute();
    return rows.map((r) => ({ ...r, amount: Number(r.amount), n: Number(r.n) }));
  },

  /**
   * Revenue of [from, to] in a scope per currency, summed over everything (`by` null) or per
   * country or owner: an admin's unfiltered read from the day totals, any other from the owner
   * totals (an admin's per owner read seeks each user's range instead of walking them all).
   */
  async sums(
    db: Executor,
    scope: Scope,
    f: PlacementFilter,
    from: string,
    to: string,
    by: 'country' | 'owner' | null,
  ): Promise<{ key: string; currency: string; amount: number }[]> {
    const whole = ownerFilter(scope) === null && !f.ownerId && !f.teamId && !f.tier;
    if (whole && by !== 'owner') {
      const rows = await db
        .selectFrom('revenue_day_totals')
        .where('workspace_id', '=', scope.workspaceId)
        .where('order_date', '>=', from)
        .where('order_date', '<=', to)
        .$if(!!f.country, (q) => q.where('country', '=', f.country!))
        .select((eb) => [
          (by === 'country' ? sql<string>`country` : sql<string>`''`).as('key'),
          'currency',
          eb.fn.sum<number>('amount_minor').as('amount'),
        ])
        .groupBy(by === 'country' ? ['country', 'currency'] : ['currency'])
        .execute();
      return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
    }
    const rows = await db
      .selectFrom('revenue_owner_totals')
      .where('workspace_id', '=', scope.workspaceId)
      .$call(visibleTo(scope, 'revenue_owner_totals.owner_id'))
      .$if(!!f.ownerId, (q) => q.where('owner_id', '=', f.ownerId!))
      .$if(whole, (q) =>
        q.where('owner_id', 'in', (eb) =>
          eb
            .selectFrom('users')
            .select('users.id')
            .where('users.workspace_id', '=', scope.workspaceId),
        ),
      )
      .where('order_date', '>=', from)
      .where('order_date', '<=', to)
      .$if(!!f.teamId, (q) => q.where('team_id', '=', f.teamId!))
      .$if(!!f.tier, (q) => q.where('tier', '=', f.tier!))
      .$if(!!f.country, (q) => q.where('country', '=', f.country!))
      .select((eb) => [
        (by === null
          ? sql<string>`''`
          : sql<string>`${sql.ref(by === 'owner' ? 'owner_id' : 'country')}`
        ).as('key'),
        'currency',
        eb.fn.sum<number>('amount_minor').as('amount'),
      ])
      .groupBy(by === null ? ['currency'] : [by === 'owner' ? 'owner_id' : 'country', 'currency'])
      .execute();
    return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
  },

  /** The stored totals of a workspace, in key order (tests compare them with `recounted`). */
  async stored(db: Executor, workspaceId: string) {
    const owner = await db
      .selectFrom('revenue_owner_totals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    const day = await db
      .selectFrom('revenue_day_totals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .execute();
    return {
      owner: sortRows(owner.map(numbers), OWNER_KEY),
      day: sortRows(day.map(numbers), DAY_KEY),
    };
  },

  /** The same summed afresh from the orders: what `stored` must always equal. */
  async recounted(db: Executor, workspaceId: string) {
    const ids = await db
      .selectFrom('customers')
      .select('id')
      .where('workspace_id', '=', workspaceId)
      .execute();
    const rows = await contributions(db, workspaceId, { customerIds: ids.map((c) => c.id) });
    return {
      owner: sortRows(
        net(rows, OWNER_KEY, 1, (r) => ({ ...r })),
        OWNER_KEY,
      ),
      day: sortRows(
        net(rows, DAY_KEY, 1, (r) => ({
          workspace_id: r.workspace_id,
          order_date: r.order_date,
          country: r.country,
          currency: r.currency,
          orders: r.orders,
          amount_minor: r.amount_minor,
        })),
        DAY_KEY,
      ),
    };
  },
};

// PostgreSQL answers bigint as text.
const numbers = <R extends DayRow>(r: R): R => ({
  ...r,
  orders: Number(r.orders),
  amount_minor: Number(r.amount_minor),
});

// In JS, not SQL: PostgreSQL's text order follows its collation, SQLite's the bytes.
function sortRows<R extends DayRow>(list: R[], cols: readonly string[]): R[] {
  return list.sort((a, b) => {
    for (const c of cols) {
      const x = String((a as unknown as Record<string, string>)[c]);
      const y = String((b as unknown as Record<string, string>)[c]);
      if (x !== y) return x < y ? -1 : 1;
    }
    return 0;
  });
}
