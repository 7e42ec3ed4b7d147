import type { Kysely } from 'kysely';

// Tenders and bids: the tender with its deadline (an instant) and what the buyer requires, the
// competitors' bids, the workspace's win/loss reasons and which reasons a result gave. Percentages
// are whole hundredths (5000 = 50.00 %), amounts minor units; lists the tender owns whole
// (documents, evaluation criteria) are JSON text. Every key leads with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tenders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('reference', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('issuing_body', 'text')
    .addColumn('submission_deadline', 'text', (c) => c.notNull())
    .addColumn('deadline_time_zone', 'text', (c) => c.notNull())
    .addColumn('clarification_deadline', 'text')
    .addColumn('bid_bond_minor', 'bigint')
    .addColumn('bid_bond_currency', 'text')
    .addColumn('required_documents', 'text', (c) => c.notNull())
    .addColumn('local_content_required_bp', 'integer')
    .addColumn('local_content_notes', 'text')
    .addColumn('lc_currency', 'text')
    .addColumn('lc_value_minor', 'bigint')
    .addColumn('lc_local_taxes_minor', 'bigint')
    .addColumn('lc_imported_minor', 'bigint')
    .addColumn('price_preference_bp', 'integer')
    .addColumn('requires_local_partner', 'integer', (c) => c.notNull())
    .addColumn('requires_joint_venture', 'integer', (c) => c.notNull())
    .addColumn('requires_local_branch', 'integer', (c) => c.notNull())
    .addColumn('evaluation_criteria', 'text', (c) => c.notNull())
    .addColumn('bid_amount_minor', 'bigint')
    .addColumn('bid_currency', 'text')
    .addColumn('result', 'text')
    .addColumn('result_date', 'text')
    .addColumn('result_note', 'text')
    .addColumn('reminder_business_days', 'integer', (c) => c.notNull())
    .addColumn('submission_follow_up_id', 'text')
    .addColumn('clarification_follow_up_id', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tenders_pk', ['workspace_id', 'id'])
    // A buyer's reference numbers are its own: two buyers may both issue "2026/001".
    .addUniqueConstraint('tenders_reference_uq', ['workspace_id', 'customer_id', 'reference'])
    .addForeignKeyConstraint(
      'tenders_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // The list and the analysis read by deadline (ISO instants sort as text).
  await db.schema
    .createIndex('tenders_deadline_idx')
    .on('tenders')
    .columns(['workspace_id', 'submission_deadline', 'id'])
    .execute();

  await db.schema
    .createTable('tender_competitors')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('tender_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('amount_minor', 'bigint')
    .addColumn('currency', 'text')
    .addColumn('local_presence', 'integer', (c) => c.notNull())
    .addColumn('awarded', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tender_competitors_pk', ['workspace_id', 'tender_id', 'position'])
    .addForeignKeyConstraint(
      'tender_competitors_tender_fk',
      ['workspace_id', 'tender_id'],
      'tenders',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('tender_reasons')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    // the default reasons' stable name (price, local_presence…); null for a workspace's own
    .addColumn('code', 'text')
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('name_zh', 'text', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tender_reasons_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('tender_reasons_code_uq', ['workspace_id', 'code'])
    .addUniqueConstraint('tender_reasons_name_uq', ['workspace_id', 'name_en'])
    .execute();

  await db.schema
    .createTable('tender_result_reasons')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('tender_id', 'text', (c) => c.notNull())
    .addColumn('reason_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tender_result_reasons_pk', ['workspace_id', 'tender_id', 'reason_id'])
    .addForeignKeyConstraint(
      'tender_result_reasons_tender_fk',
      ['workspace_id', 'tender_id'],
      'tenders',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    // Reasons are deactivated, never deleted: a result keeps the reasons it was given.
    .addForeignKeyConstraint(
      'tender_result_reasons_reason_fk',
      ['workspace_id', 'reason_id'],
      'tender_reasons',
      ['workspace_id', 'id'],
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('tender_result_reasons').execute();
  await db.schema.dropTable('tender_reasons').execute();
  await db.schema.dropTable('tender_competitors').execute();
  await db.schema.dropTable('tenders').execute();
}
