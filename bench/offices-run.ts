/** `npm run bench:offices`: only the offices planning bench (bench/offices.ts). */
import { mkdirSync } from 'node:fs';
import { officesBench } from './offices.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
for (const line of await officesBench(dir)) console.log(line);
