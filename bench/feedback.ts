/**
 * The feedback summary over BENCH_ANSWERS (default 1,000,000) NPS answers in 40 countries, on a
 * demo workspace of 20,000 customers: `GET /feedback/summary?groupBy=country` through the app, as
 * an admin (every answer) and as a rep (their customers' answers only).
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app/http-app.ts';
import { openDatabase, type Database } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import type { SurveyAnswerTable, SurveyTable } from '../src/db/schema.ts';
import { shiftInstant } from '../src/domain/calendar/dates.ts';
import { newId } from '../src/domain/ids.ts';
import { feedbackRecords } from '../src/modules/feedback/feedback-records.service.ts';
import { Random } from '../src/seed/random.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { ms, timeRequests } from './stats.ts';
import { benchTokens } from './workloads.ts';

// prettier-ignore
const COUNTRIES = ['DE', 'FR', 'ES', 'IT', 'GB', 'NL', 'PL', 'TR', 'RU', 'KZ', 'SA', 'AE', 'EG', 'NG', 'KE', 'ZA', 'IN', 'PK', 'BD', 'ID', 'VN', 'TH', 'MY', 'PH', 'JP', 'KR', 'AU', 'NZ', 'US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE', 'IR', 'IQ', 'UZ', 'SG'];
const TIERS = ['A', 'B', 'C', ''];

export async function feedbackBench(
  dir: string,
  opts: { answers?: number; requests?: number } = {},
): Promise<string[]> {
  const total = opts.answers ?? Number(process.env.BENCH_ANSWERS ?? 1_000_000);
  const requests = opts.requests ?? 100;
  const file = join(dir, 'feedback.db');
  // BENCH_REUSE=1 keeps a database seeded by an earlier run (with BENCH_KEEP=1): reads only.
  const reuse = process.env.BENCH_REUSE === '1' && existsSync(file);
  if (!reuse) rmSync(file, { force: true });
  const database = openDatabase(file);
  const db = database.db;
  await migrateToLatest(db);
  if (!reuse) await seed(db, total);
  const app = await buildApp({
    db,
    secret: 'bench-secret-bench-secret-bench',
    webDist: '/nonexistent',
  });
  const tokenFor = benchTokens(database);
  const actors = {
    admin: await tokenFor('admin@demo.chuhai.dev'),
    rep: await tokenFor('rep1@demo.chuhai.dev'),
  };
  const lines: string[] = [];
  const now = new Date();
  const workloads: [string, string][] = [
    ['NPS and CSAT per country', '/feedback/summary?groupBy=country'],
    [
      'per country, one year',
      `/feedback/summary?groupBy=country&from=${shiftInstant(now, -365).toISOString().slice(0, 10)}`,
    ],
    ['per month', '/feedback/summary?groupBy=month'],
  ];
  for (const [label, url] of workloads)
    for (const [who, token] of Object.entries(actors)) {
      const headers = { authorization: `Bearer ${token}` };
      const ask = () => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
      for (let i = 0; i < 3; i++) await ask();
      let seen = 0;
      const r = await timeRequests(requests, async () => {
        const res = await ask();
        if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
        seen = res.json<{ total: { nps: { answers: number } } }>().total.nps.answers;
      });
      lines.push(
        `| feedback summary: ${label}, ${total.toLocaleString('en-US')} NPS answers in 40 countries, as ${who} (${seen.toLocaleString('en-US')} answers counted; ${requests} requests) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)} |`,
      );
      console.error(lines[lines.length - 1]);
    }
  await app.close();
  await database.destroy();
  if (!process.env.BENCH_KEEP)
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return lines;
}

/** A demo workspace of 20,000 customers and `total` answered NPS surveys over two years. */
async function seed(db: Database['db'], total: number): Promise<void> {
  console.error('feedback bench: seeding 20,000 customers…');
  const { workspaceId } = await seedDemo(db, {
    customers: 20_000,
    withContacts: false,
    withActivities: false,
  });
  const customers = await db
    .selectFrom('customers')
    .select(['id', 'owner_id'])
    .where('workspace_id', '=', workspaceId)
    .execute();
  const rnd = new Random(16);
  const now = new Date();
  console.error(`feedback bench: inserting ${total.toLocaleString('en-US')} answers…`);
  for (let start = 0; start < total; start += 20_000) {
    const surveys: SurveyTable[] = [];
    const answers: SurveyAnswerTable[] = [];
    for (let i = start; i < Math.min(total, start + 20_000); i++) {
      const c = customers[i % customers.length]!;
      const at = shiftInstant(now, -rnd.int(0, 720)).toISOString();
      const id = newId();
      surveys.push({
        workspace_id: workspaceId,
        id,
        kind: 'nps',
        round_id: null,
        ticket_id: null,
        customer_id: c.id,
        contact_id: null,
        token_hash: id,
        language: 'en',
        subject: null,
        planned_at: at,
        created_at: at,
      });
      answers.push({
        workspace_id: workspaceId,
        survey_id: id,
        kind: 'nps',
        customer_id: c.id,
        owner_id: c.owner_id,
        country: COUNTRIES[i % COUNTRIES.length]!,
        tier: TIERS[i % TIERS.length]!,
        score: rnd.int(0, 10),
        comment: null,
        language: 'en',
        month: at.slice(0, 7),
        answered_at: at,
        first_answered_at: at,
        follow_up_id: null,
      });
    }
    await db
      .transaction()
      .execute((tx) => feedbackRecords.insertHistory(tx, surveys, answers, { counts: 'later' }));
  }
  // The answers' counts (what an admin's summary reads), made once after the raw inserts.
  console.error('feedback bench: counting answers…');
  await db.transaction().execute((tx) => feedbackRecords.recountAnswers(tx, workspaceId));
  await feedbackRecords.refreshStatistics(db);
}
