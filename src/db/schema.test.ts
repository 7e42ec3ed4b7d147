import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/support/databases.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';
import { openDatabase } from './database.ts';
import { migrateTo, migrateToLatest, pendingMigrations } from './migrate.ts';

// The keys of every business table (workspace_id in each, and its allow-list of platform tables)
// are held on the PostgreSQL catalogue by test/architecture/citus-contract.test.ts.

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
