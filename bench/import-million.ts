/**
 * `npx tsx bench/import-million.ts`: imports a generated 1,000,000-row customer CSV into a fresh
 * SQLite workspace and prints the time and the process's peak RSS (the memory target is 500 MB).
 */
import { mkdirSync } from 'node:fs';
import { importBench } from './import.ts';
import { perSec } from './stats.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const r = await importBench(dir, Number(process.env.BENCH_IMPORT_ROWS ?? 1_000_000));
console.log(
  `| import a ${r.rows.toLocaleString('en-US')}-row customer CSV: ${r.counts.created.toLocaleString('en-US')} created, ${r.counts.merged.toLocaleString('en-US')} merged (${r.status}) | ${(r.millis / 1000).toFixed(1)} s, ${perSec(r.rows, r.millis)}, peak RSS ${Math.round(r.peakRss / 2 ** 20)} MB |`,
);
