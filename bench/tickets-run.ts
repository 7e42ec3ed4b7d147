/**
 * `npm run bench:tickets`: only the tickets list bench (bench/tickets.ts), on SQLite and, with
 * BENCH_DATABASE_URL, on a scratch PostgreSQL database beside it (BENCH_ONLY_PG=1: that alone).
 */
import { mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { ticketsBench } from './tickets.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const pgUrl = process.env.BENCH_DATABASE_URL;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
console.log(`load average at start: ${load()}`);
if (!(pgUrl && process.env.BENCH_ONLY_PG === '1'))
  for (const line of await ticketsBench(dir)) console.log(line);
if (pgUrl) for (const line of await ticketsBench(dir, { databaseUrl: pgUrl })) console.log(line);
console.log(`load average at end: ${load()}`);
