import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Container } from '../app/container.ts';
import type { Scope } from '../domain/scope.ts';
import {
  everyPage,
  writeCustomersCsv,
  writeCustomersXlsx,
} from '../modules/customers/customers.export.ts';

/** Streams every customer the scope can see (or a segment's), so large books never sit in memory. */
export async function exportCustomers(
  { customers, segments }: Pick<Container, 'customers' | 'segments'>,
  scope: Scope,
  format: 'csv' | 'xlsx',
  out: string | null,
  segmentId?: string,
): Promise<number> {
  const rows = everyPage((cursor) =>
    segmentId
      ? segments.customers(scope, segmentId, { limit: 500, cursor })
      : customers.list(scope, { limit: 500, cursor }),
  );
  if (format === 'xlsx') {
    if (!out) throw new Error('--out FILE is required for xlsx');
    return writeCustomersXlsx(rows, out);
  }
  const sink = out ? createWriteStream(out) : process.stdout;
  const count = await writeCustomersCsv(rows, sink, { bom: !!out });
  if (out) await once(sink, 'finish');
  return count;
}
