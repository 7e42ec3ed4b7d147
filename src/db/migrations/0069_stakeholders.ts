import type { Kysely } from 'kysely';

// Issue 19: stakeholders per market, the customers each is linked to, and every change of
// stance (the map shows where a relationship is heading). Keys lead with workspace_id (Citus).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('stakeholders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('native_name', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('influence', 'integer', (c) => c.notNull())
    .addColumn('stance', 'integer', (c) => c.notNull())
    .addColumn('interests', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('concerns', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stakeholders_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('stakeholders_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  await db.schema
    .createIndex('stakeholders_country_idx')
    .on('stakeholders')
    .columns(['workspace_id', 'country', 'name'])
    .execute();
  await db.schema
    .createTable('stakeholder_customers')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('stakeholder_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stakeholder_customers_pk', [
      'workspace_id',
      'stakeholder_id',
      'customer_id',
    ])
    .addForeignKeyConstraint(
      'stakeholder_customers_stakeholder_fk',
      ['workspace_id', 'stakeholder_id'],
      'stakeholders',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'stakeholder_customers_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('stakeholder_customers_customer_idx')
    .on('stakeholder_customers')
    .columns(['workspace_id', 'customer_id'])
    .execute();
  await db.schema
    .createTable('stakeholder_stances')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('stakeholder_id', 'text', (c) => c.notNull())
    .addColumn('seq', 'integer', (c) => c.notNull())
    .addColumn('stance', 'integer', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('actor_id', 'text')
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('stakeholder_stances_pk', ['workspace_id', 'stakeholder_id', 'seq'])
    .addForeignKeyConstraint(
      'stakeholder_stances_stakeholder_fk',
      ['workspace_id', 'stakeholder_id'],
      'stakeholders',
      ['workspace_id', 'id'],
      (c) => c.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('stakeholder_stances').execute();
  await db.schema.dropTable('stakeholder_customers').execute();
  await db.schema.dropTable('stakeholders').execute();
}
