import type { Kysely } from 'kysely';

// Issue 19 (ESG): customers' sustainability requirements, the certificates the company holds
// and the commitments it made. Keys lead with workspace_id (Citus).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('sustainability_requirements')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('cbam_goods', 'text')
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('requested_on', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('evidence', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sustainability_requirements_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'sustainability_requirements_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('sustainability_requirements_customer_idx')
    .on('sustainability_requirements')
    .columns(['workspace_id', 'customer_id'])
    .execute();
  await db.schema
    .createTable('certificates')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('standard', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('issuer', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('number', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('issued_on', 'text', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('reminder_business_days', 'integer', (c) => c.notNull())
    .addColumn('document_url', 'text')
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('certificates_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('certificates_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  await db.schema
    .createTable('sustainability_commitments')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('customer_id', 'text')
    // no foreign key: a stakeholder may be deleted; the commitment then names none
    .addColumn('stakeholder_id', 'text')
    .addColumn('made_on', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('sustainability_commitments_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'sustainability_commitments_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('sustainability_commitments').execute();
  await db.schema.dropTable('certificates').execute();
  await db.schema.dropTable('sustainability_requirements').execute();
}
