/**
 * `npm run bench:deals`: only the deals board and forecast workloads of `npm run bench`, sized by
 * BENCH_DEALS (default 200,000), BENCH_DEAL_CUSTOMERS (20,000) and BENCH_REQUESTS (100).
 */
import { mkdirSync } from 'node:fs';
import { dealsBench } from './deals.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
const lines = await dealsBench(dir, {
  deals: Number(process.env.BENCH_DEALS ?? 200_000),
  customers: Number(process.env.BENCH_DEAL_CUSTOMERS ?? 20_000),
  requests: Number(process.env.BENCH_REQUESTS ?? 100),
});
console.log(['| workload | figure |', '| --- | --- |', ...lines].join('\n'));
