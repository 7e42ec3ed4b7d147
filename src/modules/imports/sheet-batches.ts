import type { Import } from '../../db/schema.ts';
import { readSheet, sniff, type SheetRow } from './import-reader.ts';

export interface SheetBatch {
  rows: SheetRow[];
  headers: string[];
  /** data rows read so far, this batch included: the checkpoint to store with it */
  rowsDone: number;
  bytesDone: number;
}

/**
 * The import's file in batches of `size` data rows, starting after its checkpoint. The last batch
 * may be empty; it carries the final checkpoint and the file's full size.
 */
export async function* sheetBatches(job: Import, size: number): AsyncGenerator<SheetBatch> {
  const info = await sniff(job.file_path);
  let headers: string[] | null = null;
  let bytes = 0;
  let rowsDone = 0;
  let rows: SheetRow[] = [];
  for await (const row of readSheet(job.file_path, info, (b) => (bytes = b))) {
    if (!headers) {
      headers = row.cells.map((h) => h.trim());
      continue;
    }
    rowsDone++;
    if (rowsDone <= job.rows_done) continue;
    rows.push(row);
    if (rows.length >= size) {
      yield { rows, headers, rowsDone, bytesDone: bytes };
      rows = [];
    }
  }
  yield { rows, headers: headers ?? [], rowsDone, bytesDone: info.bytes };
}

/** A sheet row keyed by mapping target, and as read (for the error file). */
export function mapRow(
  row: SheetRow,
  headers: string[],
  mapping: Record<string, string | null>,
): { raw: Record<string, string>; byTarget: Record<string, string> } {
  const raw: Record<string, string> = {};
  const byTarget: Record<string, string> = {};
  headers.forEach((h, i) => {
    const v = row.cells[i] ?? '';
    raw[h] = v;
    const target = mapping[h];
    if (target) byTarget[target] = v;
  });
  return { raw, byTarget };
}
