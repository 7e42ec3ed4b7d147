import type { Kysely } from 'kysely';

// Issue 19: the local value ledger. One row per figure a market reports for a period (jobs,
// local purchasing, partners' share of projects, training, taxes, community investment,
// technology transfer), each with its source document and who entered it. Keys lead with
// workspace_id (Citus).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('local_value_entries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('period_start', 'text', (c) => c.notNull())
    .addColumn('period_end', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('headcount', 'integer')
    .addColumn('local_nationals', 'integer')
    .addColumn('management', 'integer')
    .addColumn('women_in_management', 'integer')
    .addColumn('quantity', 'integer')
    .addColumn('method', 'text')
    .addColumn('amount_minor', 'bigint')
    .addColumn('total_minor', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('partner_name', 'text')
    .addColumn('deal_id', 'text')
    .addColumn('order_id', 'text')
    .addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('source_document', 'text', (c) => c.notNull())
    .addColumn('entered_by', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('local_value_entries_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('local_value_entries_workspace_fk', ['workspace_id'], 'workspaces', [
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('local_value_entries_country_idx')
    .on('local_value_entries')
    .columns(['workspace_id', 'country', 'period_end'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('local_value_entries').execute();
}
