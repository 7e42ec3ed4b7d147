import type { Kysely } from 'kysely';

// A cadence follow-up remembers the local date it counts from, so a policy change can replan every
// customer with a few set-based statements instead of one write per customer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('follow_ups').addColumn('basis_date', 'text').execute();
  // A rep's open follow-ups are a few thousand rows at most: the inbox filters their dates in the
  // index range of (assignee, status). Leaving due_date out means moving a date rewrites no index.
  await db.schema.dropIndex('follow_ups_assignee_idx').execute();
  await db.schema
    .createIndex('follow_ups_assignee_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_id', 'status'])
    .execute();
  // One row per distinct (market, basis date, policy) of a replan run; joined to rewrite plans.
  await db.schema
    .createTable('cadence_plan_map')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('run_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull())
    .addColumn('basis_date', 'text', (c) => c.notNull())
    .addColumn('policy', 'integer', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cadence_plan_map_pk', [
      'workspace_id',
      'run_id',
      'country',
      'region',
      'basis_date',
      'policy',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('cadence_plan_map').execute();
  await db.schema.dropIndex('follow_ups_assignee_idx').execute();
  await db.schema
    .createIndex('follow_ups_assignee_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_id', 'status', 'due_date'])
    .execute();
  await db.schema.alterTable('follow_ups').dropColumn('basis_date').execute();
}
