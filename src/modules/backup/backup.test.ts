import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { run } from '../../../test/support/cli.ts';
import { testDialects } from '../../../test/support/databases.ts';
import { scratchDatabase, type ScratchDatabase } from '../../../test/support/scratch-database.ts';
import { insertUser } from '../users/users.service.ts';
import { workspacesRepository } from '../workspaces/workspaces.repository.ts';
import { readTableStats } from './backup.service.ts';
import { checkArchive } from './verify-archive.ts';

const UPLOADS: Record<string, Buffer> = {
  'a.csv': Buffer.from('name,country\nMüller GmbH,DE\n'),
  'nested/deeper/b.bin': Buffer.from([0, 1, 2, 255, 254, 13, 10]),
  [`${'long-name-'.repeat(12)}.xlsx`]: Buffer.alloc(70_000, 7),
};

describe.each(testDialects())('backup and restore on %s', (dialect) => {
  let dir: string;
  let source: ScratchDatabase;
  const targets: ScratchDatabase[] = [];
  const saved = { ...process.env };
  let ws = '';
  let userId = '';

  /** Points the in-process CLI at a database and data directory. */
  const use = (url: string, dataDir: string) => {
    process.env.DATABASE_URL = url;
    process.env.CHUHAI_DATA_DIR = dataDir;
  };
  const target = async (name: string) => {
    const t = await scratchDatabase(dialect, join(dir, name));
    targets.push(t);
    use(t.url, join(dir, name));
    return t;
  };
  const statsOf = async (url: string) => {
    const database = openDatabase(url);
    try {
      return await readTableStats(database.db);
    } finally {
      await database.destroy();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-backup-'));
    source = await scratchDatabase(dialect, join(dir, 'live'));
    const database = openDatabase(source.url);
    await migrateToLatest(database.db);
    const workspace = await workspacesRepository.create(database.db, 'Backup Co');
    const user = await insertUser(database.db, workspace.id, null, {
      email: 'owner@example.test',
      name: 'Owner',
      role: 'admin',
      password: 'correct-horse-battery',
      teamIds: [],
    });
    [ws, userId] = [workspace.id, user.id];
    await database.destroy();
    for (const [name, bytes] of Object.entries(UPLOADS)) {
      const path = join(dir, 'live', 'uploads', name);
      mkdirSync(join(path, '..'), { recursive: true });
      writeFileSync(path, bytes);
    }
  });
  afterAll(async () => {
    process.env = saved;
    for (const t of [source, ...targets]) await t?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'takes a consistent backup while another process writes, and restores it exactly',
    { timeout: 120_000 },
    async () => {
      const writer = startWriter(source.url, ws, userId);
      await writer.reached(20);
      use(source.url, join(dir, 'live'));
      const before = writer.count();
      const backup = await run('backup', '--out', join(dir, 'full.tar'));
      const during = writer.count() - before;
      const total = await writer.stop();
      expect(backup.code, backup.err).toBe(0);
      // The writer kept going while the backup ran, and after it.
      expect(during).toBeGreaterThan(0);
      const manifest = await checkArchive(join(dir, 'full.tar'));
      const customers = manifest.tables.customers?.rows ?? 0;
      expect(customers).toBeGreaterThanOrEqual(20);
      expect(customers).toBeLessThan(total);

      const restoredTo = await target('restored');
      const restore = await run('restore', join(dir, 'full.tar'));
      expect(restore.code, restore.err).toBe(0);
      expect(restore.out).toMatch(/row counts and checksums of all \d+ tables match the manifest/);
      const restored = await statsOf(restoredTo.url);
      expect(restored.tables).toEqual(manifest.tables);
      expect(restored.migrations).toEqual(manifest.migrations);

      // A torn copy would hold customers without their audit entry or search row (each customer's
      // row, audit entry and search row commit in one transaction).
      const database = openDatabase(restoredTo.url);
      const { rows } = await sql<{ audits: number; search: number }>`
      select (select count(*) from audit_log where entity_type = 'customer' and action = 'create') as audits,
             (select count(*) from customer_search) as search`.execute(database.db);
      await database.destroy();
      expect(Number(rows[0]?.audits)).toBe(customers);
      expect(Number(rows[0]?.search)).toBe(customers);

      for (const [name, bytes] of Object.entries(UPLOADS))
        expect(readFileSync(join(dir, 'restored', 'uploads', name)).equals(bytes), name).toBe(true);
    },
  );

  it('refuses to overwrite a database that holds data, and replaces it with --force', async () => {
    const live = targets[0] ?? (await target('restored'));
    use(live.url, join(dir, 'restored'));
    const database = openDatabase(live.url);
    await sql`delete from customer_tags`.execute(database.db);
    await sql`update customers set name = 'Changed'`.execute(database.db);
    await database.destroy();
    const changed = await statsOf(live.url);

    const refused = await run('restore', join(dir, 'full.tar'));
    expect(refused.code).not.toBe(0);
    expect(refused.err).toContain('already holds tables');
    expect(refused.err).toContain('--force');
    expect(await statsOf(live.url)).toEqual(changed);

    const forced = await run('restore', join(dir, 'full.tar'), '--force');
    expect(forced.code, forced.err).toBe(0);
    const manifest = await checkArchive(join(dir, 'full.tar'));
    expect((await statsOf(live.url)).tables).toEqual(manifest.tables);
  });

  it('refuses a tampered archive before touching anything', async () => {
    const bytes = readFileSync(join(dir, 'full.tar'));
    // The database member starts after the manifest: flip a byte well inside it.
    const at = bytes.indexOf(Buffer.from(dialect === 'sqlite' ? 'SQLite format 3' : 'PGDMP'));
    expect(at).toBeGreaterThan(0);
    bytes[at + 200] = (bytes[at + 200] ?? 0) ^ 0xff;
    writeFileSync(join(dir, 'tampered.tar'), bytes);

    const empty = await target('untouched');
    const r = await run('restore', join(dir, 'tampered.tar'), '--force');
    expect(r.code).not.toBe(0);
    expect(r.err).toContain('does not match its checksum');
    // Every command writes the data directory's secret.key; nothing else may be there.
    expect(readdirSync(join(dir, 'untouched'))).toEqual(['secret.key']);
    expect((await statsOf(empty.url)).tables).toEqual({});
  });
});

function startWriter(url: string, ws: string, userId: string) {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', 'test/support/backup-writer.ts', ws, userId],
    { env: { ...process.env, DATABASE_URL: url }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let n = 0;
  let done: number | null = null;
  const waiters: (() => void)[] = [];
  child.stdout?.setEncoding('utf8').on('data', (text: string) => {
    for (const line of text.split('\n').filter(Boolean)) {
      if (line.startsWith('done ')) done = Number(line.slice(5));
      else n = Number(line);
    }
    waiters.splice(0).forEach((w) => w());
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    count: () => n,
    async reached(target: number) {
      while (n < target) {
        if (child.exitCode !== null) throw new Error('the writer process exited early');
        await new Promise<void>((resolve) => waiters.push(resolve));
      }
    },
    async stop(): Promise<number> {
      child.kill('SIGTERM');
      await exited;
      return done ?? n;
    },
  };
}
