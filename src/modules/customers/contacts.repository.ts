import { chunks, IN_LIST } from '../../db/chunks.ts';
import { insertRows } from '../../db/bulk-insert.ts';
import type { Executor } from '../../db/dialect.ts';
import { visibleTo } from '../../db/visibility.ts';
import type { Contact, ContactUpdate, NewContact } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';

export const contactsRepository = {
  /** Contact names by id, in few statements (the audit log). */
  async namesOf(db: Executor, workspaceId: string, ids: string[]): Promise<Map<string, string>> {
    const out = new Map<string, string>();
    for (const part of chunks([...new Set(ids)], IN_LIST)) {
      const rows = await db
        .selectFrom('contacts')
        .select(['id', 'first_name', 'last_name'])
        .where('workspace_id', '=', workspaceId)
        .where('id', 'in', part)
        .execute();
      for (const r of rows) out.set(r.id, [r.first_name, r.last_name].filter(Boolean).join(' '));
    }
    return out;
  },
  listByCustomer(db: Executor, workspaceId: string, customerId: string): Promise<Contact[]> {
    return db
      .selectFrom('contacts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .orderBy('is_primary', 'desc')
      .orderBy('id')
      .execute();
  },

  /** The contacts of several customers (unscoped: the caller checked each customer). */
  async listByCustomers(db: Executor, workspaceId: string, customerIds: string[]) {
    const out: Contact[] = [];
    for (const part of chunks([...new Set(customerIds)], 900))
      out.push(
        ...(await db
          .selectFrom('contacts')
          .selectAll()
          .where('workspace_id', '=', workspaceId)
          .where('customer_id', 'in', part)
          .orderBy('is_primary', 'desc')
          .orderBy('id')
          .execute()),
      );
    return out;
  },

  /** A contact is visible exactly when its customer is. */
  findVisible(
    db: Executor,
    scope: Scope,
    id: string,
  ): Promise<(Contact & { customer_country: string }) | undefined> {
    let q = db
      .selectFrom('contacts')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'contacts.workspace_id')
          .onRef('customers.id', '=', 'contacts.customer_id'),
      )
      .selectAll('contacts')
      .select('customers.country as customer_country')
      .where('contacts.workspace_id', '=', scope.workspaceId)
      .where('contacts.id', '=', id)
      .where('customers.deleted_at', 'is', null);
    q = q.$call(visibleTo(scope, 'customers.owner_id'));
    return q.executeTakeFirst();
  },

  async insert(db: Executor, row: NewContact): Promise<void> {
    await db.insertInto('contacts').values(row).execute();
  },

  async insertMany(db: Executor, rows: NewContact[]): Promise<void> {
    await insertRows(db, 'contacts', rows);
  },

  async update(db: Executor, workspaceId: string, id: string, patch: ContactUpdate): Promise<void> {
    await db
      .updateTable('contacts')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async clearPrimary(db: Executor, workspaceId: string, customerId: string): Promise<void> {
    await db
      .updateTable('contacts')
      .set({ is_primary: 0 })
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('contacts')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
