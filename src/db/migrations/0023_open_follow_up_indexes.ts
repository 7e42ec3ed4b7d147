import { sql, type Kysely } from 'kysely';

// The inbox reads open follow-ups oldest first (at most 2,000: everyone's for an admin, one
// person's or a team's otherwise) and, for each candidate customer, the date of their open cadence
// plan. Without these the first sorted every open follow-up of the workspace (20,000 in the load
// bench) on each request, and the second read every follow-up row of each customer to check its
// kind. Ties on a date are taken in id order, so which of them make the 2,000 is no longer
// whatever order the sort happened to leave. Partial indexes hold only the open rows; queries name the
// same conditions as literals (a bound parameter cannot prove a partial index applies on SQLite).
const OPEN = sql<boolean>`status in ('open', 'snoozed')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('follow_ups_open_due_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'due_date', 'id'])
    .where(OPEN)
    .execute();
  await db.schema
    .createIndex('follow_ups_open_assignee_due_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_id', 'due_date', 'id'])
    .where(OPEN)
    .execute();
  await db.schema
    .createIndex('follow_ups_open_cadence_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'customer_id', 'due_date'])
    .where(sql<boolean>`kind = 'cadence' and ${OPEN}`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('follow_ups_open_cadence_idx').execute();
  await db.schema.dropIndex('follow_ups_open_assignee_due_idx').execute();
  await db.schema.dropIndex('follow_ups_open_due_idx').execute();
}
