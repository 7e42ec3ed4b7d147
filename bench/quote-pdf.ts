/**
 * Quote PDFs: 100 quotes of ten lines each, rendered one at a time through the app's own
 * service (HTML → headless Chromium → PDF), after one warm-up render of another quote that starts
 * the browser. Every measured render is a first render: each quote is printed once, so the PDF
 * cache (an unchanged draft previewed again) never answers; the same 100 are then asked for again
 * to time that cache separately.
 * Mixed like a Chinese exporter's day: German, Brazilian, Saudi (Arabic), Chinese, Russian and
 * English quotes, every one under a letterhead with the company's Chinese name.
 * `npm run bench:quotes` runs it alone; `npm run bench` runs it too.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createContainer } from '../src/app/container.ts';
import { openDatabase } from '../src/db/database.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { insertUser } from '../src/modules/users/users.service.ts';
import { workspaces } from '../src/modules/workspaces/workspaces.service.ts';
import { percentile } from './stats.ts';

const MARKETS = [
  { country: 'DE', name: 'Müller Maschinenbau GmbH', currency: 'EUR' },
  { country: 'BR', name: 'Agro Paulista Ltda', currency: 'BRL' },
  {
    country: 'SA',
    name: 'Al Rajhi Trading',
    nativeName: 'الراجحي للتجارة',
    currency: 'SAR',
    language: 'ar',
  },
  { country: 'CN', name: 'Ningbo Partner Co.', nativeName: '宁波合作有限公司', currency: 'CNY' },
  {
    country: 'KZ',
    name: 'Steppe Energy LLP',
    nativeName: 'Дала Энерджи',
    currency: 'USD',
    language: 'ru',
  },
  { country: 'US', name: 'Lone Star Industrial Supply Inc.', currency: 'USD' },
];

export async function quotePdfBench(
  dir: string,
  n = 100,
  seller = '演示外贸有限公司 Demo Export Co.',
): Promise<{
  n: number;
  p50: number;
  p95: number;
  max: number;
  bytes: number;
  /** median of asking for the same 100 PDFs again, unchanged (the cache) */
  repeatP50: number;
}> {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'quotes.db');
  rmSync(file, { force: true });
  const database = openDatabase(file);
  await migrateToLatest(database.db);
  const services = createContainer(database.db, { uploadsDir: null });
  try {
    const ws = await workspaces.create(database.db, seller);
    const user = await insertUser(database.db, ws.id, null, {
      email: 'bench@example.test',
      name: 'Bench',
      role: 'admin',
      password: 'bench-password-long',
      teamIds: [],
    });
    const scope = (await services.auth.scopeFor(ws.id, user.id))!;
    const ids: string[] = [];
    // one more quote than measured: the last one only starts Chromium
    for (let i = 0; i <= n; i++) {
      const m = MARKETS[i % MARKETS.length]!;
      const c = await services.customers.create(scope, {
        name: `${m.name} ${i}`,
        nativeName: m.nativeName,
        country: m.country,
      });
      const q = await services.quotes.create(scope, {
        customerId: c.id,
        currency: m.currency,
        ...(m.language ? { language: m.language } : {}),
        validUntil: '2099-12-31',
        incoterm: { rule: 'FOB', place: 'Ningbo' },
        paymentTerms: [
          { percent: 30, event: 'on_order' },
          { percent: 70, event: 'against_bl_copy' },
        ],
        lines: Array.from({ length: 10 }, (_, k) => ({
          description: `Item ${k + 1}: gear motor ${k + 1}.5 kW, IE3, flange B5`,
          quantity: 10 + k,
          unit: 'pcs',
          unitPriceMinor: 12_345 * (k + 1),
          discountPercent: k % 3 ? 0 : 5,
          hsCode: '85015220',
        })),
      });
      ids.push(q.id);
    }
    await services.quoteFlow.pdf(scope, ids.pop()!); // starts Chromium: not counted
    const times: number[] = [];
    let bytes = 0;
    for (const id of ids) {
      const t0 = performance.now();
      const { pdf } = await services.quoteFlow.pdf(scope, id);
      times.push(performance.now() - t0);
      bytes += pdf.length;
    }
    times.sort((a, b) => a - b);
    const repeats: number[] = [];
    for (const id of ids) {
      const t0 = performance.now();
      await services.quoteFlow.pdf(scope, id);
      repeats.push(performance.now() - t0);
    }
    repeats.sort((a, b) => a - b);
    return {
      n,
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times.at(-1) ?? NaN,
      bytes: bytes / n,
      repeatP50: percentile(repeats, 50),
    };
  } finally {
    await services.pdfBrowser.close();
    await database.destroy();
  }
}

/** The figures as table rows for docs/performance.md. */
export async function quotePdfRows(dir: string, n = 100): Promise<string[]> {
  const row = (what: string, r: Awaited<ReturnType<typeof quotePdfBench>>) =>
    `| render ${r.n} quote PDFs one at a time (first renders), 10 lines each, in de, pt-BR, ar, zh, ru and en, ${what} | median ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, max ${r.max.toFixed(1)} ms; ${Math.round(r.bytes / 1024)} KB per PDF |`;
  const cjk = await quotePdfBench(dir, n);
  const latin = await quotePdfBench(dir, n, 'Demo Export Co.');
  return [
    row('under a letterhead with the company’s Chinese name (every PDF embeds CJK glyphs)', cjk),
    row('under a Latin-only letterhead (CJK glyphs only in the Chinese sixth)', latin),
    `| the same ${n} PDFs asked for again, unchanged (answered from the PDF cache) | median ${cjk.repeatP50.toFixed(1)} ms / ${latin.repeatP50.toFixed(1)} ms |`,
  ];
}

if (process.argv[1]?.endsWith('quote-pdf.ts'))
  for (const line of await quotePdfRows(
    process.env.BENCH_DIR ?? '/tmp/chuhai-bench-quotes',
    Number(process.env.BENCH_QUOTES ?? 100),
  ))
    console.log(line);
