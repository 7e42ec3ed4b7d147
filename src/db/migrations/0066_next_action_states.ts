import type { Kysely } from 'kysely';

// Insight (issue 20): what people did with suggested actions — done, dismissed or snoozed —
// under each action's stable key (rule and subject), so a dismissed "greet: Diwali" stays away
// while next year's comes back. Dismissals are counted per rule for admins (the index).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('next_action_states')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('action_key', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('snoozed_until', 'text')
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('next_action_states_pk', ['workspace_id', 'customer_id', 'action_key'])
    .execute();
  await db.schema
    .createIndex('next_action_states_rule_idx')
    .on('next_action_states')
    .columns(['workspace_id', 'rule_id', 'state'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('next_action_states').execute();
}
