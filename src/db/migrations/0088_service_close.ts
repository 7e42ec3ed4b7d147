import type { Kysely } from 'kysely';

// Issue #16, closing gaps:
// - `service_settings`: one row per workspace, the SMTP account (0073) survey links are mailed
//   through (null: links are not mailed).
// - surveys remember their mail: `mail_status` (queued, sent, failed; null: not mailed),
//   `mail_error` (a stable code), `mailed_at`.
// - NPS per product: a round may be about a product; its surveys and their answers carry it, and
//   the summary groups answers by it through a covering index like the other groups.
// - escalation on next-response targets: a firing remembers the cycle it fired in (`cycle_at`,
//   the instant the customer's wait began), so a rule fires once per cycle.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('survey_smtp_account_id', 'text')
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  for (const c of ['mail_status', 'mail_error', 'mailed_at', 'product_id'])
    await db.schema.alterTable('surveys').addColumn(c, 'text').execute();
  await db.schema.alterTable('survey_rounds').addColumn('product_id', 'text').execute();
  await db.schema.alterTable('survey_rounds').addColumn('product_name', 'text').execute();
  await db.schema
    .alterTable('survey_answers')
    .addColumn('product_id', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema
    .createIndex('survey_answers_product_idx')
    .on('survey_answers')
    .columns(['workspace_id', 'kind', 'product_id', 'score', 'answered_at'])
    .execute();
  await db.schema.alterTable('ticket_escalations').addColumn('cycle_at', 'text').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('ticket_escalations').dropColumn('cycle_at').execute();
  await db.schema.dropIndex('survey_answers_product_idx').execute();
  await db.schema.alterTable('survey_answers').dropColumn('product_id').execute();
  await db.schema.alterTable('survey_rounds').dropColumn('product_name').execute();
  await db.schema.alterTable('survey_rounds').dropColumn('product_id').execute();
  for (const c of ['product_id', 'mailed_at', 'mail_error', 'mail_status'])
    await db.schema.alterTable('surveys').dropColumn(c).execute();
  await db.schema.dropTable('service_settings').execute();
}
