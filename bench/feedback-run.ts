/** `npm run bench:feedback`: only the feedback summary bench (bench/feedback.ts). */
import { mkdirSync } from 'node:fs';
import { feedbackBench } from './feedback.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
for (const line of await feedbackBench(dir)) console.log(line);
