import { sql } from 'kysely';
import { isPostgres, type Executor } from '../../db/dialect.ts';
import { customFieldValue } from '../../db/json-field.ts';

export interface CustomerDate {
  id: string;
  time_zone: string | null;
  value: string;
}

/**
 * Reads (never writes) live customers' dates for the automation date scan: the last order date
 * or a custom date field, optionally within a range of values, in id order for paging.
 */
export const customerDatesRepository = {
  async page(
    db: Executor,
    workspaceId: string,
    field: { customKey: string } | 'last_order_date',
    range: { from: string; to: string } | null,
    afterId: string | null,
    limit: number,
  ): Promise<CustomerDate[]> {
    const value =
      field === 'last_order_date'
        ? sql.ref('customers.last_order_date')
        : customFieldValue(field.customKey, false, isPostgres(db));
    let q = db
      .selectFrom('customers')
      .select(['customers.id', 'customers.time_zone', sql<string>`${value}`.as('value')])
      .where('customers.workspace_id', '=', workspaceId)
      .where('customers.deleted_at', 'is', null)
      .where(sql<boolean>`${value} is not null`)
      .orderBy('customers.id')
      .limit(limit);
    if (range) q = q.where(sql<boolean>`${value} between ${range.from} and ${range.to}`);
    if (afterId) q = q.where('customers.id', '>', afterId);
    return (await q.execute()).map((r) => ({ ...r, value: String(r.value).slice(0, 10) }));
  },
};
