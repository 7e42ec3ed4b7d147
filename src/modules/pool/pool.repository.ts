import { sql } from 'kysely';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type {
  PoolClaimKind,
  PoolClaimTable,
  PoolEntryTable,
  PoolSettingsTable,
  PoolWarning,
  PoolWarningTable,
  Stage,
} from '../../db/schema.ts';

export interface PoolListFilter {
  country?: string;
  stage?: Stage;
  q?: string;
  /** the last row of the previous page: newest in the pool first */
  after?: { pooledAt: string; id: string };
  limit: number;
}

/** A LIKE pattern matching `text` anywhere, its own % and _ taken literally. */
const containing = (text: string) => `%${text.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;

/**
 * The only code touching `pool_settings`, `pool_entries`, `pool_claims` and `pool_warnings`.
 * The pool list and a pooled customer are read joined to `customers` (owned by the pool holder);
 * customers themselves are written only through the customers module.
 */
export const poolRepository = {
  findSettings(db: Executor, workspaceId: string) {
    return db
      .selectFrom('pool_settings')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .executeTakeFirst();
  },

  async saveSettings(db: Executor, row: PoolSettingsTable): Promise<void> {
    const { workspace_id: _ws, ...rest } = row;
    await db
      .insertInto('pool_settings')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doUpdateSet(rest))
      .execute();
  },

  /**
   * Makes the workspace's settings row exist and holds it until the transaction ends (a row lock
   * on PostgreSQL; SQLite writes one at a time anyway): claims in one workspace take turns, so
   * a rep's claim limit holds under simultaneous claims too.
   */
  async lockSettings(db: Executor, row: PoolSettingsTable): Promise<void> {
    await db
      .insertInto('pool_settings')
      .values(row)
      .onConflict((oc) => oc.column('workspace_id').doNothing())
      .execute();
    await db
      .updateTable('pool_settings')
      .set((eb) => ({ updated_at: eb.ref('updated_at') }))
      .where('workspace_id', '=', row.workspace_id)
      .execute();
  },

  /** Workspaces whose nightly rule is on (the fan-out of the nightly job). */
  async enabledWorkspaces(db: Executor): Promise<string[]> {
    const rows = await db
      .selectFrom('pool_settings')
      .select('workspace_id')
      .where('enabled', '=', 1)
      .execute();
    return rows.map((r) => r.workspace_id);
  },

  /** Notes a customer as in the pool, replacing an entry left from an earlier stay. */
  async putEntry(db: Executor, row: PoolEntryTable): Promise<void> {
    await poolRepository.deleteEntry(db, row.workspace_id, row.customer_id);
    await db.insertInto('pool_entries').values(row).execute();
  },

  async deleteEntry(db: Executor, workspaceId: string, customerId: string): Promise<void> {
    await db
      .deleteFrom('pool_entries')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .execute();
  },

  /** The pool: live customers the holder owns, with when they came; newest in the pool first. */
  list(db: Executor, workspaceId: string, holderId: string, f: PoolListFilter) {
    let q = db
      .selectFrom('customers')
      .innerJoin('pool_entries as e', (j) =>
        j
          .onRef('e.workspace_id', '=', 'customers.workspace_id')
          .onRef('e.customer_id', '=', 'customers.id'),
      )
      .select([
        'customers.id',
        'customers.name',
        'customers.native_name',
        'customers.country',
        'customers.stage',
        'customers.last_touch_at',
        'e.pooled_at',
        'e.reason',
      ])
      .where('customers.workspace_id', '=', workspaceId)
      .where('customers.owner_id', '=', holderId)
      .where('customers.deleted_at', 'is', null);
    if (f.country) q = q.where('customers.country', '=', f.country);
    if (f.stage) q = q.where('customers.stage', '=', f.stage);
    if (f.q) {
      const p = containing(f.q);
      q = q.where((eb) =>
        eb.or([
          eb(sql`lower(${sql.ref('customers.name')})`, 'like', sql`${p} escape '\\'`),
          eb(sql`lower(${sql.ref('customers.native_name')})`, 'like', sql`${p} escape '\\'`),
        ]),
      );
    }
    const after = f.after;
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb('e.pooled_at', '<', after.pooledAt),
          eb.and([eb('e.pooled_at', '=', after.pooledAt), eb('customers.id', '<', after.id)]),
        ]),
      );
    return q
      .orderBy('e.pooled_at', 'desc')
      .orderBy('customers.id', 'desc')
      .limit(f.limit + 1)
      .execute();
  },

  /** A customer now in the pool, or undefined (not pooled, deleted, another workspace's). */
  findPooled(db: Executor, workspaceId: string, holderId: string, customerId: string) {
    return db
      .selectFrom('customers')
      .selectAll('customers')
      .where('customers.workspace_id', '=', workspaceId)
      .where('customers.id', '=', customerId)
      .where('customers.owner_id', '=', holderId)
      .where('customers.deleted_at', 'is', null)
      .executeTakeFirst();
  },

  async insertClaim(db: Executor, row: PoolClaimTable): Promise<void> {
    await db.insertInto('pool_claims').values(row).execute();
  },

  /** How many customers of this kind the user took from the pool since `since`. */
  async countClaims(
    db: Executor,
    workspaceId: string,
    userId: string,
    kind: PoolClaimKind,
    since: string,
  ): Promise<number> {
    const row = await db
      .selectFrom('pool_claims')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .where('kind', '=', kind)
      .where('at', '>=', since)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** Each customer's latest claim or assignment out of the pool (its idle time restarts there). */
  async lastClaims(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks(ids, IN_LIST)) {
      const rows = await db
        .selectFrom('pool_claims')
        .select(['customer_id', (eb) => eb.fn.max('at').as('at')])
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', 'in', part)
        .groupBy('customer_id')
        .execute();
      for (const r of rows) out.set(r.customer_id, r.at);
    }
    return out;
  },

  async warningsOf(
    db: Executor,
    workspaceId: string,
    ids: string[],
  ): Promise<Map<string, PoolWarning>> {
    const out = new Map<string, PoolWarning>();
    for (const part of chunks(ids, IN_LIST)) {
      const rows = await db
        .selectFrom('pool_warnings')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('customer_id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.customer_id, r);
    }
    return out;
  },

  async putWarning(db: Executor, row: PoolWarningTable): Promise<void> {
    await poolRepository.deleteWarning(db, row.workspace_id, row.customer_id);
    await db.insertInto('pool_warnings').values(row).execute();
  },

  async deleteWarning(db: Executor, workspaceId: string, customerId: string): Promise<void> {
    await db
      .deleteFrom('pool_warnings')
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .execute();
  },
};
