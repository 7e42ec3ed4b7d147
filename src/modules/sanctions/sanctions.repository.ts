import type { Insertable, Updateable } from 'kysely';
import { insertRows } from '../../db/bulk-insert.ts';
import { chunks, IN_LIST } from '../../db/chunks.ts';
import type { Executor } from '../../db/dialect.ts';
import type {
  SanctionsEntry,
  SanctionsEntryTable,
  SanctionsList,
  SanctionsListTable,
  SanctionsReview,
  SanctionsReviewTable,
} from '../../db/schema.ts';

/** The only code touching sanctions_lists, sanctions_entries and sanctions_reviews. */
export const sanctionsRepository = {
  lists(db: Executor, workspaceId: string): Promise<SanctionsList[]> {
    return db
      .selectFrom('sanctions_lists')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .execute();
  },

  listByName(db: Executor, workspaceId: string, format: string, name: string) {
    return db
      .selectFrom('sanctions_lists')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('format', '=', format)
      .where('name', '=', name)
      .executeTakeFirst();
  },

  /** A cheap stamp of every list's version: the in-memory index is rebuilt when it moves. */
  async stamp(db: Executor, workspaceId: string): Promise<string> {
    const rows = await db
      .selectFrom('sanctions_lists')
      .select(['id', 'version'])
      .where('workspace_id', '=', workspaceId)
      .orderBy('id')
      .execute();
    return rows.map((r) => `${r.id}:${r.version}`).join(',');
  },

  async insertList(db: Executor, row: Insertable<SanctionsListTable>): Promise<void> {
    await db.insertInto('sanctions_lists').values(row).execute();
  },

  async updateList(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<SanctionsListTable>,
  ): Promise<void> {
    await db
      .updateTable('sanctions_lists')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  entryHashes(db: Executor, workspaceId: string, listId: string) {
    return db
      .selectFrom('sanctions_entries')
      .select(['id', 'ref', 'hash'])
      .where('workspace_id', '=', workspaceId)
      .where('list_id', '=', listId)
      .execute();
  },

  insertEntries(db: Executor, rows: Insertable<SanctionsEntryTable>[]): Promise<void> {
    return insertRows(db, 'sanctions_entries', rows);
  },

  async updateEntry(db: Executor, row: SanctionsEntry): Promise<void> {
    await db
      .updateTable('sanctions_entries')
      .set(row)
      .where('workspace_id', '=', row.workspace_id)
      .where('id', '=', row.id)
      .execute();
  },

  async deleteEntries(db: Executor, workspaceId: string, ids: string[]): Promise<void> {
    for (const part of chunks(ids, IN_LIST))
      await db
        .deleteFrom('sanctions_entries')
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
  },

  /** Every entry of the workspace's lists, or only those named. */
  async entries(db: Executor, workspaceId: string, ids?: string[]): Promise<SanctionsEntry[]> {
    const base = db
      .selectFrom('sanctions_entries')
      .selectAll()
      .where('workspace_id', '=', workspaceId);
    if (!ids) return base.execute();
    const out: SanctionsEntry[] = [];
    for (const part of chunks(ids, IN_LIST))
      out.push(...(await base.where('id', 'in', part).execute()));
    return out;
  },

  /** The reviews already written for these customers (any status). */
  async reviewsOf(db: Executor, workspaceId: string, customerIds: string[]) {
    const out: Pick<
      SanctionsReview,
      'id' | 'customer_id' | 'subject_key' | 'entry_id' | 'entry_hash' | 'status'
    >[] = [];
    for (const part of chunks(customerIds, IN_LIST))
      out.push(
        ...(await db
          .selectFrom('sanctions_reviews')
          .select(['id', 'customer_id', 'subject_key', 'entry_id', 'entry_hash', 'status'])
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', 'in', part)
          .execute()),
      );
    return out;
  },

  insertReviews(db: Executor, rows: Insertable<SanctionsReviewTable>[]): Promise<void> {
    return insertRows(db, 'sanctions_reviews', rows);
  },

  async updateReview(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<SanctionsReviewTable>,
  ): Promise<void> {
    await db
      .updateTable('sanctions_reviews')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  review(db: Executor, workspaceId: string, id: string) {
    return db
      .selectFrom('sanctions_reviews')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'sanctions_reviews.workspace_id')
          .onRef('customers.id', '=', 'sanctions_reviews.customer_id'),
      )
      .selectAll('sanctions_reviews')
      .select('customers.name as customer_name')
      .where('sanctions_reviews.workspace_id', '=', workspaceId)
      .where('sanctions_reviews.id', '=', id)
      .executeTakeFirst();
  },

  /** The queue, newest first, by status; the cursor is the last row's (created_at, id). */
  reviews(
    db: Executor,
    workspaceId: string,
    f: { status?: string; importId?: string; after?: { at: string; id: string }; limit: number },
  ) {
    let q = db
      .selectFrom('sanctions_reviews')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'sanctions_reviews.workspace_id')
          .onRef('customers.id', '=', 'sanctions_reviews.customer_id'),
      )
      .selectAll('sanctions_reviews')
      .select('customers.name as customer_name')
      .where('sanctions_reviews.workspace_id', '=', workspaceId);
    if (f.status) q = q.where('sanctions_reviews.status', '=', f.status as 'open');
    if (f.importId) q = q.where('sanctions_reviews.import_id', '=', f.importId);
    const after = f.after;
    if (after)
      q = q.where((eb) =>
        eb.or([
          eb('sanctions_reviews.created_at', '<', after.at),
          eb.and([
            eb('sanctions_reviews.created_at', '=', after.at),
            eb('sanctions_reviews.id', '<', after.id),
          ]),
        ]),
      );
    return q
      .orderBy('sanctions_reviews.created_at', 'desc')
      .orderBy('sanctions_reviews.id', 'desc')
      .limit(f.limit)
      .execute();
  },

  /** The reason of the customer's confirmed hit, if any. */
  async confirmed(db: Executor, workspaceId: string, customerId: string) {
    return db
      .selectFrom('sanctions_reviews')
      .select(['id', 'entry_name', 'reason'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('status', '=', 'confirmed')
      .limit(1)
      .executeTakeFirst();
  },
};
