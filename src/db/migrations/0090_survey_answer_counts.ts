import { sql, type Kysely } from 'kysely';

// Issue #16, the NPS summary over a million answers: answers counted per (kind, dimension, key,
// period, score), per UTC month and per UTC day, kept by the answers repository in the answer's
// transaction. An admin's summary reads whole months and the partial edge days instead of a pass
// over every answer; scoped (rep, manager) summaries stay on the owner index of survey_answers.
// Filled here from the answers already given.
const COUNT_DIMS = {
  country: 'country',
  tier: 'tier',
  owner: 'owner_id',
  product: 'product_id',
} as const;
const COUNT_GRAINS = { month: 7, day: 10 } as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_answer_counts')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('dim', 'text', (c) => c.notNull())
    .addColumn('grain', 'text', (c) => c.notNull())
    .addColumn('period', 'text', (c) => c.notNull())
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('answers', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_answer_counts_pk', [
      'workspace_id',
      'kind',
      'dim',
      'grain',
      'period',
      'key',
      'score',
    ])
    .execute();
  for (const [dim, column] of Object.entries(COUNT_DIMS))
    for (const [grain, length] of Object.entries(COUNT_GRAINS))
      await sql`
        insert into survey_answer_counts
          (workspace_id, kind, dim, grain, period, "key", score, answers)
        select workspace_id, kind, ${sql.lit(dim)}, ${sql.lit(grain)}, substr(answered_at, 1, ${sql.lit(length)}),
          ${sql.ref(column)}, score, count(*)
        from survey_answers
        group by workspace_id, kind, substr(answered_at, 1, ${sql.lit(length)}),
          ${sql.ref(column)}, score`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('survey_answer_counts').execute();
}
