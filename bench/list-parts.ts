/**
 * `npm run bench:list-parts`: where the customer page `country=DE&limit=50` spends its CPU, in
 * process on the load run's seed (`LOAD_DIR`, default /tmp/chuhai-load; run `npm run bench:load`
 * first). Times each part BENCH_REQUESTS (2,000) times after 200 warm-ups, as the admin: the
 * rows read as the old path read them (all columns, then the tags), mapping them, serialising
 * the page from its schema (as written, and with the simple unions as type lists), the page
 * read as JSON text, and the whole request through `app.inject` (sign-in, validation, headers).
 * With BENCH_DATABASE_URL it seeds LOAD_CUSTOMERS (20,000) demo customers into a scratch
 * PostgreSQL database `list_parts` beside it instead (dropped at the end).
 */
import { join } from 'node:path';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import { createContainer } from '../src/app/container.ts';
import { buildApp } from '../src/app/http-app.ts';
import { openDatabase } from '../src/db/database.ts';
import { simpleUnionsAsTypes } from '../src/http/compiled-schemas.ts';
import { Page } from '../src/http/pagination.ts';
import { toCustomerOut } from '../src/modules/customers/customers.mapper.ts';
import { customersRepository } from '../src/modules/customers/customers.repository.ts';
import { CustomerOut } from '../src/modules/customers/customers.schemas.ts';
import { DEMO_ADMIN, seedDemo } from '../src/seed/demo.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { dropPgDatabase, freshPgDatabase } from './pg-scratch.ts';
import { timeRequests } from './stats.ts';

const requests = Number(process.env.BENCH_REQUESTS ?? 2_000);
const dir = process.env.LOAD_DIR ?? '/tmp/chuhai-load';
const pgBase = process.env.BENCH_DATABASE_URL;
const database = openDatabase(
  pgBase ? await freshPgDatabase(pgBase, 'list_parts') : join(dir, 'load.db'),
);
const services = createContainer(database.db);
if (pgBase) {
  await migrateToLatest(database.db);
  const customers = Number(process.env.LOAD_CUSTOMERS ?? 20_000);
  await seedDemo(database.db, { services, customers, withActivities: false });
}
const app = await buildApp({ db: database.db, container: services, secret: 'x'.repeat(32) });
const { token } = await services.auth.createTokenForEmail(DEMO_ADMIN, 'bench');
const scope = (await services.auth.scopeForToken(token))!;
const filter = { country: 'DE', limit: 50 };
const db = database.db;

const schema = Page(CustomerOut);
const compile = (s: unknown) =>
  SerializerSelector()(undefined, undefined)({ schema: s } as never) as (v: unknown) => string;
const asWritten = compile(schema);
const asTypes = compile(simpleUnionsAsTypes(schema));

const rows = await customersRepository.list(db, scope, filter);
const tags = await customersRepository.tagsOf(
  db,
  scope.workspaceId,
  rows.map((r) => r.id),
);
const page = {
  items: rows.slice(0, 50).map((r) => toCustomerOut(r, tags.get(r.id) ?? [])),
  nextCursor: 'x',
};
if (asWritten(page) !== asTypes(page)) throw new Error('the two serializers differ');

const parts: [string, () => unknown][] = [
  ['rows, all columns (old)', () => customersRepository.list(db, scope, filter)],
  [
    'tags of the page (old)',
    () =>
      customersRepository.tagsOf(
        db,
        scope.workspaceId,
        rows.map((r) => r.id),
      ),
  ],
  [
    'mapping 50 rows (old)',
    () => rows.slice(0, 50).map((r) => toCustomerOut(r, tags.get(r.id) ?? [])),
  ],
  ['serialising, schema as written (old)', () => asWritten(page)],
  ['serialising, unions as type lists', () => asTypes(page)],
  ['JSON.stringify of the page (for scale)', () => JSON.stringify(page)],
  ['rows as JSON text (new)', () => customersRepository.listJson(db, scope, filter)],
  ['page as JSON text (new service)', () => services.customers.listJson(scope, filter)],
  [
    'whole request, app.inject',
    () =>
      app.inject({
        method: 'GET',
        url: '/api/v1/customers?country=DE&limit=50',
        headers: { authorization: `Bearer ${token}` },
      }),
  ],
];
console.log(
  `\n${pgBase ? 'PostgreSQL' : 'SQLite'}, ${requests} calls each after 200 warm-ups, admin, country=DE&limit=50\n`,
);
console.log('| part | p50 | mean |');
console.log('| --- | --- | --- |');
for (const [name, fn] of parts) {
  for (let i = 0; i < 200; i++) await fn();
  const t0 = performance.now();
  const s = await timeRequests(requests, async () => void (await fn()));
  const mean = (performance.now() - t0) / requests;
  console.log(`| ${name} | ${s.p50.toFixed(3)} ms | ${mean.toFixed(3)} ms |`);
}
await app.close();
await database.destroy();
if (pgBase) await dropPgDatabase(pgBase, 'list_parts');
