import { parentPort, workerData } from 'node:worker_threads';
import type { Import } from '../../db/schema.ts';
import { parsedBatches } from './parsed-rows.ts';

/**
 * The worker side of `parsedBatchesInWorker`: reads and normalises the file, one batch ahead of
 * the thread that writes. It posts a batch, then waits for the writer to take one before posting
 * the next, so at most two batches are held at once whatever the file's size.
 */
const port = parentPort!;
const { job, size } = workerData as { job: Import; size: number };
let credit = 2;
let wake: (() => void) | null = null;
port.on('message', () => {
  credit++;
  wake?.();
});

try {
  for await (const batch of parsedBatches(job, size)) {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    credit--;
    port.postMessage({ batch });
  }
  port.postMessage({ done: true });
} catch (err) {
  port.postMessage({ error: err instanceof Error ? err.message : String(err) });
}
