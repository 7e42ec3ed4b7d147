import { stat } from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import type { Import } from '../../db/schema.ts';
import { parsedBatches, type ParsedBatch } from './parsed-rows.ts';

// A worker thread starts without the parent's TypeScript loader: it registers tsx, then loads
// the parser module.
const BOOT = `const { workerData } = require('node:worker_threads');
import(workerData.tsx).then((tsx) => { tsx.register(); return import(workerData.module); });`;

type Message = { batch: ParsedBatch } | { done: true } | { error: string };

/**
 * `parsedBatches` on a worker thread: CSV parsing and normalising run beside the writes instead
 * of between them (on SQLite the writes hold the main thread). Same batches, same order, same
 * checkpoints; the worker ends when the import stops reading, finished or not.
 */
export async function* parsedBatchesInWorker(
  job: Import,
  size: number,
): AsyncGenerator<ParsedBatch> {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: {
      job,
      size,
      tsx: import.meta.resolve('tsx/esm/api'),
      module: new URL('./parse-worker.ts', import.meta.url).href,
    },
  });
  const queue: Message[] = [];
  let waiting: ((m: Message) => void) | null = null;
  const deliver = (m: Message) => {
    if (waiting) {
      const w = waiting;
      waiting = null;
      w(m);
    } else queue.push(m);
  };
  worker.on('message', deliver);
  worker.on('error', (err) => deliver({ error: err.message }));
  worker.on('exit', (code) =>
    deliver(code ? { error: `parser exited with ${code}` } : { done: true }),
  );
  try {
    for (;;) {
      const m = queue.shift() ?? (await new Promise<Message>((resolve) => (waiting = resolve)));
      if ('error' in m) throw new Error(m.error);
      if ('done' in m) return;
      yield m.batch;
      worker.postMessage('next');
    }
  } finally {
    await worker.terminate();
  }
}

/**
 * Below this size a file is parsed on the writing thread: starting a worker (and its TypeScript
 * loader) costs about a second, more than parsing a few thousand rows.
 */
export const WORKER_MIN_BYTES = Number(
  process.env.CHUHAI_PARSE_WORKER_MIN_BYTES ?? 2 * 1024 * 1024,
);

/** The import's batches, parsed beside the writes when the file is large enough to gain. */
export async function* importBatches(job: Import, size: number): AsyncGenerator<ParsedBatch> {
  const bytes = (await stat(job.file_path)).size;
  yield* bytes >= WORKER_MIN_BYTES ? parsedBatchesInWorker(job, size) : parsedBatches(job, size);
}
