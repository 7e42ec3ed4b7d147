/**
 * `npm run bench:sign-in`: what every API request pays to learn who is asking. On the demo
 * workspace (SQLite, and with BENCH_DATABASE_URL a scratch PostgreSQL database beside it), times
 * `AuthService.scopeForToken` — the token, its user, their teams and support teams, a manager's
 * members — for the admin, a manager and a rep, BENCH_REQUESTS (2,000) calls each after 100
 * warm-ups, and `GET /me` through the app with the same tokens (the whole request in process).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createContainer } from '../src/app/container.ts';
import { buildApp } from '../src/app/http-app.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { DEMO_ADMIN, seedDemo } from '../src/seed/demo.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { ms, timeRequests } from './stats.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 2_000);
const pgBase = process.env.BENCH_DATABASE_URL;
const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench-sign-in';
const USERS = [
  ['admin', DEMO_ADMIN],
  ['manager', 'manager.east@demo.chuhai.dev'],
  ['rep', 'rep3@demo.chuhai.dev'],
] as const;

async function on(name: string, url: string) {
  const database = openDatabase(url);
  await migrateToLatest(database.db);
  const services = createContainer(database.db);
  await seedDemo(database.db, { services, customers: 200 });
  const app = await buildApp({ db: database.db, container: services, secret: 'x'.repeat(32) });
  for (const [role, email] of USERS) {
    const { token } = await services.auth.createTokenForEmail(email, 'bench');
    const scope = () => services.auth.scopeForToken(token);
    const me = () =>
      app.inject({
        method: 'GET',
        url: '/api/v1/me',
        headers: { authorization: `Bearer ${token}` },
      });
    for (let i = 0; i < 100; i++) await Promise.all([scope(), me()]);
    const s = await timeRequests(requests, async () => void (await scope()));
    const m = await timeRequests(requests, async () => {
      if ((await me()).statusCode !== 200) throw new Error('GET /me failed');
    });
    console.log(
      `| ${name} | ${role} | ${ms3(s.p50)} / ${ms3(s.p95)} | ${ms(m.p50)} / ${ms(m.p95)} |`,
    );
  }
  await app.close();
  await database.destroy();
}
const ms3 = (v: number) => `${v.toFixed(3)} ms`;

console.log(`\n${requests} calls each after 100 warm-ups\n`);
console.log('| database | as | sign-in p50 / p95 | `GET /me` in process p50 / p95 |');
console.log('| --- | --- | --- | --- |');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
await on('SQLite', join(dir, 'sign-in.db'));
if (pgBase) {
  const url = await freshPgDatabase(pgBase, 'chuhai_bench_sign_in');
  await on('PostgreSQL', url);
  await dropPgDatabase(pgBase, 'chuhai_bench_sign_in');
}
