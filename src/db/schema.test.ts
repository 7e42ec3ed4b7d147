import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../test/support/databases.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';
import { openDatabase } from './database.ts';
import { migrateTo, migrateToLatest, pendingMigrations } from './migrate.ts';

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

describe('0011 customer value', () => {
  it('fills each customer’s last order date from the orders already there', async () => {
    const database = openDatabase(':memory:');
    const db = database.db;
    await migrateTo(db, '0010_orders_and_value');
    const ws = await workspacesRepository.create(db, 'Before 0011');
    const user = await insertUser(db, ws.id, null, {
      email: 'owner@before.test',
      name: 'Owner',
      role: 'admin',
      password: 'before-0011-password',
    });
    const at = new Date().toISOString();
    const base = {
      workspace_id: ws.id,
      owner_id: user.id,
      created_at: at,
      updated_at: at,
      languages: '[]',
      custom_fields: '{}',
    };
    for (const id of ['buyer', 'quiet'])
      await db
        .insertInto('customers')
        .values({ ...base, id, name: id, country: 'DE', stage: 'customer' })
        .execute();
    const order = (id: string, date: string, status: 'paid' | 'cancelled') => ({
      workspace_id: ws.id,
      id,
      customer_id: 'buyer',
      number: id,
      order_date: date,
      amount_minor: 100,
      currency: 'EUR',
      status,
      paid_date: null,
      created_at: at,
    });
    await db
      .insertInto('orders')
      .values([order('o1', '2026-03-01', 'paid'), order('o2', '2026-09-01', 'cancelled')])
      .execute();

    await migrateToLatest(db);
    const rows = await db
      .selectFrom('customers')
      .select(['id', 'last_order_date', 'revenue_minor'])
      .orderBy('id')
      .execute();
    expect(rows).toEqual([
      { id: 'buyer', last_order_date: '2026-03-01', revenue_minor: null },
      { id: 'quiet', last_order_date: null, revenue_minor: null },
    ]);
    await database.destroy();
  });
});
