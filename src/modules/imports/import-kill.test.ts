import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/database.ts';
import { migrateToLatest } from '../../db/migrate.ts';
import { insertUser } from '../users/users.service.ts';
import { workspacesRepository } from '../workspaces/workspaces.repository.ts';

const ROWS = 24_000;
const BIN = resolve('bin/chuhai.js');

/** A real process, killed with SIGKILL in the middle of an import, then resumed. */
describe('an import killed mid-way', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  const dbFile = () => join(dir, 'chuhai.db');
  const cli = (args: string[]): ChildProcess =>
    spawn(process.execPath, [BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = (p: ChildProcess) =>
    new Promise<number | null>((done) => p.on('exit', (code) => done(code)));
  const state = async () => {
    const database = openDatabase(dbFile());
    try {
      const job = await database.db
        .selectFrom('imports')
        .select(['status', 'rows_done', 'created'])
        .executeTakeFirst();
      const customers = await database.db
        .selectFrom('customers')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      const contacts = await database.db
        .selectFrom('contacts')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      return { job, customers: Number(customers.n), contacts: Number(contacts.n) };
    } finally {
      await database.destroy();
    }
  };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-kill-'));
    env = {
      ...process.env,
      CHUHAI_DATA_DIR: dir,
      DATABASE_URL: dbFile(),
      CHUHAI_SECRET: 'kill-test-secret-kill-test-secret',
    };
    const database = openDatabase(dbFile());
    await migrateToLatest(database.db);
    const ws = await workspacesRepository.create(database.db, 'Kill test');
    await insertUser(database.db, ws.id, null, {
      email: 'admin@kill.test',
      name: 'Admin',
      role: 'admin',
      password: 'kill-test-password',
    });
    await database.destroy();
    const lines = ['Company,Country,E-mail'];
    for (let i = 0; i < ROWS; i++) lines.push(`Firma ${i} GmbH,DE,info@firma${i}.example`);
    writeFileSync(join(dir, 'list.csv'), lines.join('\n'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves only whole batches behind and finishes on resume without duplicates', async () => {
    const child = cli(['import', 'customers', join(dir, 'list.csv')]);
    const done = exited(child);
    // Kill once a few batches have committed, well before the end.
    for (;;) {
      await new Promise((r) => setTimeout(r, 100));
      const s = await state().catch(() => null);
      if (s?.job && s.job.rows_done >= 4000) break;
      if (child.exitCode !== null) throw new Error('the import ended before it could be killed');
    }
    child.kill('SIGKILL');
    await done;
    const killed = await state();
    expect(killed.job?.status).toBe('running');
    expect(killed.job?.rows_done).toBeLessThan(ROWS);
    // Exactly the committed batches: every counted customer exists, with its contact, no more.
    expect(killed.customers).toBe(killed.job?.created);
    expect(killed.customers).toBe(killed.job?.rows_done);
    expect(killed.contacts).toBe(killed.customers);

    const resume = cli(['import', 'resume']);
    expect(await exited(resume)).toBe(0);
    const finished = await state();
    expect(finished.job).toMatchObject({ status: 'done', rows_done: ROWS, created: ROWS });
    expect(finished.customers).toBe(ROWS);
    expect(finished.contacts).toBe(ROWS);
  }, 120_000);
});
