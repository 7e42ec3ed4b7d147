/**
 * `npm run bench:mentions` (issue 19): matching 100,000 feed items against 50 names in four
 * scripts (target < 5 s); the sentiment suggestion's accuracy on the labelled sample; the
 * reputation page (`summary`) over MENTIONS_N mentions (default 1,000,000) on SQLite, p95 target
 * < 300 ms.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createContainer } from '../src/app/container.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { compileNames, matchNames } from '../src/domain/reputation/name-match.ts';
import { SENTIMENT_SAMPLE } from '../src/domain/reputation/sentiment-sample.ts';
import { suggestSentiment } from '../src/domain/reputation/sentiment.ts';
import { demoScope } from '../src/domain/scope.ts';
import { mentionRecords } from '../src/modules/mentions/mention-records.service.ts';
import { seedDemo } from '../src/seed/demo.ts';
import { Random } from '../src/seed/random.ts';
import { ms, timeRequests } from './stats.ts';

const rnd = new Random();
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd.next() * xs.length)]!;

// 50 names: 13 Latin, 13 Chinese, 12 Cyrillic, 12 Arabic.
const LATIN =
  'Haier Sany Midea Gree Chery Zoomlion Huawei Lenovo Anta Xiaomi Hisense Weichai Sinotruk'.split(
    ' ',
  );
const HAN = '海尔 三一 美的 格力 奇瑞 中联重科 华为 联想 安踏 小米 海信 潍柴 中国重汽'.split(' ');
const CYR = 'Хайер Сани Мидеа Гри Чери Зумлион Хуавей Леново Анта Сяоми Хайсенс Вейчай'.split(' ');
const ARA = 'هاير ساني ميديا جري شيري زوومليون هواوي لينوفو انتا شاومي هايسنس ويتشاي'.split(' ');
const NAMES = [...LATIN, ...HAN, ...CYR, ...ARA].map((name) => ({ name }));
const WORDS = [
  ...'market growth tender ministry water pumps project local jobs factory opens announces results'.split(
    ' ',
  ),
  ...'рынок рост тендер министерство проект завод открывает'.split(' '),
  ...'السوق نمو مناقصة وزارة مشروع مصنع'.split(' '),
  ...'市场 增长 招标 部委 项目 工厂 开业'.split(' '),
];

function matching(): string[] {
  const items = Array.from({ length: 100_000 }, (_, i) => {
    const words = Array.from({ length: 30 }, () => pick(WORDS));
    if (i % 20 === 0) words.splice(Math.floor(rnd.next() * 30), 0, pick(NAMES).name);
    return words.join(' ');
  });
  const t0 = performance.now();
  const names = compileNames(NAMES);
  let hits = 0;
  for (const text of items) if (matchNames(text, names).length) hits++;
  const took = performance.now() - t0;
  return [
    `matching: 100,000 items × ${names.length} names in 4 scripts: ${ms(took)} (${hits} items matched; target < 5 s: ${took < 5000 ? 'met' : 'NOT met'})`,
  ];
}

function accuracy(): string[] {
  const lines: string[] = [];
  let right = 0;
  let all = 0;
  for (const [lang, rows] of Object.entries(SENTIMENT_SAMPLE)) {
    const ok = rows.filter(([t, label]) => suggestSentiment(t, lang).sentiment === label).length;
    right += ok;
    all += rows.length;
    lines.push(`sentiment ${lang}: ${ok}/${rows.length}`);
  }
  lines.push(`sentiment all: ${right}/${all} = ${((right / all) * 100).toFixed(1)} %`);
  return lines;
}

async function summary(dir: string): Promise<string[]> {
  const n = Number(process.env.MENTIONS_N ?? 1_000_000);
  const file = join(dir, 'mentions.db');
  rmSync(file, { force: true });
  const database = openDatabase(file);
  const db = database.db;
  await migrateToLatest(db);
  const services = createContainer(db);
  const { workspaceId } = await seedDemo(db, { customers: 10, withActivities: false, services });
  await db.deleteFrom('mentions').execute();
  const countries = ['MZ', 'SA', 'IN', 'BR', 'KZ'];
  const sentiments = ['negative', 'neutral', 'neutral', 'positive', 'positive'];
  const sources = Array.from({ length: 40 }, (_, i) => `Source ${i + 1}`);
  const start = Date.parse('2025-12-01T00:00:00Z');
  const t0 = performance.now();
  const at = new Date().toISOString();
  for (let i = 0; i < n; i += 1000) {
    await db.transaction().execute(async (tx) => {
      const rows = Array.from({ length: Math.min(1000, n - i) }, (_, k) => {
        const s = pick(sentiments);
        return {
          workspace_id: workspaceId,
          id: `bench-${i + k}`,
          country: countries[(i + k) % 5]!,
          title: `Mention ${i + k}`,
          source: pick(sources),
          language: 'en',
          published_on: new Date(start + Math.floor(rnd.next() * 365) * 86_400_000)
            .toISOString()
            .slice(0, 10),
          url: null,
          reach: null,
          sentiment: s,
          suggested_sentiment: s,
          suggested_score: null,
          person_sentiment: null,
          person_sentiment_by: null,
          feed_id: null,
          item_key: null,
          created_by: null,
          created_at: at,
          updated_at: at,
        };
      });
      await mentionRecords.insertHistory(tx, rows, { counts: 'later' });
    });
  }
  const seeded = performance.now() - t0;
  const t1 = performance.now();
  await db.transaction().execute((tx) => mentionRecords.recount(tx, workspaceId));
  const counted = performance.now() - t1;
  const scope = demoScope(workspaceId);
  const to = '2026-11-30';
  await services.mentions.summary(scope, { country: 'MZ' }, to); // warm
  const requests = Number(process.env.BENCH_REQUESTS ?? 30);
  // The year of whole months (Dec–Nov), and a year ending mid-month: its partial edge months'
  // sources are read from the mentions themselves.
  const t = await timeRequests(requests, async (i) => {
    await services.mentions.summary(scope, { country: countries[i % 5]! }, to);
  });
  const mid = await timeRequests(requests, async (i) => {
    await services.mentions.summary(scope, { country: countries[i % 5]! }, '2026-11-17');
  });
  // The same figures counted from the mentions (what the page read before the kept counts).
  const raw = await timeRequests(Math.min(requests, 10), async (i) => {
    await mentionRecords.summaryRaw(db, workspaceId, countries[i % 5]!, '2025-12-01', to);
  });
  await database.destroy();
  const line = (what: string, r: typeof t) =>
    `${what}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)}, max ${ms(r.max)} (target p95 < 300 ms: ${r.p95 < 300 ? 'met' : 'NOT met'})`;
  const each = `one country ≈ ${(n / 5).toLocaleString('en-US')} mentions, a year`;
  return [
    `summary: ${n.toLocaleString('en-US')} mentions seeded in ${ms(seeded)}, counted in ${ms(counted)}`,
    line(`summary (SQLite, ${each}, whole months, kept counts)`, t),
    line(`summary (SQLite, ${each}, ending mid-month, kept counts + raw edges)`, mid),
    line(`summary (SQLite, ${each}, raw counts as before 0091)`, raw),
    `load average: ${readFileSync('/proc/loadavg', 'utf8').trim()}`,
  ];
}

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
rmSync(join(dir, 'mentions.db'), { force: true });
await import('node:fs').then((fs) => fs.mkdirSync(dir, { recursive: true }));
for (const line of [...matching(), ...accuracy()]) console.log(line);
for (const line of await summary(dir)) console.log(line);
