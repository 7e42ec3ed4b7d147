/** `npm run bench:tickets`: only the tickets list bench (bench/tickets.ts). */
import { mkdirSync } from 'node:fs';
import { ticketsBench } from './tickets.ts';

const dir = process.env.BENCH_DIR ?? '/tmp/chuhai-bench';
mkdirSync(dir, { recursive: true });
for (const line of await ticketsBench(dir)) console.log(line);
