/**
 * Where the PostgreSQL balance read's time goes, stage by stage, on the seed a
 * `BENCH_KEEP=1 npm run bench:loyalty` kept (database `chuhai_bench_loyalty`):
 * `BENCH_DATABASE_URL=postgres://… tsx bench/loyalty-profile.ts`. Each stage 1,000 times after
 * 50 warm-ups, p50 / p95.
 */
import { sql } from 'kysely';
import { openDatabase } from '../src/db/database.ts';
import { sha256 } from '../src/modules/auth/secrets.ts';
import { signedInRepository } from '../src/modules/auth/signed-in.repository.ts';
import { evaluateWorkspace } from '../src/modules/loyalty/loyalty-evaluation.ts';
import { loyaltyLedgerRepository } from '../src/modules/loyalty/loyalty-ledger.repository.ts';
import { loyaltyCardRepository } from '../src/modules/loyalty/loyalty-card.repository.ts';
import { createContainer } from '../src/app/container.ts';
import { Random } from '../src/seed/random.ts';
import { timeRequests } from './stats.ts';
import { benchApp } from './workloads.ts';

const base = process.env.BENCH_DATABASE_URL;
if (!base) throw new Error('BENCH_DATABASE_URL');
const url = new URL(base);
url.pathname = '/chuhai_bench_loyalty';
const database = openDatabase(url.toString());
const db = database.db;
const ids = (await db.selectFrom('loyalty_status').select('customer_id').execute()).map(
  (r) => r.customer_id,
);
const bench = await benchApp(database);
const token = bench.actors.admin;
const scope = (await createContainer(db).auth.scopeForToken(token))!;
const services = createContainer(db);
const pick = new Random(5);
const id = () => ids[pick.int(0, ids.length - 1)]!;
const n = Number(process.env.BENCH_REQUESTS ?? 1000);

const stages: [string, () => Promise<unknown>][] = [
  ['select 1', () => sql`select 1`.execute(db)],
  [
    'sign-in statement (token)',
    () => signedInRepository.read(db, { kind: 'token', hash: sha256(token) }),
  ],
  [
    'card statement (scope, status, programme, 20-entry ledger)',
    () => loyaltyCardRepository.read(db, scope, id()),
  ],
  ['LoyaltyService.ofCustomer', () => services.loyalty.ofCustomer(scope, id())],
  [
    'GET /loyalty/programme (inject)',
    () =>
      bench.app.inject({
        method: 'GET',
        url: '/api/v1/loyalty/programme',
        headers: { authorization: `Bearer ${token}` },
      }),
  ],
  [
    'GET /customers/{id}/loyalty (inject)',
    () =>
      bench.app.inject({
        method: 'GET',
        url: `/api/v1/customers/${id()}/loyalty`,
        headers: { authorization: `Bearer ${token}` },
      }),
  ],
];
// BENCH_EVAL=1: the nightly evaluation instead: every status row's tier and sums cleared (and
// vacuumed), then sampling + `evaluateWorkspace` twice (every tier written, then none).
if (process.env.BENCH_EVAL === '1') {
  const now = new Date();
  for (const run of [1, 2, 3]) {
    await sql`update loyalty_status set tier = null, points_12m = 0, revenue_12m_minor = 0`.execute(
      db,
    );
    await sql`vacuum analyze loyalty_status`.execute(db);
    for (const label of ['every tier written', 'nothing changed']) {
      const t = performance.now();
      await loyaltyLedgerRepository.refreshStatistics(db);
      const r = await evaluateWorkspace(db, scope.workspaceId, now);
      console.log(
        `| eval run ${run}, ${label} | ${(performance.now() - t).toFixed(0)} ms | ${r.changed} changed |`,
      );
    }
  }
  await bench.app.close();
  await database.destroy();
  process.exit(0);
}
const only = process.env.STAGES?.split(',');
for (const [name, fn] of stages) {
  if (only && !only.some((s) => name.includes(s))) continue;
  for (let i = 0; i < 50; i++) await fn();
  const r = await timeRequests(n, async () => void (await fn()));
  console.log(`| ${name} | ${r.p50.toFixed(2)} | ${r.p95.toFixed(2)} | ${r.max.toFixed(1)} |`);
}
await bench.app.close();
await database.destroy();
