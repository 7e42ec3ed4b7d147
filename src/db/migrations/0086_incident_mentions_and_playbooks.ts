import type { Kysely } from 'kysely';

// Issue 19: mentions linked to a crisis incident as records (a mention may belong to several
// incidents), and the workspace's own playbook (checklist) per incident kind. Keys lead with
// workspace_id (Citus); a link goes with its mention or incident.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mention_incidents')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('mention_id', 'text', (c) => c.notNull())
    .addColumn('incident_id', 'text', (c) => c.notNull())
    .addColumn('linked_by', 'text')
    .addColumn('linked_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_incidents_pk', ['workspace_id', 'mention_id', 'incident_id'])
    .addForeignKeyConstraint(
      'mention_incidents_mention_fk',
      ['workspace_id', 'mention_id'],
      'mentions',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'mention_incidents_incident_fk',
      ['workspace_id', 'incident_id'],
      'incidents',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('mention_incidents_incident_idx')
    .on('mention_incidents')
    .columns(['workspace_id', 'incident_id'])
    .execute();
  await db.schema
    .createTable('incident_playbooks')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('steps', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('incident_playbooks_pk', ['workspace_id', 'kind'])
    .addForeignKeyConstraint('incident_playbooks_workspace_fk', ['workspace_id'], 'workspaces', [
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('incident_playbooks').execute();
  await db.schema.dropTable('mention_incidents').execute();
}
