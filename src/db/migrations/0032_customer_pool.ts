import type { Kysely } from 'kysely';

// The shared customer pool (公海): the workspace's rule, the customers now in the pool (they are
// owned by the workspace's hidden pool holder, see src/domain/pool/pool-settings.ts), every claim
// and assignment out of it (the claim limit and a claimed customer's fresh start read them), and
// the warning each owner was given before a release. Every key leads with workspace_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('pool_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('stages', 'text', (c) => c.notNull())
    .addColumn('idle_days', 'integer', (c) => c.notNull())
    .addColumn('warning_days', 'integer', (c) => c.notNull())
    .addColumn('claim_limit', 'integer')
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('pool_entries')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('pooled_at', 'text', (c) => c.notNull())
    .addColumn('from_owner_id', 'text')
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('released_by', 'text')
    .addPrimaryKeyConstraint('pool_entries_pk', ['workspace_id', 'customer_id'])
    .addForeignKeyConstraint(
      'pool_entries_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // The pool list, longest in the pool last.
  await db.schema
    .createIndex('pool_entries_pooled_idx')
    .on('pool_entries')
    .columns(['workspace_id', 'pooled_at', 'customer_id'])
    .execute();

  await db.schema
    .createTable('pool_claims')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pool_claims_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'pool_claims_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // A rep's claims in the window (the limit); a customer's last claim (its fresh start).
  await db.schema
    .createIndex('pool_claims_user_idx')
    .on('pool_claims')
    .columns(['workspace_id', 'user_id', 'at'])
    .execute();
  await db.schema
    .createIndex('pool_claims_customer_idx')
    .on('pool_claims')
    .columns(['workspace_id', 'customer_id', 'at'])
    .execute();

  await db.schema
    .createTable('pool_warnings')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('basis_date', 'text', (c) => c.notNull())
    .addColumn('keep_until', 'text', (c) => c.notNull())
    .addColumn('follow_up_id', 'text')
    .addColumn('warned_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('pool_warnings_pk', ['workspace_id', 'customer_id'])
    .addForeignKeyConstraint(
      'pool_warnings_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('pool_warnings').execute();
  await db.schema.dropTable('pool_claims').execute();
  await db.schema.dropTable('pool_entries').execute();
  await db.schema.dropTable('pool_settings').execute();
}
