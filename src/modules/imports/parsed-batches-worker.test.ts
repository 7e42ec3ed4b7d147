import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Import } from '../../db/schema.ts';
import { parsedBatchesInWorker } from './parsed-batches-worker.ts';
import { parsedBatches, type ParsedBatch } from './parsed-rows.ts';

const dir = mkdtempSync(join(tmpdir(), 'chuhai-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function job(file: string, rowsDone = 0): Import {
  return {
    file_path: file,
    file_name: 'fair.csv',
    rows_done: rowsDone,
    mapping: JSON.stringify({
      Company: 'name',
      Country: 'country',
      Email: 'email',
      Phone: 'phone',
    }),
    options: JSON.stringify({ tags: ['fair'] }),
    source: null,
  } as unknown as Import;
}

async function all(it: AsyncGenerator<ParsedBatch>) {
  const out: ParsedBatch[] = [];
  for await (const b of it) out.push(b);
  return out;
}

describe('parsing on a worker thread', () => {
  const file = join(dir, 'fair.csv');
  const lines = ['Company,Country,Email,Phone'];
  for (let i = 0; i < 2_345; i++)
    lines.push(
      i % 100 === 7
        ? `,Atlantis,broken${i},`
        : `"上海水务 ${i} 有限公司",China,buyer${i}@shuiwu${i}.cn,021 6${String(i).padStart(7, '0')}`,
    );
  writeFileSync(file, lines.join('\n'));

  it('gives the same batches, rows, problems and checkpoints as parsing in thread', async () => {
    const inThread = await all(parsedBatches(job(file), 500));
    const inWorker = await all(parsedBatchesInWorker(job(file), 500));
    expect(inWorker.map((b) => [b.rows.length, b.rowsDone, b.bytesDone])).toEqual(
      inThread.map((b) => [b.rows.length, b.rowsDone, b.bytesDone]),
    );
    expect(inWorker).toEqual(inThread);
    expect(inThread.flatMap((b) => b.rows).filter((r) => !r.row)).toHaveLength(24);
  });

  it('resumes after the checkpoint like the in-thread reader', async () => {
    const resumed = await all(parsedBatchesInWorker(job(file, 1_000), 500));
    expect(resumed[0]?.rows[0]?.sheet.line).toBe(1_002);
    expect(resumed.reduce((n, b) => n + b.rows.length, 0)).toBe(1_345);
  });

  it('a reader stopped early ends its worker, and a missing file is an error', async () => {
    for await (const b of parsedBatchesInWorker(job(file), 500)) {
      expect(b.rows).toHaveLength(500);
      break;
    }
    await expect(all(parsedBatchesInWorker(job(join(dir, 'gone.csv')), 500))).rejects.toThrow();
  });
});
