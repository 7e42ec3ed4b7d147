import type { Kysely } from 'kysely';

// Issue 18, the churn model: one logistic regression per workspace trained on its own history,
// with what explains it (coefficients, means and scales as JSON), its hold-out AUC and whether an
// admin switched it on. A retrain replaces the row and leaves the model off until switched on.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('churn_models')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('model', 'text', (c) => c.notNull())
    .addColumn('auc', 'double precision', (c) => c.notNull())
    .addColumn('examples', 'integer', (c) => c.notNull())
    .addColumn('train_count', 'integer', (c) => c.notNull())
    .addColumn('holdout_count', 'integer', (c) => c.notNull())
    .addColumn('churned_count', 'integer', (c) => c.notNull())
    .addColumn('trained_on', 'text', (c) => c.notNull())
    .addColumn('trained_at', 'text', (c) => c.notNull())
    .addColumn('trained_by', 'text', (c) => c.notNull())
    .addColumn('train_ms', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('enabled_at', 'text')
    .addColumn('enabled_by', 'text')
    .addPrimaryKeyConstraint('churn_models_pk', ['workspace_id'])
    .addForeignKeyConstraint('churn_models_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('churn_models').execute();
}
