import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { LocalValueEntry, LocalValueEntryTable } from '../../db/schema.ts';

export interface LedgerFilter {
  id?: string;
  country?: string;
  /** entries whose period ends in this year (a period lies within one year) */
  year?: number;
}

/**
 * The local value ledger, the only code touching `local_value_entries`. The ledger is read by
 * managers and admins only (the service refuses anyone else), so reads filter by workspace.
 * Ordered by country, period end, kind and id: the same data always reads in the same order
 * (the transparency report is reproducible).
 */
export const localValueRepository = {
  list(db: Executor, ws: string, f: LedgerFilter = {}): Promise<LocalValueEntry[]> {
    let q = db.selectFrom('local_value_entries').selectAll().where('workspace_id', '=', ws);
    if (f.id !== undefined) q = q.where('id', '=', f.id);
    if (f.country !== undefined) q = q.where('country', '=', f.country);
    if (f.year !== undefined)
      q = q
        .where('period_end', '>=', `${f.year}-01-01`)
        .where('period_end', '<=', `${f.year}-12-31`);
    return q
      .orderBy('country')
      .orderBy('period_end')
      .orderBy('kind')
      .orderBy('id')
      .limit(5000)
      .execute();
  },

  /** The latest year with figures for a country, or undefined. */
  async latestYear(db: Executor, ws: string, country: string): Promise<number | undefined> {
    const row = await db
      .selectFrom('local_value_entries')
      .select((eb) => eb.fn.max('period_end').as('last'))
      .where('workspace_id', '=', ws)
      .where('country', '=', country)
      .executeTakeFirst();
    return row?.last ? Number(String(row.last).slice(0, 4)) : undefined;
  },

  async insert(db: Executor, row: Insertable<LocalValueEntryTable>): Promise<void> {
    await db.insertInto('local_value_entries').values(row).execute();
  },

  async update(db: Executor, ws: string, id: string, patch: Updateable<LocalValueEntryTable>) {
    await db
      .updateTable('local_value_entries')
      .set(patch)
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, ws: string, id: string): Promise<void> {
    await db
      .deleteFrom('local_value_entries')
      .where('workspace_id', '=', ws)
      .where('id', '=', id)
      .execute();
  },
};
