/**
 * `npm run bench:sanctions`: screening at scale on SQLite. Seeds BENCH_SUBJECTS (default
 * 1,000,000) customers and contacts (half each: every customer has one contact; names in Latin,
 * Cyrillic, Chinese and Arabic script, with 100 planted true hits), imports a 20,000-entry own
 * watch list through the service, then times (1) re-screening every customer and contact
 * against all 20,000 entries — the `sanctions.rescreen` job's code path, hits written to the
 * review queue — with the process's peak resident memory, and (2) creating single customers
 * through the customers service, screening included, p50/p95.
 *
 * Seeding a million rows takes minutes and needs no quiet machine, so it can be done apart:
 * BENCH_SEED_ONLY=1 seeds `sanctions-seed.db` and stops; BENCH_REUSE=1 copies that file and
 * measures on the copy (a run adds reviews and customers, so the seed stays untouched).
 * BENCH_HITS_OUT=<file> writes the re-screen's reviews, sorted, to compare two versions' hits.
 */
import { copyFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { insertRows } from '../src/db/bulk-insert.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { createContainer } from '../src/app/container.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { AuthService } from '../src/modules/auth/auth.service.ts';
import { percentile, ms } from './stats.ts';

const SUBJECTS = Number(process.env.BENCH_SUBJECTS ?? 1_000_000);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? 20_000);
const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const SEED_ONLY = process.env.BENCH_SEED_ONLY === '1';
const REUSE = process.env.BENCH_REUSE === '1';
const seedFile = join(dir, `sanctions-seed-${SUBJECTS}-${ENTRIES}.db`);
const file = SEED_ONLY ? seedFile : join(dir, 'sanctions.db');
for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
if (REUSE) {
  if (!existsSync(seedFile)) throw new Error(`no ${seedFile}: run with BENCH_SEED_ONLY=1 first`);
  copyFileSync(seedFile, file);
}

// A deterministic generator, so two runs screen the same names.
// The first generator multiplied in doubles, which past 2^53 drops the low bits and falls into
// short cycles; kept for BENCH_NAMES=narrow only, to reproduce its figures.
let seed = 42;
const NARROW = process.env.BENCH_NAMES === 'narrow';
const rnd = NARROW
  ? () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
  : () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
const pick = <T>(a: readonly T[]) => a[Math.floor(rnd() * a.length)]!;
// Word stems. The first generator (BENCH_NAMES=narrow) built every word from 20 syllables: its
// 20,000-entry list has only about 2,200 distinct words, each name shares its first three
// letters with about 4,000 list names, and a customer "hits" two entries on average — nothing
// like a real book and list. The default builds words from about 1,800 syllables (onset, vowel,
// coda), closer to the spread of real names' first letters; the planted hits are the same.
const SYL = NARROW
  ? 'ka lo mi ren dor vas tel an bri sto gur mek zin pal nor quo sel dum har fi'.split(' ')
  : 'b br ch d dr f g gr h j k kr l m n p pr r s sh st t tr v w z'
      .split(' ')
      .flatMap((o) =>
        'a e i o u ai ei ou'
          .split(' ')
          .flatMap((v) => ['', 'n', 'r', 'l', 's', 'm', 'k', 't'].map((c) => o + v + c)),
      );
const word = () => {
  const n = 2 + Math.floor(rnd() * 2);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(SYL);
  return w[0]!.toUpperCase() + w.slice(1);
};
const TRADES = [
  'Trading',
  'Industrial',
  'Machinery',
  'Logistics',
  'Textiles',
  'Holdings',
  'Import Export',
];
const CYR = ['Алексей', 'Сергей', 'Ирина', 'Ольга', 'Дмитрий', 'Николай'];
const CYR_LAST = ['Смирнов', 'Кузнецов', 'Попов', 'Волков', 'Соколов', 'Лебедев', 'Козлов'];
const HAN = ['华', '明', '伟', '兴', '通', '达', '鑫', '海', '东', '瑞', '丰', '泰'];
const ARABIC = ['محمد', 'أحمد', 'خالد', 'يوسف', 'عمر', 'سالم', 'ناصر'];
const subjectName = (i: number) => {
  const r = i % 20;
  if (r < 16) return r % 2 ? `${word()} ${word()}` : `${word()} ${pick(TRADES)} Ltd`;
  if (r < 18) return `${pick(CYR)} ${pick(CYR_LAST)}`;
  if (r < 19) return `${pick(HAN)}${pick(HAN)}${pick(HAN)}${pick(HAN)}有限公司`;
  return `${pick(ARABIC)} ${pick(ARABIC)}`;
};

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MB`;

async function main() {
  const database = openDatabase(`sqlite:${file}`);
  const db = database.db;
  await migrateToLatest(db);
  const services = createContainer(db, { uploadsDir: null });
  const ws = REUSE
    ? (await db.selectFrom('workspaces').select('id').executeTakeFirstOrThrow()).id
    : (await seedDemo(db, { customers: 1, withContacts: true, services })).workspaceId;
  const templateCustomer = await db
    .selectFrom('customers')
    .selectAll()
    .where('workspace_id', '=', ws)
    .executeTakeFirstOrThrow();
  const templateContact = await db
    .selectFrom('contacts')
    .selectAll()
    .where('workspace_id', '=', ws)
    .executeTakeFirstOrThrow();
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where('workspace_id', '=', ws)
    .where('role', '=', 'admin')
    .executeTakeFirstOrThrow();
  const scope = (await new AuthService(db).scopeFor(ws, admin.id))!;

  // The list: ENTRIES own-list entries, person and company names with an alias each.
  const listNames: string[] = [];
  const lines = ['id,name,aliases,country,birthDate'];
  for (let i = 0; i < ENTRIES; i++) {
    const name = i % 2 ? `${word()} ${word()}` : `${word()} ${word()} ${pick(TRADES)} LLC`;
    listNames.push(name);
    lines.push(`E${i},"${name}","${word()} ${word()}",${pick(['RU', 'IR', 'SY', 'KP', 'BY'])},`);
  }
  const listFile = join(dir, 'sanctions-bench-list.csv');
  writeFileSync(listFile, lines.join('\n') + '\n');

  // The list goes in before the book, so the re-screen the upload starts has next to nothing to
  // screen; the re-screen of the whole book is timed below, alone.
  let listMs = NaN;
  if (!REUSE) {
    const tList = performance.now();
    await services.sanctions.upload(scope, {
      filePath: listFile,
      fileName: 'bench.csv',
      format: 'csv',
      name: 'Bench list',
    });
    listMs = performance.now() - tList;
    await services.sanctions.settled();
    await db.deleteFrom('sanctions_reviews').execute();
  }

  // The book: SUBJECTS / 2 customers with one contact each; 100 customers are listed parties.
  const t0 = performance.now();
  const customers = SUBJECTS / 2;
  const BATCH = 5000;
  for (let from = 0; from < customers; from += BATCH) {
    const cs: (typeof templateCustomer)[] = [];
    const ps: (typeof templateContact)[] = [];
    for (let i = from; i < Math.min(customers, from + BATCH); i++) {
      const id = `c${String(i).padStart(8, '0')}`;
      const planted = i % Math.floor(customers / 100) === 7;
      cs.push({
        ...templateCustomer,
        id,
        name: planted ? listNames[i % ENTRIES]! : subjectName(i),
        native_name: null,
      });
      ps.push({
        ...templateContact,
        id: `p${String(i).padStart(8, '0')}`,
        customer_id: id,
        first_name: subjectName(i + 7),
        last_name: null,
        native_name: null,
      });
    }
    // Reusing a seed, the names are still generated: the generator's state after them is what
    // the single-customer names below start from.
    if (!REUSE)
      await db.transaction().execute(async (tx) => {
        await insertRows(tx, 'customers', cs);
        await insertRows(tx, 'contacts', ps);
      });
  }
  if (SEED_ONLY) {
    console.error(`seeded ${seedFile} in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
    await db.destroy();
    return;
  }
  console.error(
    `seeded ${SUBJECTS} customers and contacts in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );

  const entryIds = (await db.selectFrom('sanctions_entries').select('id').execute()).map(
    (e) => e.id,
  );

  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t1 = performance.now();
  // Progress on stderr, so a run stopped early still tells its pace.
  let pages = 0;
  const onPage = async () => {
    if (++pages % 25) return;
    const s = ((performance.now() - t1) / 1000).toFixed(0);
    console.error(`${pages} pages of 2,000 customers in ${s} s, peak RSS ${mb(peak)}`);
  };
  const run = await services.sanctions.screening.rescreen(ws, entryIds, { onPage });
  const rescreenMs = performance.now() - t1;
  clearInterval(sampler);
  // The planted customers must be among the hits, each against the entry it copies.
  const step = Math.floor(customers / 100);
  const plantedFound = new Set(
    (
      await db
        .selectFrom('sanctions_reviews')
        .select(['customer_id', 'entry_name'])
        .where('subject_key', '=', '')
        .execute()
    )
      .filter((r) => {
        const i = Number(r.customer_id.slice(1));
        const planted = r.customer_id.startsWith('c') && i % step === 7;
        return planted && r.entry_name === listNames[i % ENTRIES];
      })
      .map((r) => r.customer_id),
  ).size;
  const hitsOut = process.env.BENCH_HITS_OUT;
  if (hitsOut) {
    const rows = await db
      .selectFrom('sanctions_reviews')
      .select(['customer_id', 'subject_key', 'entry_id', 'score_milli', 'matched_on'])
      .execute();
    const lines = rows.map(
      (r) => `${r.customer_id}|${r.subject_key}|${r.entry_id}|${r.score_milli}|${r.matched_on}`,
    );
    writeFileSync(hitsOut, lines.sort().join('\n') + '\n');
  }

  // Single new customers, screening included, against the whole 20,000-entry index.
  await services.sanctions.screening.index(db, ws);
  const times: number[] = [];
  for (let i = 0; i < 300; i++) {
    const name = i % 10 === 0 ? listNames[(i * 13) % ENTRIES]! : subjectName(i * 31);
    const t = performance.now();
    await services.customers.create(scope, { name, country: 'DE' });
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  const screenTimes: number[] = [];
  const index = await services.sanctions.screening.index(db, ws);
  for (let i = 0; i < 1000; i++) {
    const t = performance.now();
    index.screen({ name: subjectName(i * 17), country: 'DE' });
    screenTimes.push(performance.now() - t);
  }
  screenTimes.sort((a, b) => a - b);
  const out = [
    `| list import: ${ENTRIES} own-list entries (CSV parse, diff, insert) | ${(listMs / 1000).toFixed(1)} s |`,
    `| re-screen ${run.screened} customers and contacts against ${ENTRIES} entries (SQLite, hits written) | ${(rescreenMs / 1000).toFixed(1)} s, ${run.hits} hits (${plantedFound} of 100 planted found), peak RSS ${(peak / 1024 ** 2).toFixed(0)} MB |`,
    `| one new customer created through the service, screening included (300) | p50 ${ms(percentile(times, 50))}, p95 ${ms(percentile(times, 95))} |`,
    `| screening one name against the in-memory index (1000) | p50 ${ms(percentile(screenTimes, 50))}, p95 ${ms(percentile(screenTimes, 95))} |`,
  ];
  console.log(out.join('\n'));
  await db.destroy();
}

await main();
