import type { Kysely } from 'kysely';

// Issue 19: customers linked to a crisis incident by hand (beyond its markets' customers). Keys
// lead with workspace_id (Citus); a link goes with its incident. A customer is only ever trashed
// (soft-deleted), so its links stay and show again when it is restored; a merge moves them.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incident_customers')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_customers_pk', [
      'workspace_id',
      'incident_id',
      'customer_id',
    ])
    .addForeignKeyConstraint(
      'incident_customers_incident_fk',
      ['workspace_id', 'incident_id'],
      'incidents',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'incident_customers_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('incident_customers_customer_idx')
    .on('incident_customers')
    .columns(['workspace_id', 'customer_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('incident_customers').execute();
}
