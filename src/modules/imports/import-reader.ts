import type { EventEmitter } from 'node:events';
import { createReadStream } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { FIELD_ERRORS } from '../../domain/field-errors.ts';
import { AppError, fieldError } from '../../http/errors.ts';

export interface SheetRow {
  /** the row's line in the sheet, the header being row 1 */
  line: number;
  cells: string[];
}

export interface SheetInfo {
  format: 'csv' | 'xlsx';
  encoding: string | null;
  delimiter: string | null;
  bytes: number;
}

/** Reads the start of a file to tell its format, text encoding and delimiter. */
export async function sniff(path: string): Promise<SheetInfo> {
  const { size } = await stat(path);
  const fh = await open(path, 'r');
  const head = Buffer.alloc(Math.min(size, 64 * 1024));
  try {
    await fh.read(head, 0, head.length, 0);
  } finally {
    await fh.close();
  }
  if (head[0] === 0x50 && head[1] === 0x4b)
    return { format: 'xlsx', encoding: null, delimiter: null, bytes: size };
  const encoding = detectEncoding(head);
  const text = iconv.decode(head, encoding);
  return { format: 'csv', encoding, delimiter: detectDelimiter(text), bytes: size };
}

/**
 * BOMs say it outright; otherwise text that is not valid UTF-8 from Chinese systems and Excel is
 * GB18030 (a superset of GBK and GB2312).
 */
export function detectEncoding(head: Buffer): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  // A multi-byte character cut at the end of the sample is not an error.
  const sample = head.subarray(0, Math.max(0, head.length - 4));
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample);
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** The delimiter that splits the header line into the most columns. */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  let best = ',';
  let most = 0;
  for (const d of [',', ';', '\t', '|']) {
    const n = firstLine.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/**
 * Streams a CSV or XLSX sheet row by row without holding the file: the first row is the header.
 * `onBytes` reports how far into the file the reader is, for progress.
 */
export async function* readSheet(
  path: string,
  info: SheetInfo,
  onBytes?: (bytes: number) => void,
): AsyncGenerator<SheetRow> {
  if (info.format === 'xlsx') {
    yield* readXlsx(path);
    return;
  }
  const file = createReadStream(path, { highWaterMark: 256 * 1024 });
  if (onBytes) file.on('data', () => onBytes(file.bytesRead));
  const parser = file.pipe(iconv.decodeStream(info.encoding ?? 'utf-8', { stripBOM: true })).pipe(
    parse({
      delimiter: info.delimiter ?? ',',
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      bom: true,
      info: true,
    }),
  );
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>)
      yield { line: rec.info.lines, cells: rec.record };
  } catch (err) {
    throw csvProblem(err);
  } finally {
    file.destroy();
  }
}

/** A parser error (an unclosed quote, a broken record) as the 400 that names the line. */
function csvProblem(err: unknown): unknown {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('CSV_')) return err;
  const line = Number((err as { lines?: unknown }).lines) || 1;
  return AppError.validation([
    code === 'CSV_QUOTE_NOT_CLOSED'
      ? fieldError('/file', 'csv_unclosed_quote', { line })
      : fieldError('/file', 'csv_malformed', { line }),
  ]);
}

async function* readXlsx(path: string): AsyncGenerator<SheetRow> {
  const workbook = openWorkbook(path);
  const sheets = workbook.reader[Symbol.asyncIterator]();
  try {
    // Only the workbook's first worksheet is read; the zip may hold it after others.
    for (let next = await sheets.next(); !next.done; next = await sheets.next()) {
      const sheet = next.value as AsyncIterable<ExcelJS.Row>;
      if (!workbook.isFirstSheet()) {
        release(sheet);
        continue;
      }
      try {
        for await (const row of sheet) {
          const values = row.values as unknown[];
          const cells: string[] = [];
          for (let i = 1; i < values.length; i++) cells.push(cellText(values[i]));
          if (cells.some((c) => c !== '')) yield { line: row.number, cells };
        }
      } finally {
        release(sheet);
      }
      break;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw AppError.validation([fieldError('/file', 'file_unreadable')]);
  } finally {
    await releaseRest(sheets);
  }
}

/**
 * ExcelJS deletes a worksheet's temporary copy only when asked for the sheet after it, so the
 * rest is walked without reading rows — else every import would leave customer data in /tmp.
 */
async function releaseRest(sheets: AsyncIterator<unknown>): Promise<void> {
  try {
    for (let next = await sheets.next(); !next.done; next = await sheets.next())
      release(next.value);
  } catch {
    // A sheet after the one read may be broken; what was read stands.
  }
}

/**
 * Closes the file a buffered worksheet is read from (a zip entry needs nothing). ExcelJS deletes
 * that temporary file as soon as it is asked for the next sheet; a stream abandoned before its
 * file finished opening then reports ENOENT, which without a listener crashed the process (seen
 * under load in CI). The sheet is deliberately unread, so that late error is expected and dropped.
 */
function release(sheet: unknown): void {
  const source = (
    sheet as { iterator?: { destroy?: () => void; on?: (e: string, f: () => void) => void } }
  ).iterator;
  source?.on?.('error', () => {});
  source?.destroy?.();
}

export const UNREADABLE_WORKBOOK = FIELD_ERRORS.file_unreadable;

interface ReaderInternals {
  model?: { sheets?: { rId: string }[] };
  _parseStyles(entry: unknown): Promise<void>;
}

/**
 * ExcelJS's streaming reader parses a worksheet on the fly once it has the shared strings and the
 * workbook's relationships, and fails if `xl/workbook.xml` comes later in the zip — an order some
 * writers (ExcelJS itself among them) produce; styles read later leave dates as serial numbers.
 * It buffers a worksheet to a temporary file while the relationships are missing, so they are
 * held back until the workbook and its styles are read. Sheets also arrive in zip order, not the
 * workbook's: `isFirstSheet` says whether the sheet just emitted is the workbook's first.
 */
function openWorkbook(path: string) {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    // Number formats tell a date cell from a number.
    styles: 'cache',
    worksheets: 'emit',
    entries: 'emit',
  });
  const r = reader as unknown as ReaderInternals;
  let rels: { Id: string; Target: string }[] | undefined;
  let stylesRead = false;
  let emittedFile: string | undefined;
  const parseStyles = r._parseStyles.bind(r);
  r._parseStyles = async (entry) => {
    await parseStyles(entry);
    stylesRead = true;
  };
  Object.defineProperty(reader, 'workbookRels', {
    configurable: true,
    get: () => (r.model !== undefined && stylesRead ? rels : undefined),
    set: (v: typeof rels) => {
      rels = v;
    },
  });
  // The reader is an EventEmitter; ExcelJS's types leave that out.
  (reader as unknown as EventEmitter).on('entry', (e: { type: string; id?: string }) => {
    if (e.type === 'worksheet') emittedFile = `worksheets/sheet${e.id}.xml`;
  });
  return {
    reader,
    isFirstSheet(): boolean {
      const first = r.model?.sheets?.[0];
      const target = rels?.find((rel) => rel.Id === first?.rId)?.Target.replace(/^\/?xl\//, '');
      return target === undefined || target === emittedFile;
    },
  };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    const o = v as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (o.richText) return o.richText.map((r) => r.text).join('');
    if (o.text !== undefined) return cellText(o.text);
    if (o.result !== undefined) return cellText(o.result);
    return '';
  }
  return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? `${v}` : '';
}
