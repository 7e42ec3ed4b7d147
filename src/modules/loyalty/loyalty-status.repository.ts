import { CompiledQuery, sql } from 'kysely';
import { chunks } from '../../db/chunks.ts';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import type { LoyaltyStatusTable } from '../../db/schema.ts';

/** The only code touching `loyalty_status`. */
export const loyaltyStatusRepository = {
  find(db: Executor, workspaceId: string, customerId: string) {
    return db
      .selectFrom('loyalty_status')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
  },

  /**
   * Makes the customer's status row exist and holds it until the transaction ends (a row lock on
   * PostgreSQL; SQLite writes one at a time): two changes of one ledger take turns.
   */
  async lock(db: Executor, row: LoyaltyStatusTable): Promise<void> {
    await db
      .insertInto('loyalty_status')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'customer_id']).doNothing())
      .execute();
    await db
      .updateTable('loyalty_status')
      .set((eb) => ({ evaluated_at: eb.ref('evaluated_at') }))
      .where('workspace_id', '=', row.workspace_id)
      .where('customer_id', '=', row.customer_id)
      .execute();
  },

  async save(db: Executor, row: LoyaltyStatusTable): Promise<void> {
    const { workspace_id: _ws, customer_id: _c, ...rest } = row;
    await db
      .insertInto('loyalty_status')
      .values(row)
      .onConflict((oc) => oc.columns(['workspace_id', 'customer_id']).doUpdateSet(rest))
      .execute();
  },

  /** Every status row of the workspace: what the nightly evaluation compares against. */
  all(db: Executor, workspaceId: string) {
    return db
      .selectFrom('loyalty_status')
      .select(['customer_id', 'tier', 'points_12m', 'revenue_12m_minor'])
      .where('workspace_id', '=', workspaceId)
      .execute();
  },

  /** Customers whose next lot expires by `until` (the expiry reminders' candidates). */
  async expiringBy(db: Executor, workspaceId: string, until: string): Promise<string[]> {
    const rows = await db
      .selectFrom('loyalty_status')
      .select('customer_id')
      .where('workspace_id', '=', workspaceId)
      .where('next_expiry', '<=', until)
      .execute();
    return rows.map((r) => r.customer_id);
  },

  /** Customers with a lot whose expiry day has come. */
  async dueToExpire(db: Executor, workspaceId: string, today: string): Promise<string[]> {
    const rows = await db
      .selectFrom('loyalty_status')
      .select('customer_id')
      .where('workspace_id', '=', workspaceId)
      .where('next_expiry', '<=', today)
      .execute();
    return rows.map((r) => r.customer_id);
  },

  /**
   * Sets tiers and 12-month sums in bulk (the nightly evaluation). PostgreSQL: one
   * `UPDATE … FROM (VALUES …)` per 500 rows. SQLite: one prepared primary-key UPDATE per row (the
   * driver reuses the statement); there the VALUES join scanned the workspace's status rows per
   * chunk (11.6 s for 100,000 rows against about 1 s row by row, docs/performance.md).
   */
  async setTiers(
    db: Executor,
    workspaceId: string,
    rows: { customerId: string; tier: string | null; points: number; amountMinor: number }[],
    at: string,
  ): Promise<void> {
    if (!isPostgres(db)) {
      const text =
        'update loyalty_status set tier = ?, points_12m = ?, revenue_12m_minor = ?, evaluated_at = ? where workspace_id = ? and customer_id = ?';
      for (const r of rows)
        await db.executeQuery(
          CompiledQuery.raw(text, [r.tier, r.points, r.amountMinor, at, workspaceId, r.customerId]),
        );
      return;
    }
    for (const part of chunks(rows, 500)) {
      const values = sql.join(
        part.map(
          (r) =>
            sql`(cast(${r.customerId} as text), cast(${r.tier} as text), cast(${r.points} as bigint), cast(${r.amountMinor} as bigint))`,
        ),
      );
      await sql`
        update loyalty_status set
          tier = v.tier, points_12m = v.points, revenue_12m_minor = v.amount, evaluated_at = ${at}
        from (select column1 as customer_id, column2 as tier, column3 as points, column4 as amount
              from (values ${values}) as x) as v
        where loyalty_status.workspace_id = ${workspaceId}
          and loyalty_status.customer_id = v.customer_id`.execute(db);
    }
  },
};
