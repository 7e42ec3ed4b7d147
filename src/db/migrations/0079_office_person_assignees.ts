import type { Kysely } from 'kysely';

// Issue #22: follow-ups and tickets can be done by a person of an office, who may be staff
// without a login. `assignee_person_id` names that office person (office_people.id); the user
// assignee stays the responsible user (whose inbox shows it). No foreign key: SQLite cannot add a
// composite one to an existing table; the services check the person on every write, and office
// people are never deleted.
export async function up(db: Kysely<unknown>): Promise<void> {
  for (const table of ['follow_ups', 'tickets']) {
    await db.schema.alterTable(table).addColumn('assignee_person_id', 'text').execute();
    // The hand-over flags and the web read "what is this person doing".
    await db.schema
      .createIndex(`${table}_assignee_person_idx`)
      .on(table)
      .columns(['workspace_id', 'assignee_person_id'])
      .execute();
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['follow_ups', 'tickets']) {
    await db.schema.dropIndex(`${table}_assignee_person_idx`).execute();
    await db.schema.alterTable(table).dropColumn('assignee_person_id').execute();
  }
}
