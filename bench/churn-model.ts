/**
 * The churn model (docs/risk.md, “The churn model”): training on a book of BENCH_CUSTOMERS
 * (default 5,000) customers with about three years of orders each and a planted signal, as
 * `POST /risk/churn-model/train` does it (reading every customer's churn facts, fitting, the
 * hold-out AUC, storing), then the eligibility count the nightly job and "count now" run (the
 * same read without the fit), `GET /risk/churn-model` (which reads the kept count), and one
 * customer's probability on the risk card. SQLite by default; BENCH_DATABASE_URL for PostgreSQL.
 *
 *   npm run bench:churn-model
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { systemScope } from '../src/domain/scope.ts';
import { ChurnModelService } from '../src/modules/risk/churn-model.service.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { plantChurnHistory } from '../test/support/churn-history.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';

const n = Number(process.env.BENCH_CUSTOMERS ?? 5000);
const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const file = join(dir, 'churn-model.db');
const pgBase = process.env.BENCH_DATABASE_URL;
if (!pgBase) rmSync(file, { force: true });
const database = openDatabase(pgBase ? await freshPgDatabase(pgBase, 'chuhai_bench_churn') : file);
const db = database.db;
await migrateToLatest(db);
const { workspaceId } = await seedDemo(db, {
  customers: 1,
  withContacts: false,
  withActivities: false,
});
const template = await db
  .selectFrom('customers')
  .selectAll()
  .where('workspace_id', '=', workspaceId)
  .executeTakeFirstOrThrow();
const admin = await db
  .selectFrom('users')
  .select('id')
  .where('workspace_id', '=', workspaceId)
  .where('role', '=', 'admin')
  .executeTakeFirstOrThrow();
const today = new Date().toISOString().slice(0, 10);
console.error(`churn-model bench: planting ${n.toLocaleString('en-US')} customers…`);
const planted = await plantChurnHistory(db, template, n, today);
const orders = await db
  .selectFrom('orders')
  .select((e) => e.fn.countAll<number>().as('n'))
  .where('workspace_id', '=', workspaceId)
  .executeTakeFirstOrThrow();
const scope = systemScope(workspaceId, admin.id);
const service = new ChurnModelService(db);
const time = async <T>(f: () => Promise<T>) => {
  const t0 = performance.now();
  const out = await f();
  return { out, ms: Math.round(performance.now() - t0) };
};
const train = await time(() => service.train(scope));
const train2 = await time(() => service.train(scope));
const check = await time(() => service.check(workspaceId));
const status = await time(() => service.status(scope));
await service.setEnabled(scope, true);
const card = await time(() => service.of(workspaceId, { id: planted[0]!.id, health_score: null }));
const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim();
console.log(
  JSON.stringify(
    {
      database: pgBase ? 'postgresql' : 'sqlite',
      customers: n,
      orders: Number(orders.n),
      examples: train.out.examples,
      churned: train.out.churnedCount,
      auc: train.out.auc,
      trainMs: [train.ms, train2.ms],
      eligibilityCountMs: check.ms,
      statusMs: status.ms,
      cardMs: card.ms,
      rssMiB: Math.round(process.memoryUsage().rss / 2 ** 20),
      loadavg: load,
    },
    null,
    2,
  ),
);
await database.destroy();
if (pgBase) await dropPgDatabase(pgBase, 'chuhai_bench_churn');
