import { sql, type Kysely } from 'kysely';

// Issue #19, the reputation page over a million mentions: mentions counted per country, period
// and sentiment, kept by the mentions repository in the transaction of every mention written,
// changed or deleted. Month rows also carry the source (the page's top sources); day rows count
// every source together (source '') for the alert's windows and the partial months at the edges
// of a period. Filled here from the mentions already stored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mention_counts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('grain', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('sentiment', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('mentions', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('mention_counts_pk', [
      'workspace_id',
      'country',
      'grain',
      'period',
      'sentiment',
      'source',
    ])
    .addForeignKeyConstraint('mention_counts_workspace_fk', ['workspace_id'], 'workspaces', ['id'])
    .execute();
  await sql`
    insert into mention_counts (workspace_id, country, grain, period, sentiment, source, mentions)
    select workspace_id, country, 'month', substr(published_on, 1, 7), sentiment, source, count(*)
    from mentions
    group by workspace_id, country, substr(published_on, 1, 7), sentiment, source`.execute(db);
  await sql`
    insert into mention_counts (workspace_id, country, grain, period, sentiment, source, mentions)
    select workspace_id, country, 'day', published_on, sentiment, '', count(*)
    from mentions
    group by workspace_id, country, published_on, sentiment`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('mention_counts').execute();
}
