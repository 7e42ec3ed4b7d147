import type { Kysely } from 'kysely';

// Issue 18: whether a workspace has the history to train a churn model read every live customer's
// order facts on each `GET /risk/churn-model` (2 s at 20,000 customers, growing with the book).
// The answer is now kept, one row per workspace: written by a nightly job, an admin's or
// manager's "check now", and every training run, and read by the page.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('churn_model_checks')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('checked_on', 'text', (c) => c.notNull())
    .addColumn('checked_at', 'text', (c) => c.notNull())
    .addColumn('customers_with_history', 'integer', (c) => c.notNull())
    .addColumn('churned', 'integer', (c) => c.notNull())
    .addColumn('check_ms', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('churn_model_checks_pk', ['workspace_id'])
    .addForeignKeyConstraint('churn_model_checks_workspace_fk', ['workspace_id'], 'workspaces', [
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('churn_model_checks').execute();
}
