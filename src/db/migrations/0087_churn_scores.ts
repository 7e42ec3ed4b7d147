import type { Kysely } from 'kysely';
import type { Executor } from '../dialect.ts';
import { refreshChurnScores } from '../../modules/risk/churn-scores.ts';

// Risk (issue 18): each customer's churn score and its reasons kept on the customer, so the churn
// list pages by score from an index instead of scoring the whole book per request (docs/risk.md,
// "Churn risk"). Kept by the risk module (`refreshChurnScores`): at once on order writes, health,
// stage and contact changes and logged activities, and for every workspace hourly as days pass.
// Contacts gain `left_at` (a contact who left the customer: "key contact gone"). Existing
// customers are scored here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('churn_score', 'integer').execute();
  await db.schema.alterTable('customers').addColumn('churn_reasons', 'text').execute();
  await db.schema.alterTable('customers').addColumn('churn_as_of', 'text').execute();
  await db.schema.alterTable('contacts').addColumn('left_at', 'text').execute();
  await db.schema
    .createIndex('customers_churn_idx')
    .on('customers')
    .columns(['workspace_id', 'churn_score', 'id'])
    .execute();
  const workspaces = await (db as unknown as Kysely<{ workspaces: { id: string } }>)
    .selectFrom('workspaces')
    .select('id')
    .execute();
  for (const w of workspaces)
    await refreshChurnScores(
      db as unknown as Executor,
      w.id,
      new Date().toISOString().slice(0, 10),
    );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_churn_idx').execute();
  await db.schema.alterTable('contacts').dropColumn('left_at').execute();
  await db.schema.alterTable('customers').dropColumn('churn_as_of').execute();
  await db.schema.alterTable('customers').dropColumn('churn_reasons').execute();
  await db.schema.alterTable('customers').dropColumn('churn_score').execute();
}
