import type { Kysely } from 'kysely';

// Issue 19: mentions of the company in each market (entered by hand or read from RSS/Atom feeds),
// with the suggested sentiment and a person's value both kept; the feeds configured per market
// and the names (company, brands, in several scripts) items are matched on. Keys lead with
// workspace_id (Citus).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mention_feeds')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('language', 'text')
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('allow_private_network', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_fetched_at', 'text')
    .addColumn('last_error', 'text')
    .addColumn('last_items', 'integer')
    .addColumn('last_matched', 'integer')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_feeds_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('mention_feeds_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  await db.schema
    .createTable('mentions')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('url', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('published_on', 'text', (c) => c.notNull())
    .addColumn('reach', 'integer')
    // the value that counts: the person's where one was given, else the suggestion
    .addColumn('sentiment', 'text', (c) => c.notNull())
    .addColumn('suggested_sentiment', 'text')
    .addColumn('suggested_score', 'integer')
    .addColumn('person_sentiment', 'text')
    .addColumn('person_sentiment_by', 'text')
    .addColumn('topics', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('matched_names', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('feed_id', 'text')
    .addColumn('item_key', 'text')
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mentions_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint('mentions_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  // The reputation page: per country over time by sentiment, read from the index alone.
  await db.schema
    .createIndex('mentions_country_day_idx')
    .on('mentions')
    .columns(['workspace_id', 'country', 'published_on', 'sentiment', 'source'])
    .execute();
  // A feed item is stored once however often the feed is read (NULLs, hand entries, differ).
  await db.schema
    .createIndex('mentions_item_key_uq')
    .on('mentions')
    .columns(['workspace_id', 'item_key'])
    .unique()
    .execute();
  for (const [table, column, target] of [
    ['mention_stakeholders', 'stakeholder_id', 'stakeholders'],
    ['mention_customers', 'customer_id', 'customers'],
  ] as const) {
    await db.schema
      .createTable(table)
      .addColumn('workspace_id', 'text', (c) => c.notNull())
      .addColumn('mention_id', 'text', (c) => c.notNull())
      .addColumn(column, 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint(`${table}_pk`, ['workspace_id', 'mention_id', column])
      .addForeignKeyConstraint(
        `${table}_mention_fk`,
        ['workspace_id', 'mention_id'],
        'mentions',
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        `${table}_target_fk`,
        ['workspace_id', column],
        target,
        ['workspace_id', 'id'],
        (c) => c.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex(`${table}_target_idx`)
      .on(table)
      .columns(['workspace_id', column])
      .execute();
  }
  await db.schema
    .createTable('mention_watch_names')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_watch_names_pk', ['workspace_id', 'name'])
    .addForeignKeyConstraint('mention_watch_names_workspace_fk', ['workspace_id'], 'workspaces', [
      'id',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mention_watch_names').execute();
  await db.schema.dropTable('mention_customers').execute();
  await db.schema.dropTable('mention_stakeholders').execute();
  await db.schema.dropTable('mentions').execute();
  await db.schema.dropTable('mention_feeds').execute();
}
