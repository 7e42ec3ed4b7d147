import type { Kysely } from 'kysely';
import type { Executor } from '../dialect.ts';
import { refreshLeadScores } from '../../modules/insight/lead-scores.ts';

// Insight (issue 20): each lead's and prospect's lead score kept on the customer, so the customers
// list shows it and segments filter on it without working out engagement per row. Kept by the
// insight module (`refreshLeadScores`): at once when an activity is logged or a field it reads
// changes, for the whole workspace when the ideal customer profile changes, and hourly as the
// 30-day engagement window moves. Existing customers are scored here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').addColumn('lead_score', 'integer').execute();
  const workspaces = await (db as unknown as Kysely<{ workspaces: { id: string } }>)
    .selectFrom('workspaces')
    .select('id')
    .execute();
  for (const w of workspaces) await refreshLeadScores(db as unknown as Executor, w.id, new Date());
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('customers').dropColumn('lead_score').execute();
}
