import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertUser } from '../../src/modules/users/users.service.ts';
import { workspacesRepository } from '../../src/modules/workspaces/workspaces.repository.ts';
import { createTestDatabase, type TestDatabase } from '../support/databases.ts';

const BIN = resolve('bin/chuhai.js');
const EMAIL = 'admin@two-processes.test';
const PASSWORD = 'two-processes-password';

const freePort = () =>
  new Promise<number>((done) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => done(port));
    });
  });

/** `chuhai serve --no-seed` as its own process; resolves once it answers. */
async function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; base: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--no-seed'], {
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}/api/v1`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error('the server exited on start');
    if (await fetch(`${base}/openapi.json`).catch(() => null)) return { child, base };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the server did not start');
}

/**
 * Two real server processes on one PostgreSQL database, requests alternating between them as a
 * round-robin load balancer would send them: whatever one process decides about a session or a
 * client's failed sign-ins, the other honours, because both read it from the database.
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('two server processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let dataDir: string;
  let servers: { child: ChildProcess; base: string }[] = [];
  let turn = 0;
  /** the next server in round-robin order */
  const next = () => servers[turn++ % servers.length]!.base;

  const login = (base: string, password: string) =>
    fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password }),
    });
  const cookiesOf = (res: Response) =>
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');

  beforeAll(async () => {
    database = await createTestDatabase('postgres');
    const ws = await workspacesRepository.create(database.db, 'Two processes');
    await insertUser(database.db, ws.id, null, {
      email: EMAIL,
      name: 'Admin',
      role: 'admin',
      password: PASSWORD,
    });
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = new URL(database.location).pathname;
    dataDir = mkdtempSync(join(tmpdir(), 'chuhai-two-processes-'));
    const env = {
      ...process.env,
      CHUHAI_DATA_DIR: dataDir,
      DATABASE_URL: url.toString(),
      // One secret for both, as a deployment shares it: cookies signed by one verify on the other.
      CHUHAI_SECRET: 'two-processes-secret-two-processes-secret',
      LOG_LEVEL: 'silent',
    };
    servers = await Promise.all([startServer(env), startServer(env)]);
  }, 120_000);

  afterAll(async () => {
    await Promise.all(
      servers.map(
        ({ child }) =>
          new Promise((done) => {
            child.once('exit', done);
            child.kill('SIGTERM');
          }),
      ),
    );
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('takes a session made on one process on the other, and a logout on either', async () => {
    const signedIn = await login(next(), PASSWORD);
    expect(signedIn.status).toBe(200);
    const cookie = cookiesOf(signedIn);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const me = await fetch(`${next()}/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    // A cookie-authenticated write with the CSRF token the other process issued.
    const created = await fetch(`${next()}/customers`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Round Robin GmbH', country: 'DE' }),
    });
    expect(created.status).toBe(201);
    const out = await fetch(`${next()}/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(out.status).toBe(204);
    for (let i = 0; i < 2; i++)
      expect((await fetch(`${next()}/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('runs an import once though both processes run background jobs', async () => {
    const signedIn = await login(next(), PASSWORD);
    const cookie = cookiesOf(signedIn);
    const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const rows = Array.from({ length: 300 }, (_, i) => `Twin Import ${i} GmbH,Germany`);
    const form = new FormData();
    form.append('entity', 'customers');
    form.append('file', new Blob([`Company,Country\n${rows.join('\n')}\n`]), 'twins.csv');
    const started = await fetch(`${next()}/imports`, { method: 'POST', headers, body: form });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    let status = '';
    for (let i = 0; i < 100 && status !== 'done'; i++) {
      // Progress read from either process: the import's state is in the database.
      const res = await fetch(`${next()}/imports/${id}`, { headers: { cookie } });
      status = ((await res.json()) as { status: string }).status;
      if (status !== 'done') await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe('done');
    const customers = await database.db
      .selectFrom('customers')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('name', 'like', 'Twin Import %')
      .executeTakeFirstOrThrow();
    expect(Number(customers.n)).toBe(300);
    const jobs = await database.db
      .selectFrom('jobs')
      .select(['status', 'attempts'])
      .where('kind', '=', 'imports.run')
      .where('dedup_key', '=', id)
      .execute();
    expect(jobs).toEqual([{ status: 'succeeded', attempts: 1 }]);
  });

  it('answers the 11th failed sign-in with 429 though the ten were spread over both', async () => {
    // Five failures reach each process; with per-process counts neither would have seen ten.
    for (let i = 0; i < 10; i++) expect((await login(next(), 'wrong-password')).status).toBe(401);
    const blocked = await login(next(), 'wrong-password');
    expect(blocked.status).toBe(429);
    // The address waits on both processes, even with the right password.
    for (let i = 0; i < 2; i++) expect((await login(next(), PASSWORD)).status).toBe(429);
  });
});
