import type { Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// Quotations and proforma invoices: per-workspace settings and running numbers, the quotes
// (one row per revision), their lines, and the PDF as sent. Keys lead with workspace_id.
// Products and deals are referenced by id without a foreign key: their tables belong to other
// modules, and a line keeps its own snapshot of what it was quoted as.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('quote_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('quote_pattern', 'text', (c) => c.notNull())
    .addColumn('proforma_pattern', 'text', (c) => c.notNull())
    .addColumn('letterhead', 'text', (c) => c.notNull())
    .addColumn('bank_details', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_settings_pk', ['workspace_id'])
    .addForeignKeyConstraint(
      'quote_settings_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('quote_sequences')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('last_value', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_sequences_pk', ['workspace_id', 'key'])
    .addForeignKeyConstraint(
      'quote_sequences_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('quotes')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('revision', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('deal_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('quote_date', 'text', (c) => c.notNull())
    .addColumn('valid_until', 'text')
    .addColumn('incoterm_rule', 'text')
    .addColumn('incoterm_place', 'text')
    .addColumn('payment_terms', 'text', (c) => c.notNull())
    .addColumn('lead_time', 'text')
    .addColumn('packing', 'text')
    .addColumn('bank_details', 'text')
    .addColumn('notes', 'text')
    .addColumn('subtotal_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_minor', 'bigint', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    .addColumn('expires_at', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('order_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quotes_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('quotes_number_revision_uq', ['workspace_id', 'number', 'revision'])
    .addForeignKeyConstraint(
      'quotes_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('quotes_customer_idx')
    .on('quotes')
    .columns(['workspace_id', 'customer_id', 'quote_date'])
    .execute();
  // The expiry job's scan: sent quotes by when they run out.
  await db.schema
    .createIndex('quotes_status_expiry_idx')
    .on('quotes')
    .columns(['workspace_id', 'status', 'expires_at'])
    .execute();

  await db.schema
    .createTable('quote_lines')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('quote_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_id', 'text')
    .addColumn('sku', 'text')
    .addColumn('names', 'text')
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('unit', 'text')
    .addColumn('hs_code', 'text')
    .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
    .addColumn('unit_price_minor', 'bigint', (c) => c.notNull())
    .addColumn('discount_bp', 'integer', (c) => c.notNull())
    .addColumn('total_minor', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_lines_pk', ['workspace_id', 'quote_id', 'position'])
    .addForeignKeyConstraint(
      'quote_lines_quote_fk',
      ['workspace_id', 'quote_id'],
      'quotes',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  // The PDF as sent, in the database: it commits or rolls back with the send, is in every
  // backup, and a refused request cannot leave a file behind.
  await db.schema
    .createTable('quote_documents')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('quote_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('pdf', isPostgres(db) ? 'bytea' : 'blob', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('quote_documents_pk', ['workspace_id', 'quote_id'])
    .addForeignKeyConstraint(
      'quote_documents_quote_fk',
      ['workspace_id', 'quote_id'],
      'quotes',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('quote_documents').execute();
  await db.schema.dropTable('quote_lines').execute();
  await db.schema.dropTable('quotes').execute();
  await db.schema.dropTable('quote_sequences').execute();
  await db.schema.dropTable('quote_settings').execute();
}
