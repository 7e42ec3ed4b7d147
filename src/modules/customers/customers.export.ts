import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';
import { CSV_QUOTED_MATCH, csvCell } from '../../domain/csv-cell.ts';
import type { CustomerOut } from './customers.schemas.ts';

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

const cell = (v: unknown): string | number =>
  Array.isArray(v)
    ? v.join('; ')
    : typeof v === 'number' || typeof v === 'string'
      ? v
      : v == null
        ? ''
        : JSON.stringify(v);

/**
 * Customers as CSV into a stream, one page at a time so large books never sit in memory. A BOM
 * makes Excel read the UTF-8 (native names in Arabic, Cyrillic or Chinese) correctly.
 */
export async function writeCustomersCsv(
  customers: AsyncIterable<CustomerOut>,
  sink: Writable,
  opts: { bom: boolean },
): Promise<number> {
  let count = 0;
  const csv = stringify({
    header: true,
    columns: COLUMNS.map(([, h]) => h),
    bom: opts.bom,
    quoted_match: CSV_QUOTED_MATCH,
  });
  csv.pipe(sink);
  try {
    for await (const c of customers) {
      // Every cell through csvCell: a customer named "=HYPERLINK(…)" must not become a formula.
      if (!csv.write(COLUMNS.map(([k]) => csvCell(cell(c[k])))))
        await new Promise((r) => csv.once('drain', r));
      count++;
    }
  } finally {
    csv.end();
  }
  return count;
}

export async function writeCustomersXlsx(
  customers: AsyncIterable<CustomerOut>,
  file: string,
): Promise<number> {
  let count = 0;
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet('Customers');
  sheet.columns = COLUMNS.map(([, h]) => ({ header: h, key: h, width: 20 }));
  for await (const c of customers) {
    sheet.addRow(COLUMNS.map(([k]) => cell(c[k]))).commit();
    count++;
  }
  sheet.commit();
  await workbook.commit();
  return count;
}

/** Walks a cursor-paged customer list to its end. */
export async function* everyPage(
  page: (
    cursor: string | undefined,
  ) => Promise<{ items: CustomerOut[]; nextCursor: string | null }>,
): AsyncGenerator<CustomerOut> {
  let cursor: string | undefined;
  do {
    const p = await page(cursor);
    yield* p.items;
    cursor = p.nextCursor ?? undefined;
  } while (cursor);
}
