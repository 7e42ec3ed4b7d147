import { sql, type Kysely } from 'kysely';
import { isPostgres } from '../dialect.ts';

// Scheduling a campaign writes its recipients with INSERT … SELECT (a million rows in seconds),
// so each row must cost only its own bytes and the two indexes the sender reads:
// - Unsubscribe links verify themselves: the token carries the campaign and contact ids under an
//   HMAC (LinkSigner.sealed), checked on use. No hash column, no random-key unique index. Links in
//   mail sent before this migration (`<workspace>.<hmac>`) no longer open (404).
// - No foreign key to `campaigns`: PostgreSQL checks one per row with a trigger (40 % of the
//   insert's time). Recipients are only written by the scheduler, for the campaign it holds in the
//   same transaction, and campaigns are never deleted (a cancelled one keeps its results).
// SQLite cannot drop a constraint: the table is rebuilt there (same rows, same key and index).
const COLUMNS = [
  'workspace_id',
  'campaign_id',
  'contact_id',
  'customer_id',
  'country',
  'address',
  'language',
  'send_at',
  'status',
  'sent_at',
  'error',
  'unsubscribed_at',
];

export async function up(db: Kysely<unknown>): Promise<void> {
  if (isPostgres(db)) {
    await db.schema.dropIndex('campaign_recipients_token_idx').execute();
    await db.schema.alterTable('campaign_recipients').dropColumn('token_hash').execute();
    await db.schema
      .alterTable('campaign_recipients')
      .dropConstraint('campaign_recipients_campaign_fk')
      .execute();
    return;
  }
  await db.schema
    .createTable('campaign_recipients_0052')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('campaign_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('address', 'text')
    .addColumn('language', 'text')
    .addColumn('send_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .addColumn('error', 'text')
    .addColumn('unsubscribed_at', 'text')
    .addPrimaryKeyConstraint('campaign_recipients_pk', [
      'workspace_id',
      'campaign_id',
      'contact_id',
    ])
    .execute();
  const cols = sql.join(COLUMNS.map((c) => sql.ref(c)));
  await sql`insert into campaign_recipients_0052 (${cols}) select ${cols} from campaign_recipients`.execute(
    db,
  );
  await db.schema.dropTable('campaign_recipients').execute();
  await db.schema.alterTable('campaign_recipients_0052').renameTo('campaign_recipients').execute();
  await dueIndex(db);
}

// The sender's next batch: queued rows whose instant has come, soonest first (as in 0051).
const dueIndex = (db: Kysely<unknown>) =>
  db.schema
    .createIndex('campaign_recipients_due_idx')
    .on('campaign_recipients')
    .columns(['workspace_id', 'campaign_id', 'status', 'send_at'])
    .execute();

export async function down(db: Kysely<unknown>): Promise<void> {
  // The hashes cannot be written back: old rows keep none (NULLs never collide in the index).
  if (isPostgres(db)) {
    await db.schema
      .alterTable('campaign_recipients')
      .addForeignKeyConstraint(
        'campaign_recipients_campaign_fk',
        ['workspace_id', 'campaign_id'],
        'campaigns',
        ['workspace_id', 'id'],
        (fk) => fk.onDelete('cascade'),
      )
      .execute();
    await db.schema.alterTable('campaign_recipients').addColumn('token_hash', 'text').execute();
  } else {
    await db.schema
      .alterTable('campaign_recipients')
      .renameTo('campaign_recipients_0052')
      .execute();
    await db.schema.dropIndex('campaign_recipients_due_idx').execute();
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
      .addColumn('token_hash', 'text')
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
    const cols = sql.join(COLUMNS.map((c) => sql.ref(c)));
    await sql`insert into campaign_recipients (${cols}) select ${cols} from campaign_recipients_0052`.execute(
      db,
    );
    await db.schema.dropTable('campaign_recipients_0052').execute();
    await dueIndex(db);
  }
  await db.schema
    .createIndex('campaign_recipients_token_idx')
    .on('campaign_recipients')
    .columns(['workspace_id', 'token_hash'])
    .unique()
    .execute();
}
