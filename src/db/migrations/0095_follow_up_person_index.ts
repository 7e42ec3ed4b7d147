import { sql, type Kysely } from 'kysely';

// Issue #13: every follow-up had an entry in `follow_ups_assignee_person_idx`, though only those
// handed to an office person (issue #22) have a person, and no query looks follow-ups up by it.
// A replan that moves every cadence writes a new version of each plan and an entry in every index
// it is in; holding only rows with a person, the index takes no part in that.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('follow_ups_assignee_person_idx').execute();
  await db.schema
    .createIndex('follow_ups_assignee_person_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_person_id'])
    .where(sql<boolean>`assignee_person_id is not null`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('follow_ups_assignee_person_idx').execute();
  await db.schema
    .createIndex('follow_ups_assignee_person_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_person_id'])
    .execute();
}
