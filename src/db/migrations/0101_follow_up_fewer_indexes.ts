import { sql, type Kysely } from 'kysely';

// Issue #13: a replan that moves every cadence writes a new version of each open plan, and
// PostgreSQL then adds an entry to every index of `follow_ups` (the due date changes, so no update
// is HOT). Two of the six indexes a plan was in are served as well by others:
// - `follow_ups_assignee_idx` (workspace, assignee, status): the inbox reads a person's open
//   follow-ups through `follow_ups_open_assignee_due_idx`, and no read asks for closed ones by
//   assignee (users are never deleted, so its foreign key needs no index either);
// - `follow_ups_open_cadence_idx` (workspace, customer, due date; open cadence plans only): the
//   customer index, widened to (workspace, customer, kind, status, due date), finds a customer's
//   open cadence plan and its earliest due date in the same index range.
// A moved plan now writes four index entries instead of six.
const OPEN = sql<boolean>`status in ('open', 'snoozed')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('follow_ups_assignee_idx').execute();
  await db.schema.dropIndex('follow_ups_open_cadence_idx').execute();
  await db.schema.dropIndex('follow_ups_customer_idx').execute();
  await db.schema
    .createIndex('follow_ups_customer_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'customer_id', 'kind', 'status', 'due_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('follow_ups_customer_idx').execute();
  await db.schema
    .createIndex('follow_ups_customer_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'customer_id', 'status'])
    .execute();
  await db.schema
    .createIndex('follow_ups_open_cadence_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'customer_id', 'due_date'])
    .where(sql<boolean>`kind = 'cadence' and ${OPEN}`)
    .execute();
  await db.schema
    .createIndex('follow_ups_assignee_idx')
    .on('follow_ups')
    .columns(['workspace_id', 'assignee_id', 'status'])
    .execute();
}
