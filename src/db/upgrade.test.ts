import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely, type Migration } from 'kysely';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testDialects } from '../../test/support/databases.ts';
import { scratchDatabase, type ScratchDatabase } from '../../test/support/scratch-database.ts';
import { openDatabase, type Database } from './database.ts';
import { MIGRATIONS, migrateToLatest, pendingMigrations } from './migrate.ts';
import { upgradeDatabase, UpgradeFailedError } from './upgrade.ts';

// Two new migrations after the real ones: the first succeeds (a table, a changed row), the
// second changes a row and then fails. Neither may leave a trace.
const addsTable: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`create table upgrade_probe (id integer primary key)`.execute(db);
    await sql`update workspaces set name = 'Changed by 9998'`.execute(db);
  },
};
const fails: Migration = {
  async up(db: Kysely<unknown>) {
    await sql`update workspaces set name = 'Changed by 9999'`.execute(db);
    throw new Error('column "nope" does not exist');
  },
};
const WITH_FAILING = { ...MIGRATIONS, '9998_add_probe': addsTable, '9999_breaks': fails };

describe.each(testDialects())('upgrading a %s database', (dialect) => {
  const dir = mkdtempSync(join(tmpdir(), 'chuhai-upgrade-'));
  let scratch: ScratchDatabase;
  let database: Database;
  const lines: string[] = [];
  const opts = { dataDir: dir, log: (l: string) => void lines.push(l) };

  const state = async () => ({
    workspaces: (
      await sql<{ name: string }>`select name from workspaces order by name`.execute(database.db)
    ).rows,
    migrations: (
      await sql<{ name: string }>`select name from kysely_migration order by name`.execute(
        database.db,
      )
    ).rows.map((r) => r.name),
    probe: (await database.db.introspection.getTables()).some((t) => t.name === 'upgrade_probe'),
  });

  beforeEach(async () => {
    scratch = await scratchDatabase(dialect, dir);
    database = openDatabase(scratch.url);
    lines.length = 0;
  });
  afterEach(async () => {
    await database.destroy();
    await scratch.drop();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves the schema and data as they were when a migration fails, and says why', async () => {
    await migrateToLatest(database.db);
    await database.db
      .insertInto('workspaces')
      .values({
        id: 'w1',
        name: 'Acme',
        home_country: 'CN',
        home_time_zone: 'Asia/Shanghai',
        created_at: '2026-01-01T00:00:00Z',
      })
      .execute();
    const before = await state();

    const err = await upgradeDatabase(database, { ...opts, migrations: WITH_FAILING }).catch(
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(UpgradeFailedError);
    const message = (err as Error).message;
    expect(message).toContain('migration 9999_breaks failed: column "nope" does not exist');
    expect(lines[0]).toBe('Database migrations pending (2): 9998_add_probe, 9999_breaks');
    if (dialect === 'postgres') {
      expect(message).toContain('left as it was');
    } else {
      const copy = /restored from the copy taken before migrating \((.+?)\)/.exec(message)?.[1];
      expect(copy).toMatch(/backups\/pre-migrate-.+\.sqlite$/);
      expect(existsSync(copy ?? '')).toBe(true);
    }
    // Same connection (the server's) and a new one both see the database as it was.
    expect(await state()).toEqual(before);
    expect(await pendingMigrations(database.db)).toEqual([]);
    const fresh = openDatabase(scratch.url);
    const { rows } = await sql<{ name: string }>`select name from workspaces`.execute(fresh.db);
    await fresh.destroy();
    expect(rows).toEqual([{ name: 'Acme' }]);
  });

  it('names pending and applied migrations, copying a SQLite database with data first', async () => {
    await migrateToLatest(database.db);
    const result = await upgradeDatabase(database, {
      ...opts,
      migrations: { ...MIGRATIONS, '9998_add_probe': addsTable },
    });
    expect(result.applied).toEqual(['9998_add_probe']);
    expect(lines).toContain('Database migrations applied: 9998_add_probe');
    expect((await state()).probe).toBe(true);
    if (dialect === 'sqlite') expect(existsSync(result.backupPath ?? '')).toBe(true);
    else expect(result.backupPath).toBeNull();
  });

  it('takes no copy of a new, empty database', async () => {
    const result = await upgradeDatabase(database, opts);
    expect(result.backupPath).toBeNull();
    expect(result.applied).toEqual(Object.keys(MIGRATIONS).sort());
    expect(await pendingMigrations(database.db)).toEqual([]);
  });
});
