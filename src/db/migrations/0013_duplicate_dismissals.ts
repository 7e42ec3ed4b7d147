import type { Kysely } from 'kysely';

// "Not a duplicate" decisions on a pair of customers, with a digest of both records' match keys
// when it was decided: the pair stays hidden while the digest holds, and is asked about again
// once either record gains, loses or changes a key. `customer_a` sorts before `customer_b`.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('duplicate_dismissals')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_a', 'text', (c) => c.notNull())
    .addColumn('customer_b', 'text', (c) => c.notNull())
    .addColumn('fingerprint', 'text', (c) => c.notNull())
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('duplicate_dismissals_pk', [
      'workspace_id',
      'customer_a',
      'customer_b',
    ])
    .addForeignKeyConstraint(
      'duplicate_dismissals_a_fk',
      ['workspace_id', 'customer_a'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'duplicate_dismissals_b_fk',
      ['workspace_id', 'customer_b'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('duplicate_dismissals').execute();
}
