import type { Kysely } from 'kysely';

// Escalation rules (issue #16): what happens when a ticket's SLA target reaches its warning or
// due instant (reassign, raise priority, notify), and the firings done, one per ticket, rule and
// target, so a rule never fires twice for the same clock. Keys lead with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('escalation_rules')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    // JSON string arrays; empty: any
    .addColumn('priorities', 'text', (c) => c.notNull())
    .addColumn('team_ids', 'text', (c) => c.notNull())
    .addColumn('reassign_to_id', 'text')
    .addColumn('raise_priority', 'integer', (c) => c.notNull())
    .addColumn('notify', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('escalation_rules_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'escalation_rules_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('ticket_escalations')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('rule_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('trigger', 'text', (c) => c.notNull())
    .addColumn('rule_name', 'text', (c) => c.notNull())
    .addColumn('fired_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_escalations_pk', [
      'workspace_id',
      'ticket_id',
      'rule_id',
      'target',
    ])
    .addForeignKeyConstraint(
      'ticket_escalations_ticket_fk',
      ['workspace_id', 'ticket_id'],
      'tickets',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_escalations').execute();
  await db.schema.dropTable('escalation_rules').execute();
}
