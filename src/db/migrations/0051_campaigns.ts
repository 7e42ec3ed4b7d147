import type { Kysely } from 'kysely';

// Campaigns to segments: the campaign, one row per recipient (written in batches when it is
// scheduled, so a million recipients is a million rows and no per-row round trip), the
// workspace's approval threshold, and the contact-level unsubscribe flag every campaign obeys.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('contacts').addColumn('unsubscribed_at', 'text').execute();

  await db.schema
    .createTable('campaigns')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('segment_id', 'text', (c) => c.notNull())
    .addColumn('template_id', 'text', (c) => c.notNull())
    .addColumn('mailbox_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('weekday', 'integer')
    .addColumn('send_time', 'text')
    .addColumn('per_minute', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('recipients', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('approved_by', 'text')
    .addColumn('approved_at', 'text')
    .addColumn('scheduled_at', 'text')
    .addColumn('finished_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('campaigns_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('campaigns_owner_fk', ['workspace_id', 'owner_id'], 'users', [
      'workspace_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('campaigns_status_idx')
    .on('campaigns')
    .columns(['workspace_id', 'status'])
    .execute();

  await db.schema
    .createTable('campaign_recipients')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('language', 'text')
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    .addColumn('unsubscribed_at', 'text')
    .addPrimaryKeyConstraint('campaign_recipients_pk', [
      'workspace_id',
      'campaign_id',
      'contact_id',
    ])
    .addForeignKeyConstraint(
      'campaign_recipients_campaign_fk',
      ['workspace_id', 'campaign_id'],
      'campaigns',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // The sender's next batch: queued rows whose instant has come, soonest first.
  await db.schema
    .createIndex('campaign_recipients_due_idx')
    .on('campaign_recipients')
    .columns(['workspace_id', 'campaign_id', 'status', 'send_at'])
    .execute();
  // The unsubscribe link names its workspace, then the token: found by (workspace, hash).
  await db.schema
    .createIndex('campaign_recipients_token_idx')
    .on('campaign_recipients')
    .columns(['workspace_id', 'token_hash'])
    .unique()
    .execute();

  await db.schema
    .createTable('campaign_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().primaryKey())
    .addColumn('approval_threshold', 'integer', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('campaign_settings').execute();
  await db.schema.dropTable('campaign_recipients').execute();
  await db.schema.dropTable('campaigns').execute();
  await db.schema.alterTable('contacts').dropColumn('unsubscribed_at').execute();
}
