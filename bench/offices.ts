/**
 * The planning view across offices (issue 22): 50 offices in 25 countries with 2,000 people and
 * their leave, `GET /office-planning?days=90` through the app as an admin (every office), and
 * one office's `GET /offices/{id}/planning?days=90` for comparison.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildApp } from '../src/app/http-app.ts';
import { createContainer } from '../src/app/container.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { addDays } from '../src/domain/calendar/dates.ts';
import { demoScope } from '../src/domain/scope.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { Random } from '../src/seed/random.ts';
import { ms, timeRequests } from './stats.ts';
import { benchTokens } from './workloads.ts';

// prettier-ignore
const SITES: [string, string, string | null][] = [
  ['AE', 'Asia/Dubai', null], ['SA', 'Asia/Riyadh', null], ['BR', 'America/Sao_Paulo', null],
  ['DE', 'Europe/Berlin', 'BY'], ['KZ', 'Asia/Almaty', null], ['FR', 'Europe/Paris', null],
  ['ES', 'Europe/Madrid', null], ['IT', 'Europe/Rome', null], ['GB', 'Europe/London', null],
  ['US', 'America/New_York', null], ['MX', 'America/Mexico_City', null], ['TR', 'Europe/Istanbul', null],
  ['IN', 'Asia/Kolkata', null], ['ID', 'Asia/Jakarta', null], ['VN', 'Asia/Ho_Chi_Minh', null],
  ['TH', 'Asia/Bangkok', null], ['MY', 'Asia/Kuala_Lumpur', null], ['JP', 'Asia/Tokyo', null],
  ['KR', 'Asia/Seoul', null], ['AU', 'Australia/Sydney', null], ['EG', 'Africa/Cairo', null],
  ['NG', 'Africa/Lagos', null], ['ZA', 'Africa/Johannesburg', null], ['PL', 'Europe/Warsaw', null],
  ['UZ', 'Asia/Tashkent', null],
];

export async function officesBench(
  dir: string,
  opts: { offices?: number; people?: number; requests?: number } = {},
): Promise<string[]> {
  const officeCount = opts.offices ?? 50;
  const peopleCount = opts.people ?? 2000;
  const requests = opts.requests ?? Number(process.env.BENCH_REQUESTS ?? 100);
  const file = join(dir, 'offices.db');
  // BENCH_REUSE=1 reads a database an earlier BENCH_KEEP=1 run seeded.
  const reuse = process.env.BENCH_REUSE === '1' && existsSync(file);
  if (!reuse) rmSync(file, { force: true });
  const database = openDatabase(file);
  const db = database.db;
  await migrateToLatest(db);
  const services = createContainer(db);
  const workspaceId = reuse
    ? (await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()).id
    : (await seedDemo(db, { customers: 20, withActivities: false, services })).workspaceId;
  const scope = demoScope(workspaceId);
  const rnd = new Random();
  const today = new Date().toISOString().slice(0, 10);
  // The demo's four offices count towards the 50, and their people towards the 2,000.
  const existing = await services.offices.list(scope);
  let people = 0;
  let leaves = 0;
  for (const o of existing) {
    const d = await services.offices.get(scope, o.id);
    people += d.people.length;
    leaves += d.leave.length;
  }
  const extra = reuse ? 0 : officeCount - existing.length;
  for (let i = 0; i < extra; i++) {
    const [country, timeZone, region] = SITES[i % SITES.length]!;
    const office = await services.offices.create(scope, {
      name: `Office ${i + 1} ${country}`,
      country,
      region,
      city: `City ${i + 1}`,
      timeZone,
      hours: { start: '09:00', end: '18:00' },
      ramadanHoursLess: country === 'AE' || country === 'SA' ? 2 : 0,
      closingDays: [{ date: addDays(today, 30 + i), name: 'Company day' }],
    });
    const share = Math.floor((peopleCount - people) / (extra - i));
    for (let p = 0; p < share; p++) {
      const person = await services.offices.addPerson(scope, office.id, {
        name: `Person ${i + 1}-${p + 1}`,
        countryOfWork: country,
        role: 'Staff',
        startDate: '2024-01-01',
      });
      people++;
      // Two leave periods each in the 90 days, one in three with a third (sick leave).
      for (let k = 0; k < (rnd.chance(0.33) ? 3 : 2); k++) {
        const from = addDays(today, Math.floor(rnd.next() * 85));
        await services.offices.requestLeave(scope, office.id, {
          personId: person.id,
          kind: k === 2 ? 'sick' : 'annual',
          from,
          to: addDays(from, Math.floor(rnd.next() * 7)),
        });
        leaves++;
      }
    }
  }
  const app = await buildApp({
    db,
    secret: 'bench-secret-bench-secret-bench',
    webDist: '/nonexistent',
  });
  const headers = {
    authorization: `Bearer ${await benchTokens(database)('admin@demo.chuhai.dev')}`,
  };
  const lines: string[] = [];
  const one = (await services.offices.list(scope)).find((o) => o.country === 'AE')!;
  const workloads: [string, string][] = [
    [
      `planning view across ${officeCount} offices, ${people.toLocaleString('en-US')} people, ${leaves.toLocaleString('en-US')} leave periods, 90 days, as admin`,
      '/office-planning?days=90',
    ],
    ['one office’s planning (Dubai), 90 days', `/offices/${one.id}/planning?days=90`],
  ];
  for (const [label, url] of workloads) {
    const ask = () => app.inject({ method: 'GET', url: `/api/v1${url}`, headers });
    for (let i = 0; i < 3; i++) await ask();
    let bytes = 0;
    const r = await timeRequests(requests, async () => {
      const res = await ask();
      if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
      bytes = res.rawPayload.length;
    });
    lines.push(
      `| ${label} (SQLite, ${requests} requests, ${Math.round(bytes / 1024).toLocaleString('en-US')} KiB answer) | p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)} |`,
    );
    console.error(lines[lines.length - 1]);
  }
  await app.close();
  await database.destroy();
  if (!process.env.BENCH_KEEP)
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  return lines;
}
