import type { Kysely } from 'kysely';

// Overseas offices (issue 22), the people who work in them (users or staff without a login) and
// their leave. Keys lead with workspace_id (Citus). An office's people and leave go with it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('offices')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('region', 'text')
    .addColumn('city', 'text', (c) => c.notNull())
    .addColumn('time_zone', 'text', (c) => c.notNull())
    .addColumn('work_start', 'text', (c) => c.notNull())
    .addColumn('work_end', 'text', (c) => c.notNull())
    .addColumn('ramadan_hours_less', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('manager_id', 'text')
    // JSON arrays: country codes covered, and [{ date, name }] company closing days.
    .addColumn('markets', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('closing_days', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('offices_pk', ['workspace_id', 'id'])
    .execute();
  await db.schema
    .createTable('office_people')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text')
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('country_of_work', 'text', (c) => c.notNull())
    .addColumn('languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('office_people_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'office_people_office_fk',
      ['workspace_id', 'office_id'],
      'offices',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  await db.schema
    .createIndex('office_people_office_idx')
    .on('office_people')
    .columns(['workspace_id', 'office_id'])
    .execute();
  // "Which offices is this user in": the access rule for every office read.
  await db.schema
    .createIndex('office_people_user_idx')
    .on('office_people')
    .columns(['workspace_id', 'user_id'])
    .execute();
  await db.schema
    .createTable('office_leave')
    .addColumn('workspace_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('office_id', 'text', (c) => c.notNull())
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('from_date', 'text', (c) => c.notNull())
    .addColumn('to_date', 'text', (c) => c.notNull())
    .addColumn('reason', 'text')
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('requested_by', 'text', (c) => c.notNull())
    .addColumn('decided_by', 'text')
    .addColumn('decided_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('office_leave_pk', ['workspace_id', 'id'])
    .addForeignKeyConstraint(
      'office_leave_person_fk',
      ['workspace_id', 'person_id'],
      'office_people',
      ['workspace_id', 'id'],
      (fk) => fk.onDelete('cascade'),
    )
    .execute();
  // The planning view reads an office's leave over a window of dates.
  await db.schema
    .createIndex('office_leave_office_idx')
    .on('office_leave')
    .columns(['workspace_id', 'office_id', 'to_date'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('office_leave').execute();
  await db.schema.dropTable('office_people').execute();
  await db.schema.dropTable('offices').execute();
}
