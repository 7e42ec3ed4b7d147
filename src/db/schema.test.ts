import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { migrateToLatest, pendingMigrations } from './migrate.ts';

// Business tables must be co-locatable per workspace on a distributed PostgreSQL (Citus):
// every primary key, unique constraint and foreign key between them leads with workspace_id.
describe.skipIf(!process.env.TEST_DATABASE_URL)('schema on PostgreSQL', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('postgres');
  });
  afterAll(() => database.drop());

  it('every key of a business table includes workspace_id', async () => {
    const { rows } = await sql<{
      table_name: string;
      constraint_name: string;
      constraint_type: string;
      columns: string[];
    }>`
      select tc.table_name, tc.constraint_name, tc.constraint_type,
             array_agg(kcu.column_name::text order by kcu.ordinal_position) as columns
      from information_schema.table_constraints tc
      join information_schema.key_column_usage kcu
        on kcu.constraint_name = tc.constraint_name and kcu.table_schema = tc.table_schema
      where tc.table_schema = 'public'
        and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')
        and tc.table_name not in ('workspaces', 'kysely_migration', 'kysely_migration_lock')
      group by tc.table_name, tc.constraint_name, tc.constraint_type`.execute(database.db);
    expect(rows.length).toBeGreaterThan(15);
    const offenders = rows
      .filter((r) => !r.columns.includes('workspace_id'))
      .map((r) => `${r.table_name}.${r.constraint_name}`);
    expect(offenders).toEqual([]);
  });
});

describe('migrations', () => {
  it('apply from scratch on SQLite, leave nothing pending and are idempotent', async () => {
    const database = await createTestDatabase('sqlite');
    expect(await pendingMigrations(database.db)).toEqual([]);
    const again = await migrateToLatest(database.db);
    expect(again.results).toEqual([]);
    await database.drop();
  });
});
