/**
 * `npm run bench:load`: a loopback load run against a real server process. Seeds LOAD_CUSTOMERS
 * (default 20,000) demo customers into a scratch SQLite file, starts `chuhai serve` on it in a
 * child process, and drives it from this process with autocannon: the customer list (GET) at
 * LOAD_CONNECTIONS (100) for LOAD_SECONDS (60), then a mixed run (list, one customer, the inbox,
 * and logging an activity, over 1,000 customers in turn). Prints req/s, p50/p99 and errors as a
 * Markdown table.
 * LOAD_REUSE=1 keeps an already seeded file (only a new token is made); LOAD_RUNS=list or
 * LOAD_RUNS=mixed runs one of the two; LOAD_DIR and LOAD_PORT move the scratch file and the port.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { createContainer } from '../src/app/container.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_ADMIN, seedDemo } from '../src/seed/demo.ts';

const CUSTOMERS = Number(process.env.LOAD_CUSTOMERS ?? 20_000);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 100);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 60);
const PORT = Number(process.env.LOAD_PORT ?? 3917);
const RUNS = (process.env.LOAD_RUNS ?? 'list,mixed').split(',');
const dir = process.env.LOAD_DIR ?? '/tmp/chuhai-load';
const reuse = process.env.LOAD_REUSE === '1' && existsSync(join(dir, 'load.db'));
if (!reuse) rmSync(dir, { recursive: true, force: true });

const database = openDatabase(join(dir, 'load.db'));
await migrateToLatest(database.db);
const services = createContainer(database.db);
if (!reuse) {
  console.error(`seeding ${CUSTOMERS} customers…`);
  await seedDemo(database.db, { services, customers: CUSTOMERS, withActivities: true });
}
const { token } = await services.auth.createTokenForEmail(DEMO_ADMIN, 'load');
// The mixed run reads and logs touches on these customers in turn, as a team would spread its
// calls; LOAD_ONE_CUSTOMER=1 puts every call on one customer (its activities then pile up in the
// 90 days the health score counts, ~2,000 a minute, so each touch costs more than the last).
const customers = (
  await database.db
    .selectFrom('customers')
    .select('id')
    .orderBy('id', 'desc')
    .limit(process.env.LOAD_ONE_CUSTOMER === '1' ? 1 : 1000)
    .execute()
).map((c) => c.id);
await database.destroy();

// LOAD_NODE_ARGS passes flags to the server's node, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`.
const nodeArgs = (process.env.LOAD_NODE_ARGS ?? '').split(' ').filter(Boolean);
const server = spawn(process.execPath, [...nodeArgs, 'bin/chuhai.js', 'serve', '--no-seed'], {
  env: {
    ...process.env,
    PORT: String(PORT),
    HOST: '127.0.0.1',
    CHUHAI_DATA_DIR: dir,
    DATABASE_URL: join(dir, 'load.db'),
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
await new Promise<void>((resolve, reject) => {
  server.stdout.on('data', (d: Buffer) => d.toString().includes('is running') && resolve());
  server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
});

const base = `http://127.0.0.1:${PORT}/api/v1`;
let turn = 0;
const next = () => customers[turn++ % customers.length];
const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
const run = (title: string, requests: autocannon.Request[]) =>
  autocannon({ url: base, connections: CONNECTIONS, duration: SECONDS, headers, requests, title });

const list = RUNS.includes('list')
  ? await run('list', [{ method: 'GET', path: '/api/v1/customers?country=DE&limit=50' }])
  : null;
const mixed = !RUNS.includes('mixed')
  ? null
  : await run('mixed', [
      { method: 'GET', path: '/api/v1/customers?limit=50' },
      {
        method: 'GET',
        setupRequest: (req) => ({ ...req, path: `/api/v1/customers/${next()}` }),
      },
      { method: 'GET', path: '/api/v1/inbox?scope=all' },
      {
        method: 'POST',
        path: '/api/v1/activities',
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({
            customerId: next(),
            type: 'call',
            direction: 'outbound',
            occurredAt: new Date().toISOString(),
            summary: 'Load test call',
          }),
        }),
      },
    ]);
server.kill('SIGTERM');
// the server writes its profile (LOAD_NODE_ARGS=--cpu-prof) as it exits
await new Promise((resolve) => server.once('exit', resolve));

const row = (name: string, r: autocannon.Result | null) =>
  r &&
  `| ${name} | ${Math.round(r.requests.average)} req/s | ${r.latency.p50} ms | ${r.latency.p99} ms | ${r.errors + r.non2xx}${detail(r)} |`;
// What the errors were: timeouts (autocannon's 10 s), other socket errors, and non-2xx by status.
const detail = (r: autocannon.Result) => {
  if (!r.errors && !r.non2xx) return '';
  const codes = Object.entries(r.statusCodeStats as Record<string, { count: number }>)
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${count} × ${code}`);
  const parts = [`${r.timeouts} timeouts`, `${r.errors - r.timeouts} other errors`, ...codes];
  return ` (${parts.join(', ')})`;
};
console.log(
  `\n${CUSTOMERS.toLocaleString('en-US')} customers, ${CONNECTIONS} connections, ${SECONDS} s each, SQLite, server in its own process on loopback\n`,
);
console.log('| run | throughput | p50 | p99 | errors and non-2xx |');
console.log('| --- | --- | --- | --- | --- |');
for (const line of [
  row('customer list (country=DE, limit 50)', list),
  row('mixed: list, one customer, inbox, log an activity', mixed),
])
  if (line) console.log(line);
