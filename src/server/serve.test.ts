import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.ts';
import { migrateToLatest } from '../db/migrate.ts';
import { insertUser } from '../modules/users/users.service.ts';
import { workspacesRepository } from '../modules/workspaces/workspaces.repository.ts';

const EMAIL = 'ops@example.test';
const PASSWORD = 'a-long-password-for-ops';
const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The real `chuhai serve` process on SQLite, stopped with SIGTERM while a sign-in is still
 * sending its body: that request must be answered, new connections refused, the process exit 0.
 */
describe('chuhai serve shutdown', () => {
  let dir: string;
  let port: number;
  let server: ChildProcess;
  let out = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chuhai-serve-'));
    const database = openDatabase(join(dir, 'chuhai.db'));
    await migrateToLatest(database.db);
    const ws = await workspacesRepository.create(database.db, 'Ops');
    await insertUser(database.db, ws.id, null, {
      email: EMAIL,
      name: 'Ops',
      role: 'admin',
      password: PASSWORD,
      teamIds: [],
    });
    await database.destroy();
    port = await freePort();
    server = spawn(process.execPath, ['bin/chuhai.js', 'serve', '--no-seed'], {
      cwd: ROOT,
      env: {
        ...process.env,
        CHUHAI_DATA_DIR: dir,
        DATABASE_URL: join(dir, 'chuhai.db'),
        PORT: String(port),
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk) => (out += String(chunk)));
    server.stderr?.on('data', (chunk) => (out += String(chunk)));
    await waitFor(
      () => out.includes('is running at'),
      30_000,
      () => out,
    );
  }, 60_000);

  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('finishes the request in flight, refuses new connections and exits 0', async () => {
    const exited = new Promise<number | null>((done) => server.once('exit', (code) => done(code)));
    // A keep-alive connection, as browsers and proxies hold them: it must not delay the exit.
    const agent = new http.Agent({ keepAlive: true });
    const body = JSON.stringify({ email: EMAIL, password: PASSWORD });
    const { request, response } = slowPost(port, agent, '/api/v1/auth/login', body);
    // `100 Continue` comes once the server has read the headers: the request is in flight.
    await new Promise((done) => request.once('continue', done));
    request.write(body.slice(0, 10));

    const stoppedAt = Date.now();
    server.kill('SIGTERM');
    await waitFor(
      () => out.includes('SIGTERM: shutting down'),
      5000,
      () => out,
    );
    await waitFor(
      async () => (await connect(port)) === 'ECONNREFUSED',
      5000,
      () => 'still accepting',
    );

    request.end(body.slice(10));
    const answered = await response;
    expect(answered.status, answered.body).toBe(200);
    expect(answered.cookie).toContain('chuhai_session=');
    expect(await exited).toBe(0);
    expect(Date.now() - stoppedAt).toBeLessThan(5000);
    expect(out).toContain('shutdown: done');
    agent.destroy();
  }, 30_000);
});

/** A JSON POST whose body the caller sends, in parts, when it likes. */
function slowPost(port: number, agent: http.Agent, path: string, body: string) {
  let request!: http.ClientRequest;
  const response = new Promise<{ status: number; cookie: string; body: string }>((done, fail) => {
    request = http.request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path,
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c) => (text += String(c)));
        res.on('end', () =>
          done({
            status: res.statusCode ?? 0,
            cookie: String(res.headers['set-cookie'] ?? ''),
            body: text,
          }),
        );
      },
    );
    request.on('error', fail);
  });
  return { request, response };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise((done) => probe.close(done));
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
}

/** 'connected' or the connection error's code. */
function connect(port: number): Promise<string> {
  return new Promise((done) => {
    const socket = http
      .get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
        res.resume();
        done('connected');
      })
      .on('error', (err: NodeJS.ErrnoException) => done(err.code ?? 'error'));
    socket.setTimeout(2000, () => socket.destroy());
  });
}

async function waitFor(
  check: () => boolean | Promise<boolean>,
  ms: number,
  explain: () => string,
): Promise<void> {
  const until = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting; ${explain()}`);
    await sleep(50);
  }
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
