import type { Kysely } from 'kysely';

// Bounces (RFC 3464 delivery reports read by the mail sync):
// - per campaign recipient, the reported status code (5.1.1, 4.2.2), when, and how many times a
//   soft bounce was sent again (a constant default: no table rewrite on either database);
// - per workspace, the addresses a server refused for good. Keyed by the address, not the
//   contact: the address is what was refused, and a contact keeps their other addresses.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('campaign_recipients').addColumn('bounce_status', 'text').execute();
  await db.schema.alterTable('campaign_recipients').addColumn('bounced_at', 'text').execute();
  await db.schema
    .alterTable('campaign_recipients')
    .addColumn('retries', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('bounced_addresses')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('address', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('diagnostic', 'text')
    .addColumn('campaign_id', 'text')
    .addColumn('contact_id', 'text')
    .addColumn('bounced_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('bounced_addresses_pk', ['workspace_id', 'address'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('bounced_addresses').execute();
  await db.schema.alterTable('campaign_recipients').dropColumn('retries').execute();
  await db.schema.alterTable('campaign_recipients').dropColumn('bounced_at').execute();
  await db.schema.alterTable('campaign_recipients').dropColumn('bounce_status').execute();
}
