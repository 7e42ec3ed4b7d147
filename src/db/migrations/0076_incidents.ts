import type { Kysely } from 'kysely';

// Issue 19: crisis incidents per market, their timeline of actions and their holding statements
// per language (each approved by someone other than its author). Keys lead with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('incidents')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('countries', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'text', (c) => c.notNull())
    .addColumn('first_response_at', 'text')
    .addColumn('activated_at', 'text')
    .addColumn('checklist', 'text', (c) => c.notNull())
    .addColumn('stakeholder_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incidents_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('incidents_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  await db.schema
    .createIndex('incidents_status_idx')
    .on('incidents')
    .columns(['workspace_id', 'status', 'first_seen_at'])
    .execute();
  await db.schema
    .createTable('incident_actions')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_actions_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'incident_actions_incident_fk',
      ['workspace_id', 'incident_id'],
      'incidents',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('incident_actions_incident_idx')
    .on('incident_actions')
    .columns(['workspace_id', 'incident_id', 'at'])
    .execute();
  await db.schema
    .createTable('incident_statements')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_statements_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('incident_statements_language_uq', [
      'workspace_id',
      'incident_id',
      'language',
    ])
    .addForeignKeyConstraint(
      'incident_statements_incident_fk',
      ['workspace_id', 'incident_id'],
      'incidents',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('incident_statements').execute();
  await db.schema.dropTable('incident_actions').execute();
  await db.schema.dropTable('incidents').execute();
}
