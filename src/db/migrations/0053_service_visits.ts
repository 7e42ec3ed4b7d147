import type { Kysely } from 'kysely';

// Follow-up visits (回访, issue #16): the workspace's rules (after a ticket is solved, an order
// shipped or delivered, an installation ticket closed: a call or visit N business days later in
// the customer's calendar, with a checklist) and the visits they planned. A visit's date, assignee
// and customer live on its follow-up (the relationship module's), so the inbox, a snooze and a
// merge move them in one place; the visit keeps what was planned and the outcome. Keys lead with
// workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('service_visit_rules')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('business_days', 'integer', (c) => c.notNull())
    // JSON arrays; empty: any
    .addColumn('ticket_types', 'text', (c) => c.notNull())
    .addColumn('tiers', 'text', (c) => c.notNull())
    // JSON array of { key, label, type, required }
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_visit_rules_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'service_visit_rules_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('service_visits')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    // the rule that planned it; a deleted rule's visits keep their copy of its terms
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('checklist', 'text', (c) => c.notNull())
    // what set it off: a ticket or an order, with its number as it was
    .addColumn('source_kind', 'text', (c) => c.notNull())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('source_label', 'text', (c) => c.notNull())
    .addColumn('follow_up_id', 'text', (c) => c.notNull())
    .addColumn('event_at', 'text', (c) => c.notNull())
    // the date first planned, in the customer's calendar (the follow-up's may move since)
    .addColumn('planned_date', 'text', (c) => c.notNull())
    // the outcome, once recorded
    .addColumn('done_at', 'text')
    .addColumn('done_by', 'text')
    .addColumn('activity_id', 'text')
    .addColumn('answers', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_visits_pk', ['workspace_id', 'id'])
    // one visit per rule and ticket or order
    .addUniqueConstraint('service_visits_source_uq', [
      'workspace_id',
      'rule_id',
      'source_kind',
      'source_id',
    ])
    .addUniqueConstraint('service_visits_follow_up_uq', ['workspace_id', 'follow_up_id'])
    .addForeignKeyConstraint(
      'service_visits_follow_up_fk',
      ['workspace_id', 'follow_up_id'],
      'follow_ups',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('service_visits_source_idx')
    .on('service_visits')
    .columns(['workspace_id', 'source_kind', 'source_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('service_visits').execute();
  await db.schema.dropTable('service_visit_rules').execute();
}
