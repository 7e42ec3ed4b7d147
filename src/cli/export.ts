import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import type { Scope } from '../domain/scope.ts';
import { CustomersService } from '../modules/customers/customers.service.ts';
import type { CustomerOut } from '../modules/customers/customers.schemas.ts';

const COLUMNS: [keyof CustomerOut, string][] = [
  ['id', 'id'],
  ['name', 'name'],
  ['nativeName', 'native_name'],
  ['country', 'country'],
  ['region', 'region'],
  ['city', 'city'],
  ['website', 'website'],
  ['domain', 'domain'],
  ['industry', 'industry'],
  ['size', 'size'],
  ['languages', 'languages'],
  ['timeZone', 'time_zone'],
  ['currency', 'currency'],
  ['stage', 'stage'],
  ['tier', 'tier'],
  ['tags', 'tags'],
  ['source', 'source'],
  ['ownerId', 'owner_id'],
  ['teamId', 'team_id'],
  ['createdAt', 'created_at'],
  ['updatedAt', 'updated_at'],
];

async function* allCustomers(db: Kysely<DB>, scope: Scope): AsyncGenerator<CustomerOut> {
  const service = new CustomersService(db);
  let cursor: string | undefined;
  do {
    const page = await service.list(scope, { limit: 500, cursor });
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const cell = (v: unknown) => (Array.isArray(v) ? v.join('; ') : (v ?? ''));

/** Streams every customer the scope can see, page by page, so large books never sit in memory. */
export async function exportCustomers(
  db: Kysely<DB>,
  scope: Scope,
  format: 'csv' | 'xlsx',
  out: string | null,
): Promise<number> {
  let count = 0;
  if (format === 'csv') {
    const sink = out ? createWriteStream(out) : process.stdout;
    const csv = stringify({ header: true, columns: COLUMNS.map(([, h]) => h), bom: !!out });
    csv.pipe(sink);
    for await (const c of allCustomers(db, scope)) {
      if (!csv.write(COLUMNS.map(([k]) => cell(c[k]))))
        await new Promise((r) => csv.once('drain', r));
      count++;
    }
    csv.end();
    if (out) await new Promise<void>((r) => (sink as Writable).once('finish', () => r()));
    return count;
  }
  if (!out) throw new Error('--out FILE is required for xlsx');
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: out,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Customers');
  sheet.columns = COLUMNS.map(([, h]) => ({ header: h, key: h, width: 20 }));
  for await (const c of allCustomers(db, scope)) {
    sheet.addRow(COLUMNS.map(([k]) => cell(c[k]))).commit();
    count++;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}
