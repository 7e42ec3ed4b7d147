import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database, type DialectName } from '../../src/db/database.ts';
import { migrateTo, migrateToLatest } from '../../src/db/migrate.ts';

/** SQLite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function testDialects(): DialectName[] {
  return process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];
}

export interface TestDatabase extends Database {
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one test file: in-memory SQLite, or a new PostgreSQL database.
 * `upTo` stops at a named migration (tests of a migration over data the earlier schema held).
 */
export async function createTestDatabase(
  dialect: DialectName,
  upTo?: string,
): Promise<TestDatabase> {
  const migrate = (db: Database['db']) => (upTo ? migrateTo(db, upTo) : migrateToLatest(db));
  if (dialect === 'sqlite') {
    const database = openDatabase(':memory:');
    await migrate(database.db);
    return { ...database, drop: () => database.destroy() };
  }
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const name = `chuhai_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = openDatabase(url.toString());
  await migrate(database.db);
  return {
    ...database,
    drop: async () => {
      await database.destroy();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      // pool.end() resolves before the server has seen every connection go; forcing the drop
      // then would kill a closing connection mid-goodbye. Give them a moment first.
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query<{ n: number }>(
          'select count(*)::int as n from pg_stat_activity where datname = $1',
          [name],
        );
        if (!rows[0]?.n) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
