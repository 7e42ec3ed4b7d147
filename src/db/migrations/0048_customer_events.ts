import type { Kysely } from 'kysely';

// Customer events (trade-show booths, meetups, factory visits, webinars…) and the contacts invited
// to them, each answering through a tokenised RSVP link (only the token's hash is stored).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('customer_events')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('venue', 'text')
    .addColumn('venue_country', 'text')
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('online_url', 'text')
    .addColumn('starts_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('rsvp_deadline', 'text')
    .addColumn('capacity', 'integer')
    .addColumn('max_guests', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('currency', 'text', (c) => c.notNull())
    .addColumn('budget_minor', 'bigint')
    .addColumn('cost_minor', 'bigint')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('customer_events_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('customer_events_owner_fk', ['workspace_id', 'owner_id'], 'users', [
      'workspace_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('customer_events_start_idx')
    .on('customer_events')
    .columns(['workspace_id', 'starts_at'])
    .execute();

  await db.schema
    .createTable('event_invitations')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('guests', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('dietary', 'text')
    .addColumn('visa_letter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('responded_at', 'text')
    .addColumn('checked_in_at', 'text')
    .addColumn('invited_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('event_invitations_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'event_invitations_event_fk',
      ['workspace_id', 'event_id'],
      'customer_events',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'event_invitations_contact_fk',
      ['workspace_id', 'contact_id'],
      'contacts',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addUniqueConstraint('event_invitations_contact_uq', ['workspace_id', 'event_id', 'contact_id'])
    .execute();
  // The public link names its workspace, then the token: found by (workspace, the token's hash).
  await db.schema
    .createIndex('event_invitations_token_idx')
    .on('event_invitations')
    .columns(['workspace_id', 'token_hash'])
    .unique()
    .execute();
  await db.schema
    .createIndex('event_invitations_customer_idx')
    .on('event_invitations')
    .columns(['workspace_id', 'customer_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('event_invitations').execute();
  await db.schema.dropTable('customer_events').execute();
}
