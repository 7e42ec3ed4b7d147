import type { Kysely } from 'kysely';

// CSAT and NPS (issue #16): NPS rounds sent to a segment's primary contacts, the surveys (one
// tokenised link each: a solved ticket's CSAT or a round's NPS, with the planned send instant on
// the customer's clock) and their answers. An answer keeps the customer's country, tier and owner
// as they were when it was given, so the summary per market reads one covering index instead of
// visiting a million answers' customers. Keys lead with workspace_id; all cascade with the customer.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('survey_rounds')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('segment_id', 'text', (c) => c.notNull())
    .addColumn('segment_name', 'text', (c) => c.notNull())
    .addColumn('send_time', 'text', (c) => c.notNull())
    .addColumn('planned', 'integer', (c) => c.notNull())
    .addColumn('skipped', 'integer', (c) => c.notNull())
    .addColumn('created_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('survey_rounds_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'survey_rounds_workspace_fk',
      ['workspace_id'],
      'workspaces',
      ['id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();

  await db.schema
    .createTable('surveys')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('round_id', 'text')
    .addColumn('ticket_id', 'text')
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('contact_id', 'text')
    // sha256 of the link's token; the token itself is never stored
    .addColumn('token_hash', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // what the contact sees of the ticket (its subject), or null for NPS
    .addColumn('subject', 'text')
    .addColumn('planned_at', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('surveys_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('surveys_token_uq', ['workspace_id', 'token_hash'])
    .addForeignKeyConstraint(
      'surveys_customer_fk',
      ['workspace_id', 'customer_id'],
      'customers',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('surveys_ticket_idx')
    .on('surveys')
    .columns(['workspace_id', 'ticket_id'])
    .execute();
  await db.schema
    .createIndex('surveys_round_idx')
    .on('surveys')
    .columns(['workspace_id', 'round_id', 'planned_at'])
    .execute();
  await db.schema
    .createIndex('surveys_customer_idx')
    .on('surveys')
    .columns(['workspace_id', 'customer_id'])
    .execute();

  await db.schema
    .createTable('survey_answers')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('survey_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('customer_id', 'text', (c) => c.notNull())
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('tier', 'text', (c) => c.notNull())
    .addColumn('score', 'integer', (c) => c.notNull())
    .addColumn('comment', 'text')
    // the language the comment was written in, shown beside it (never translated)
    .addColumn('language', 'text', (c) => c.notNull())
    // UTC month of answered_at, for the summary by month
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text', (c) => c.notNull())
    .addColumn('first_answered_at', 'text', (c) => c.notNull())
    .addColumn('follow_up_id', 'text')
    .addPrimaryKeyConstraint('survey_answers_pk', ['workspace_id', 'survey_id'])
    .addForeignKeyConstraint(
      'survey_answers_survey_fk',
      ['workspace_id', 'survey_id'],
      'surveys',
      ['workspace_id', 'id'],
      (f) => f.onDelete('cascade'),
    )
    .execute();
  // The summary per group counts answers per (group, score) in index order: each index holds
  // every column the count reads, so a million answers are one pass of one index, no table reads.
  for (const group of ['country', 'tier', 'owner_id', 'month'])
    await db.schema
      .createIndex(`survey_answers_${group}_idx`)
      .on('survey_answers')
      .columns(['workspace_id', 'kind', group, 'score', 'answered_at'])
      .execute();
  // A rep's or manager's summary: their owners' answers first.
  await db.schema
    .createIndex('survey_answers_scope_idx')
    .on('survey_answers')
    .columns([
      'workspace_id',
      'owner_id',
      'kind',
      'answered_at',
      'country',
      'tier',
      'month',
      'score',
    ])
    .execute();
  await db.schema
    .createIndex('survey_answers_customer_idx')
    .on('survey_answers')
    .columns(['workspace_id', 'customer_id', 'answered_at'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('survey_answers').execute();
  await db.schema.dropTable('surveys').execute();
  await db.schema.dropTable('survey_rounds').execute();
}
