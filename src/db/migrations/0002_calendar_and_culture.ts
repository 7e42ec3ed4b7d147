import type { Kysely } from 'kysely';

// Workspace knowledge per country: its own Hofstede scores and notes, business hours, and its
// own holidays and make-up working days (e.g. China's official yearly schedule).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('workspaces')
    .addColumn('home_work_start', 'text', (c) => c.notNull().defaultTo('09:00'))
    .execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('home_work_end', 'text', (c) => c.notNull().defaultTo('18:00'))
    .execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('closed_holiday_types', 'text', (c) => c.notNull().defaultTo('["public"]'))
    .execute();

  await db.schema
    .createTable('workspace_country_settings')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('pdi', 'integer')
    .addColumn('idv', 'integer')
    .addColumn('mas', 'integer')
    .addColumn('uai', 'integer')
    .addColumn('lto', 'integer')
    .addColumn('ivr', 'integer')
    .addColumn('notes', 'text')
    .addColumn('work_start', 'text')
    .addColumn('work_end', 'text')
    .addColumn('replaced_years', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_country_settings_pk', ['workspace_id', 'country'])
    .execute();

  await db.schema
    .createTable('workspace_calendar_days')
    .addColumn('workspace_id', 'text', (c) => c.notNull().references('workspaces.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('country', 'text', (c) => c.notNull())
    .addColumn('region', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text')
    .addColumn('source', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('workspace_calendar_days_pk', ['workspace_id', 'id'])
    .addUniqueConstraint('workspace_calendar_days_uq', [
      'workspace_id',
      'country',
      'region',
      'date',
    ])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('workspace_calendar_days').execute();
  await db.schema.dropTable('workspace_country_settings').execute();
  for (const c of ['closed_holiday_types', 'home_work_end', 'home_work_start'])
    await db.schema.alterTable('workspaces').dropColumn(c).execute();
}
