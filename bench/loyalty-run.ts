/**
 * `npm run bench:loyalty`: only the loyalty bench (bench/loyalty.ts), on SQLite and, with
 * BENCH_DATABASE_URL, on a scratch PostgreSQL database beside it. BENCH_CUSTOMERS scales it down.
 */
import { mkdirSync } from 'node:fs';
import { loyaltyBench, loyaltyReadsOn } from './loyalty.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const customers = Number(process.env.BENCH_CUSTOMERS ?? 100_000);
const requests = Number(process.env.BENCH_REQUESTS ?? 500);
const ms = (n: number) => `${n.toFixed(1)} ms`;
// BENCH_ONLY_PG=1 skips SQLite when a PostgreSQL URL is given.
const pgUrl = process.env.BENCH_DATABASE_URL;
const targets: [string, string | undefined][] = [
  ...(pgUrl && process.env.BENCH_ONLY_PG === '1'
    ? []
    : [['sqlite', undefined] as [string, undefined]]),
  ...(pgUrl ? [['postgres', pgUrl] as [string, string]] : []),
];
// BENCH_REUSE=1: only the reads, on the PostgreSQL seed an earlier BENCH_KEEP=1 run kept.
if (pgUrl && process.env.BENCH_REUSE === '1') {
  const r = await loyaltyReadsOn(pgUrl, requests);
  console.log(
    `| postgres (kept seed) | ${r.customers.toLocaleString('en-US')} customers | read p50 ${ms(r.read.p50)}, p95 ${ms(r.read.p95)} (${r.read.count} requests) |`,
  );
  process.exit(0);
}
for (const [name, pg] of targets) {
  console.error(`loyalty on ${name}: ${customers} customers…`);
  const r = await loyaltyBench(dir, customers, 20, requests, pg);
  console.log(
    `| ${name} | ${r.customers.toLocaleString('en-US')} customers, ${r.entries.toLocaleString('en-US')} entries | evaluation ${ms(r.first.millis)} (${r.first.changed} written), again ${ms(r.again.millis)} | read p50 ${ms(r.read.p50)}, p95 ${ms(r.read.p95)} (${r.read.count} requests) |`,
  );
}
