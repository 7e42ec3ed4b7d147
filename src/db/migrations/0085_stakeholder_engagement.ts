import type { Kysely } from 'kysely';

// Issue 19: a stakeholder's interactions (meetings, calls, letters…) on a timeline, and the
// engagement plan: follow-ups due in the stakeholder's own calendar, open or done. Keys lead
// with workspace_id (Citus); both go with their stakeholder.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stakeholder_interactions')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('stakeholder_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('occurred_on', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('people', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stakeholder_interactions_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'stakeholder_interactions_stakeholder_fk',
      ['workspace_id', 'stakeholder_id'],
      'stakeholders',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('stakeholder_interactions_stakeholder_idx')
    .on('stakeholder_interactions')
    .columns(['workspace_id', 'stakeholder_id', 'occurred_on'])
    .execute();
  await db.schema
    .createTable('stakeholder_plans')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('stakeholder_id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('requested_date', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stakeholder_plans_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'stakeholder_plans_stakeholder_fk',
      ['workspace_id', 'stakeholder_id'],
      'stakeholders',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('stakeholder_plans_stakeholder_idx')
    .on('stakeholder_plans')
    .columns(['workspace_id', 'stakeholder_id', 'due_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stakeholder_plans').execute();
  await db.schema.dropTable('stakeholder_interactions').execute();
}
