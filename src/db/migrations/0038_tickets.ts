import type { Kysely } from 'kysely';

// Service tickets with SLAs (issue #16): the workspace's SLA policies, a running ticket number
// per workspace, the tickets (with the SLA terms they were opened under and the due instants
// kept current for sorting by time left), their comments and their status history (the pauses
// of the SLA clock). Keys lead with workspace_id; tickets cascade with their customer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sla_policies')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('priorities', 'text', (c) => c.notNull())
    .addColumn('types', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('tiers', 'text', (c) => c.notNull())
    .addColumn('calendar', 'text', (c) => c.notNull())
    .addColumn('hours_start', 'text', (c) => c.notNull())
    .addColumn('hours_end', 'text', (c) => c.notNull())
    .addColumn('breaks', 'text', (c) => c.notNull())
    .addColumn('first_response_minutes', 'integer', (c) => c.notNull())
    .addColumn('resolution_minutes', 'integer', (c) => c.notNull())
    .addColumn('warn_percent', 'integer', (c) => c.notNull())
    .addColumn('pause_statuses', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sla_policies_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'sla_policies_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('ticket_sequences')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('last_value', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_sequences_pk', ['workspace_id'])
    .addForeignKeyConstraint(
      'ticket_sequences_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('number', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    // The SLA terms as opened: a later edit of the policy does not move this ticket's clock.
    .addColumn('policy_id', 'text')
    .addColumn('policy_name', 'text', (c) => c.notNull())
    .addColumn('sla_calendar', 'text', (c) => c.notNull())
    .addColumn('sla_country', 'text', (c) => c.notNull())
    .addColumn('sla_region', 'text')
    .addColumn('sla_time_zone', 'text', (c) => c.notNull())
    .addColumn('sla_hours_start', 'text', (c) => c.notNull())
    .addColumn('sla_hours_end', 'text', (c) => c.notNull())
    .addColumn('sla_breaks', 'text', (c) => c.notNull())
    .addColumn('sla_pause_statuses', 'text', (c) => c.notNull())
    .addColumn('warn_percent', 'integer', (c) => c.notNull())
    .addColumn('first_response_minutes', 'integer', (c) => c.notNull())
    .addColumn('resolution_minutes', 'integer', (c) => c.notNull())
    .addColumn('first_response_due_at', 'text')
    .addColumn('first_response_warn_at', 'text')
    .addColumn('resolution_due_at', 'text')
    .addColumn('resolution_warn_at', 'text')
    .addColumn('first_response_at', 'text')
    .addColumn('solved_at', 'text')
    /** the next target still running: the sort key of "time left" (null: none running) */
    .addColumn('next_due_at', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('tickets_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('tickets_number_uq', ['workspace_id', 'number'])
    .addForeignKeyConstraint(
      'tickets_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('tickets_customer_idx')
    .on('tickets')
    .columns(['workspace_id', 'customer_id', 'created_at'])
    .execute();
  await db.schema
    .createIndex('tickets_next_due_idx')
    .on('tickets')
    .columns(['workspace_id', 'next_due_at'])
    .execute();

  await db.schema
    .createTable('ticket_comments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('author_kind', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text')
    .addColumn('public', 'integer', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ticket_comments_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'ticket_comments_ticket_fk',
      ['workspace_id', 'ticket_id'],
      'tickets',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('ticket_comments_ticket_idx')
    .on('ticket_comments')
    .columns(['workspace_id', 'ticket_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('ticket_status_changes')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('by_user_id', 'text')
    .addPrimaryKeyConstraint('ticket_status_changes_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'ticket_status_changes_ticket_fk',
      ['workspace_id', 'ticket_id'],
      'tickets',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('ticket_status_changes_ticket_idx')
    .on('ticket_status_changes')
    .columns(['workspace_id', 'ticket_id', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ticket_status_changes').execute();
  await db.schema.dropTable('ticket_comments').execute();
  await db.schema.dropTable('tickets').execute();
  await db.schema.dropTable('ticket_sequences').execute();
  await db.schema.dropTable('sla_policies').execute();
}
