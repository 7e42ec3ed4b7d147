import type { Kysely } from 'kysely';

// Sanctions screening (issue 18): the lists an admin imported (one row per list; an update
// replaces its entries in one transaction and bumps the version), their entries, and the review
// queue of hits. Reviews outlive the entries they name: a delisted entry keeps its confirmed
// block until an admin decides otherwise, so reviews do not reference the entries table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sanctions_lists')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('format', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('entry_count', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('uploaded_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sanctions_lists_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('sanctions_lists_name_uq', ['workspace_id', 'format', 'name'])
    .execute();
  await db.schema
    .createTable('sanctions_entries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('ref', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('names', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('birth_dates', 'text', (c) => c.notNull())
    .addColumn('programs', 'text', (c) => c.notNull())
    .addColumn('hash', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sanctions_entries_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('sanctions_entries_ref_uq', ['workspace_id', 'list_id', 'ref'])
    .addForeignKeyConstraint(
      'sanctions_entries_list_fk',
      ['workspace_id', 'list_id'],
      'sanctions_lists',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createTable('sanctions_reviews')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    // '' for the customer itself, else the contact's id: one review per subject and entry.
    .addColumn('subject_key', 'text', (c) => c.notNull())
    .addColumn('subject_name', 'text', (c) => c.notNull())
    .addColumn('list_id', 'text', (c) => c.notNull())
    .addColumn('entry_id', 'text', (c) => c.notNull())
    .addColumn('entry_hash', 'text', (c) => c.notNull())
    .addColumn('entry_name', 'text', (c) => c.notNull())
    .addColumn('score_milli', 'integer', (c) => c.notNull())
    .addColumn('matched_on', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text')
    .addColumn('reason', 'text')
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sanctions_reviews_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('sanctions_reviews_subject_uq', [
      'workspace_id',
      'customer_id',
      'subject_key',
      'entry_id',
    ])
    .addForeignKeyConstraint(
      'sanctions_reviews_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // The queue (open first, newest first) and an import's report.
  await db.schema
    .createIndex('sanctions_reviews_status_idx')
    .on('sanctions_reviews')
    .columns(['workspace_id', 'status', 'created_at', 'id'])
    .execute();
  await db.schema
    .createIndex('sanctions_reviews_import_idx')
    .on('sanctions_reviews')
    .columns(['workspace_id', 'import_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sanctions_reviews').execute();
  await db.schema.dropTable('sanctions_entries').execute();
  await db.schema.dropTable('sanctions_lists').execute();
}
