import type { Kysely } from 'kysely';

// Passport data for visa invitation letters, one row per invitation. Personal data kept only as
// long as the letter is useful: the visa-letters retention job deletes it N days after the event
// ends (docs/events.md). The row goes with its invitation (and so with its event).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('visa_passports')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('invitation_id', 'text', (c) => c.notNull())
    .addColumn('event_id', 'text', (c) => c.notNull())
    .addColumn('full_name', 'text', (c) => c.notNull())
    .addColumn('nationality', 'text', (c) => c.notNull())
    .addColumn('passport_number', 'text', (c) => c.notNull())
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('issue_date', 'text', (c) => c.notNull())
    .addColumn('expiry_date', 'text', (c) => c.notNull())
    .addColumn('gender', 'text')
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('visa_passports_pk', ['workspace_id', 'invitation_id'])
    .addForeignKeyConstraint(
      'visa_passports_invitation_fk',
      ['workspace_id', 'invitation_id'],
      'event_invitations',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .addForeignKeyConstraint(
      'visa_passports_event_fk',
      ['workspace_id', 'event_id'],
      'customer_events',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // The retention job finds a workspace's rows by event.
  await db.schema
    .createIndex('visa_passports_event_idx')
    .on('visa_passports')
    .columns(['workspace_id', 'event_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('visa_passports').execute();
}
