import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, ping, type Database, type DialectName } from '../../src/db/database.ts';
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
  // A fully migrated database is copied from a template migrated once per schema version (about
  // 0.1 s instead of 1 s per file); a partial migration (`upTo`) runs its migrations itself.
  const template = upTo ? null : await migratedTemplate(base);
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}${template ? ` template ${template}` : ''}`);
  await admin.end();
  const database = openDatabase(withDatabase(base, name));
  // A copy has not been queried yet; one query opens its pool as migrating would, so a test that
  // destroys the database gets one that no longer answers (Kysely reopens a pool never used).
  if (template) await ping(database.db);
  else await migrate(database.db);
  return {
    ...database,
    drop: async () => {
      await database.destroy();
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await connectionsGone(c, name);
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

function withDatabase(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

const MIGRATIONS_DIR = join(import.meta.dirname, '../../src/db');

/** The schema version: a hash of every migration's source and of the list that orders them. */
function schemaHash(): string {
  const hash = createHash('sha256');
  const dir = join(MIGRATIONS_DIR, 'migrations');
  for (const f of readdirSync(dir).sort()) hash.update(f).update(readFileSync(join(dir, f)));
  hash.update(readFileSync(join(MIGRATIONS_DIR, 'migrate.ts')));
  return hash.digest('hex').slice(0, 16);
}

let templateName: Promise<string> | null = null;

/**
 * The name of a PostgreSQL database migrated to the latest schema, built at most once per schema
 * version across every test process: an advisory lock serialises the builders, and the template
 * is renamed into place only once complete, so no process ever copies a half-migrated one.
 */
function migratedTemplate(base: string): Promise<string> {
  templateName ??= (async () => {
    const name = `chuhai_tpl_${schemaHash()}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    try {
      await admin.query('select pg_advisory_lock(724100)');
      const { rowCount } = await admin.query('select 1 from pg_database where datname = $1', [
        name,
      ]);
      if (!rowCount) {
        const building = `${name}_${randomBytes(3).toString('hex')}`;
        await admin.query(`create database ${building}`);
        const database = openDatabase(withDatabase(base, building));
        try {
          await migrateToLatest(database.db);
        } finally {
          await database.destroy();
        }
        await connectionsGone(admin, building);
        await admin.query(`alter database ${building} rename to ${name}`);
      }
      return name;
    } finally {
      await admin.query('select pg_advisory_unlock(724100)');
      await admin.end();
    }
  })();
  return templateName;
}

/**
 * pool.end() resolves before the server has seen every connection go; dropping or renaming the
 * database then would fail or kill a closing connection mid-goodbye. Give them a moment first.
 */
async function connectionsGone(c: pg.Client, name: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    const { rows } = await c.query<{ n: number }>(
      'select count(*)::int as n from pg_stat_activity where datname = $1',
      [name],
    );
    if (!rows[0]?.n) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
