import type { Kysely } from 'kysely';

// Automation rules (when → if → then) per workspace, their run log, and the two small records
// that make triggers fire exactly when they should: the customers each segment rule last saw in
// its segment (enter/leave is a change against this), and the follow-ups an overdue rule has
// already fired for (each fires once). Every key leads with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('automation_rules')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('condition', 'text')
    .addColumn('actions', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('automation_rules_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('automation_rules_name_uq', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('automation_runs')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text')
    .addColumn('entity_type', 'text', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text')
    .addColumn('depth', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('automation_runs_pk', ['workspace_id', 'id'])
    .execute();
  // The run log of one rule, newest first (ids are time-ordered UUIDv7).
  await db.schema
    .createIndex('automation_runs_rule_idx')
    .on('automation_runs')
    .columns(['workspace_id', 'rule_id', 'id'])
    .execute();

  await db.schema
    .createTable('automation_segment_members')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('automation_segment_members_pk', [
      'workspace_id',
      'rule_id',
      'customer_id',
    ])
    .execute();

  await db.schema
    .createTable('automation_fired_follow_ups')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('follow_up_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('automation_fired_follow_ups_pk', [
      'workspace_id',
      'rule_id',
      'follow_up_id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('automation_fired_follow_ups').execute();
  await db.schema.dropTable('automation_segment_members').execute();
  await db.schema.dropTable('automation_runs').execute();
  await db.schema.dropTable('automation_rules').execute();
}
