import type { Kysely } from 'kysely';

// Sign-in failures and lead-form submissions per client, kept in the database rather than in
// each process's memory: with two server processes behind a load balancer an in-memory count let
// an attacker try twice as often. Rows live one window (a minute, an hour) and are pruned as new
// ones arrive. No workspace_id: a sign-in is counted before anyone knows the workspace; on a
// distributed PostgreSQL the table stays on the coordinator (docs/scaling.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('rate_limit_hits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('scope', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_key_idx')
    .on('rate_limit_hits')
    .columns(['scope', 'key', 'at'])
    .execute();
  await db.schema
    .createIndex('rate_limit_hits_at_idx')
    .on('rate_limit_hits')
    .columns(['scope', 'at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('rate_limit_hits').execute();
}
