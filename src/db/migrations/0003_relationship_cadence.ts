import { sql, type Kysely } from 'kysely';

// Activities, follow-ups and cadence policies; customers keep their last touches and health
// score denormalised so lists can filter and sort by them without aggregating activities.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('activities')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('channel', 'text')
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('occurred_at', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('outcome', 'text')
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('activities_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'activities_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'activities_contact_fk',
      ['workspace_id', 'contact_id'],
      'contacts',
      ['workspace_id', 'id'],
      (f) => f.onDelete('set null'),
    )
    .execute();
  await db.schema
    .createIndex('activities_customer_idx')
    .on('activities')
    .columns(['workspace_id', 'customer_id', 'occurred_at'])
    .execute();
  await db.schema
    .createIndex('activities_contact_idx')
    .on('activities')
    .columns(['workspace_id', 'contact_id'])
    .execute();

  await db.schema
    .createTable('follow_ups')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('due_date', 'text', (c) => c.notNull())
    .addColumn('due_time', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('done_at', 'text')
    .addPrimaryKeyConstraint('follow_ups_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'follow_ups_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .addForeignKeyConstraint('follow_ups_assignee_fk', ['workspace_id', 'assignee_id'], 'users', [
      'workspace_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('follow_ups_assignee_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_id', 'status', 'due_date'])
    .execute();
  await db.schema
    .createIndex('follow_ups_customer_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'customer_id', 'status'])
    .execute();

  await db.schema
    .createTable('cadence_policies')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('stage', 'text')
    .addColumn('tier', 'text')
    .addColumn('days', 'integer', (c) => c.notNull())
    .addColumn('avoid_slow_seasons', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('cadence_policies_pk', ['workspace_id', 'id'])
    .execute();

  for (const [name, type] of [
    ['last_touch_at', 'text'],
    ['last_outbound_at', 'text'],
    ['health_score', 'integer'],
  ] as const) {
    await db.schema.alterTable('customers').addColumn(name, type).execute();
  }
  await db.schema
    .createIndex('customers_health_idx')
    .on('customers')
    .columns(['workspace_id', 'health_score', 'id'])
    .where(sql.ref('deleted_at'), 'is', null)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('customers_health_idx').execute();
  for (const c of ['health_score', 'last_outbound_at', 'last_touch_at'])
    await db.schema.alterTable('customers').dropColumn(c).execute();
  for (const t of ['cadence_policies', 'follow_ups', 'activities'])
    await db.schema.dropTable(t).execute();
}
