import { insertRows } from '../../db/bulk-insert.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Activity, ActivityType } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';

export interface ActivityFilter {
  customerId?: string;
  contactId?: string;
  type?: ActivityType;
  from?: string;
  to?: string;
  cursor?: string;
  limit: number;
}

export const activitiesRepository = {
  async insert(db: Executor, row: Activity): Promise<void> {
    await db.insertInto('activities').values(row).execute();
  },

  async insertMany(db: Executor, rows: Activity[]): Promise<void> {
    await insertRows(db, 'activities', rows);
  },

  /** The texts of notes imports have put on these customers' timelines (to add each once). */
  async importedNotes(
    db: Executor,
    workspaceId: string,
    customerIds: string[],
  ): Promise<{ customer_id: string; summary: string }[]> {
    const out: { customer_id: string; summary: string }[] = [];
    for (const part of chunks(customerIds, IN_LIST))
      out.push(
        ...(await db
          .selectFrom('activities')
          .select(['customer_id', 'summary'])
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', 'in', part)
          .where('type', '=', 'note')
          .where('source', '=', 'import')
          .execute()),
      );
    return out;
  },

  /** Activities of customers the scope can see, newest first. */
  list(
    db: Executor,
    scope: Scope,
    f: ActivityFilter,
  ): Promise<(Activity & { customer_name: string })[]> {
    let q = db
      .selectFrom('activities')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'activities.workspace_id')
          .onRef('customers.id', '=', 'activities.customer_id'),
      )
      .selectAll('activities')
      .select('customers.name as customer_name')
      .where('activities.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is', null);
    q = q.$call(visibleTo(scope, 'customers.owner_id'));
    if (f.customerId) q = q.where('activities.customer_id', '=', f.customerId);
    if (f.contactId) q = q.where('activities.contact_id', '=', f.contactId);
    if (f.type) q = q.where('activities.type', '=', f.type);
    if (f.from) q = q.where('activities.occurred_at', '>=', f.from);
    if (f.to) q = q.where('activities.occurred_at', '<', f.to);
    if (f.cursor) q = q.where('activities.id', '<', f.cursor);
    return q
      .orderBy('activities.occurred_at', 'desc')
      .orderBy('activities.id', 'desc')
      .limit(f.limit)
      .execute();
  },

  async counts90(
    db: Executor,
    workspaceId: string,
    customerId: string,
    since: string,
  ): Promise<{ inbound: number; outbound: number }> {
    const rows = await db
      .selectFrom('activities')
      .select(['direction'])
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('occurred_at', '>=', since)
      .where('type', '!=', 'note')
      .groupBy('direction')
      .execute();
    const get = (d: string) => Number(rows.find((r) => r.direction === d)?.n ?? 0);
    return { inbound: get('inbound'), outbound: get('outbound') };
  },
};
