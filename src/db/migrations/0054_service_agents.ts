import type { Kysely } from 'kysely';

// Service agents (issue #16). Support teams are their own table, apart from the sales teams:
// a sales team decides which customers a manager sees (team_members → visibleOwnerIds), while a
// support team decides which tickets its members handle and keeps a calendar of its own — a
// zone, working hours and the country whose holidays close it (follow the sun routes by it).
// Tickets get the support team handling them. Keys lead with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('support_teams')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    // whose public holidays close the team (and the region's, when set)
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('hours_start', 'text', (c) => c.notNull())
    .addColumn('hours_end', 'text', (c) => c.notNull())
    // the order follow the sun tries teams in when several are at work
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('support_teams_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('support_teams_name_uq', ['workspace_id', 'name'])
    .addForeignKeyConstraint(
      'support_teams_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('support_team_members')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('team_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('support_team_members_pk', ['workspace_id', 'team_id', 'user_id'])
    .addForeignKeyConstraint(
      'support_team_members_team_fk',
      ['workspace_id', 'team_id'],
      'support_teams',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'support_team_members_user_fk',
      ['workspace_id', 'user_id'],
      'users',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('support_team_members_user_idx')
    .on('support_team_members')
    .columns(['workspace_id', 'user_id'])
    .execute();

  // No foreign key: SQLite cannot add a composite one to an existing table. Deleting a team
  // clears its tickets' team in the same transaction (the tickets module does it).
  await db.schema.alterTable('tickets').addColumn('team_id', 'text').execute();
  // An agent's list: their teams' tickets, and those assigned to them, by time left.
  await db.schema
    .createIndex('tickets_team_due_idx')
    .on('tickets')
    .columns(['workspace_id', 'team_id', 'next_due_at'])
    .execute();
  await db.schema
    .createIndex('tickets_assignee_due_idx')
    .on('tickets')
    .columns(['workspace_id', 'assignee_id', 'next_due_at'])
    .execute();

  // Follow the sun: a policy may route its new tickets to the team at work now (`follow_sun`),
  // trying the teams listed (JSON ids, in order; empty: every team by position).
  await db.schema
    .alterTable('sla_policies')
    .addColumn('routing', 'text', (c) => c.notNull().defaultTo('none'))
    .execute();
  await db.schema
    .alterTable('sla_policies')
    .addColumn('routing_team_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sla_policies').dropColumn('routing_team_ids').execute();
  await db.schema.alterTable('sla_policies').dropColumn('routing').execute();
  await db.schema.dropIndex('tickets_assignee_due_idx').execute();
  await db.schema.dropIndex('tickets_team_due_idx').execute();
  await db.schema.alterTable('tickets').dropColumn('team_id').execute();
  await db.schema.dropTable('support_team_members').execute();
  await db.schema.dropTable('support_teams').execute();
}
