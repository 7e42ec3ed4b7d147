import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer } from '../../src/app/container.ts';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';

const BIN = resolve('bin/chuhai.js');
const WRITERS = 8;

/**
 * A real server process on SQLite, killed with SIGKILL while eight clients keep creating
 * customers: every write the server acknowledged survives exactly once, nothing half-written
 * (a customer without its audit row or search keys) is left, and the server starts again.
 */
describe('the server killed during writes', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let token: string;
  const dbFile = () => join(dir, 'chuhai.db');

  const freePort = () =>
    new Promise<number>((done) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const port = (s.address() as { port: number }).port;
        s.close(() => done(port));
      });
    });
  const startServer = async (): Promise<{ child: ChildProcess; base: string }> => {
    const port = await freePort();
    const child = spawn(process.execPath, [BIN, 'serve', '--no-seed'], {
      env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const base = `http://127.0.0.1:${port}/api/v1`;
    for (let i = 0; i < 200; i++) {
      if (child.exitCode !== null) throw new Error('the server exited on start');
      const up = await fetch(`${base}/openapi.json`).catch(() => null);
      if (up) return { child, base };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('the server did not start');
  };
  const post = (base: string, name: string) =>
    fetch(`${base}/customers`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name, country: 'DE', website: `https://${name}.example` }),
    });

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-kill-writes-'));
    env = {
      ...process.env,
      CHUHAI_DATA_DIR: dir,
      DATABASE_URL: dbFile(),
      CHUHAI_SECRET: 'kill-writes-secret-kill-writes-secret',
      LOG_LEVEL: 'silent',
    };
    const database = openDatabase(dbFile());
    await migrateToLatest(database.db);
    const ws = await workspacesRepository.create(database.db, 'Kill writes');
    await insertUser(database.db, ws.id, null, {
      email: 'admin@kill-writes.test',
      name: 'Admin',
      role: 'admin',
      password: 'kill-writes-password',
    });
    const services = createContainer(database.db);
    token = (await services.auth.createTokenForEmail('admin@kill-writes.test', 'kill')).token;
    await database.destroy();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps every acknowledged write exactly once and nothing half-written', async () => {
    const { child, base } = await startServer();
    const exited = new Promise((done) => child.on('exit', done));
    const acknowledged = new Set<string>();
    let sent = 0;
    let killed = false;
    const writer = async (w: number) => {
      for (let i = 0; !killed; i++) {
        const name = `kw-${w}-${i}`;
        sent++;
        const res = await post(base, name).catch(() => null);
        if (res?.status === 201) acknowledged.add(name);
        else if (res && !killed) throw new Error(`write answered ${res.status}`);
      }
    };
    const writers = Array.from({ length: WRITERS }, (_, w) => writer(w));
    while (acknowledged.size < 150) await new Promise((r) => setTimeout(r, 20));
    killed = true;
    child.kill('SIGKILL');
    await exited;
    await Promise.all(writers);

    const database = openDatabase(dbFile());
    try {
      const check = await sql<{
        integrity_check: string;
      }>`pragma integrity_check`.execute(database.db);
      expect(check.rows[0]?.integrity_check).toBe('ok');
      const rows = await database.db.selectFrom('customers').select(['id', 'name']).execute();
      const names = rows.map((r) => r.name);
      expect(new Set(names).size, 'no customer twice').toBe(names.length);
      for (const name of acknowledged) expect(names, `acknowledged ${name}`).toContain(name);
      // Whatever committed, committed whole: its audit row and its search keys came with it.
      const audited = await database.db
        .selectFrom('audit_log')
        .where('entity_type', '=', 'customer')
        .where('action', '=', 'create')
        .select('entity_id')
        .execute();
      expect(new Set(audited.map((a) => a.entity_id))).toEqual(new Set(rows.map((r) => r.id)));
      const keyed = await database.db
        .selectFrom('customer_keys')
        .select('customer_id')
        .distinct()
        .execute();
      expect(new Set(keyed.map((k) => k.customer_id))).toEqual(new Set(rows.map((r) => r.id)));
      expect(rows.length).toBeLessThanOrEqual(sent);
    } finally {
      await database.destroy();
    }

    // The killed database opens and serves again, and takes new writes.
    const again = await startServer();
    try {
      expect((await post(again.base, 'after-restart')).status).toBe(201);
    } finally {
      again.child.kill('SIGKILL');
    }
  }, 120_000);
});
