import { sql, type Kysely } from 'kysely';

// Imports with their progress checkpoint and per-row errors, mappings saved per source, and the
// match keys (domain, email, phone, company name) that find duplicates without scanning.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_keys')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_keys_pk', ['workspace_id', 'kind', 'key', 'customer_id'])
    .addForeignKeyConstraint(
      'customer_keys_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('customer_keys_customer_idx')
    .on('customer_keys')
    .columns(['workspace_id', 'customer_id'])
    .execute();

  // Segment counts read only these columns: a covering index makes counting a million customers
  // an index scan instead of a table scan. deleted_at is listed so SQLite sees the index covers it.
  await db.schema
    .createIndex('customers_facts_idx')
    .on('customers')
    .columns([
      'workspace_id',
      'owner_id',
      'country',
      'stage',
      'tier',
      'industry',
      'source',
      'health_score',
      'deleted_at',
    ])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();

  await db.schema
    .createTable('imports')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('source', 'text')
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file_path', 'text', (c) => c.notNull())
    .addColumn('dry_run', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('options', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('rows_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('bytes_total', 'integer')
    .addColumn('bytes_done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('merged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('unchanged', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('rejected', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('error', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('finished_at', 'text')
    .addPrimaryKeyConstraint('imports_pk', ['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('import_errors')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('import_id', 'text', (c) => c.notNull())
    .addColumn('row', 'integer', (c) => c.notNull())
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_errors_pk', ['workspace_id', 'import_id', 'row', 'field'])
    .execute();

  await db.schema
    .createTable('import_mappings')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('entity', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mapping', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('import_mappings_pk', ['workspace_id', 'entity', 'source'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_facts_idx').execute();
  for (const t of ['import_mappings', 'import_errors', 'imports', 'customer_keys'])
    await db.schema.dropTable(t).execute();
}
