import type { Kysely } from 'kysely';

// Issue #17: invitations and reminders sent by mail, and loyalty points' expiry reminders.
// An invitation keeps which mailbox writes to its guest and where its two mails stand; the
// reminder's instant is kept so a job planned for an older instant (the event moved) sends nothing.
// One expiry reminder per lot: the key (workspace, customer, lot) makes a second one collide.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const [name, type] of [
    ['mailbox_id', 'text'],
    ['mail_status', 'text'],
    ['mail_sent_at', 'text'],
    ['mail_error', 'text'],
    ['reminder_due_at', 'text'],
    ['reminder_status', 'text'],
    ['reminder_sent_at', 'text'],
  ] as const)
    await db.schema.alterTable('event_invitations').addColumn(name, type).execute();

  await db.schema
    .createTable('loyalty_expiry_reminders')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('lot_seq', 'integer', (c) => c.notNull())
    .addColumn('expires_on', 'text', (c) => c.notNull())
    .addColumn('points', 'bigint', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    .addColumn('language', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('error', 'text')
    .addColumn('sent_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('loyalty_expiry_reminders_pk', [
      'workspace_id',
      'customer_id',
      'lot_seq',
    ])
    .addForeignKeyConstraint(
      'loyalty_expiry_reminders_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('loyalty_expiry_reminders').execute();
  for (const name of [
    'reminder_sent_at',
    'reminder_status',
    'reminder_due_at',
    'mail_error',
    'mail_sent_at',
    'mail_status',
    'mailbox_id',
  ])
    await db.schema.alterTable('event_invitations').dropColumn(name).execute();
}
