import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readSheet, sniff, UNREADABLE_WORKBOOK } from './import-reader.ts';

// Writers order the parts of an XLSX zip differently (Excel puts the workbook first, ExcelJS
// varies from run to run); the reader must give the same rows whatever the order.
let dir: string;
let parts: Map<string, Uint8Array>;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chuhai-xlsx-'));
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Orders');
  sheet.addRow(['Customer', 'Order date', 'Amount']);
  sheet.addRow(['Müller Maschinenbau GmbH', new Date(Date.UTC(2026, 2, 5)), 12.5]);
  sheet.getCell('B2').numFmt = 'dd.mm.yyyy';
  wb.addWorksheet('Notes').addRow(['not read']);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  parts = new Map();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n]!.dir))
    parts.set(name, await zip.file(name)!.async('uint8array'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Writes the parts in the given order first, the rest after; `drop` leaves parts out. */
async function xlsx(name: string, first: string[], drop: string[] = []): Promise<string> {
  const zip = new JSZip();
  const names = [...first, ...[...parts.keys()].filter((n) => !first.includes(n))];
  for (const n of names) if (!drop.includes(n)) zip.file(n, parts.get(n)!);
  const path = join(dir, name);
  writeFileSync(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return path;
}

async function rows(path: string): Promise<string[][]> {
  const out: string[][] = [];
  for await (const row of readSheet(path, await sniff(path))) out.push(row.cells);
  return out;
}

const WB = 'xl/workbook.xml';
const RELS = 'xl/_rels/workbook.xml.rels';
const SHEET = 'xl/worksheets/sheet1.xml';
const SHEET2 = 'xl/worksheets/sheet2.xml';
const STYLES = 'xl/styles.xml';
const STRINGS = 'xl/sharedStrings.xml';

describe('reading XLSX whatever the order of its parts', () => {
  it.each([
    ['as Excel writes it', [WB, RELS, SHEET, STYLES, STRINGS]],
    ['the sheet before the workbook', [STRINGS, RELS, SHEET, WB, STYLES]],
    ['the sheet before the styles', [WB, STRINGS, RELS, SHEET, STYLES]],
    ['everything before the sheet', [WB, RELS, STYLES, STRINGS, SHEET]],
    ['another sheet first in the zip', [WB, RELS, STYLES, STRINGS, SHEET2, SHEET]],
    ['another sheet first, before the workbook', [STRINGS, RELS, SHEET2, SHEET, WB, STYLES]],
  ])('reads the first sheet %s, dates as dates', async (label, order) => {
    const path = await xlsx(`${label}.xlsx`, order);
    expect(await rows(path)).toEqual([
      ['Customer', 'Order date', 'Amount'],
      ['Müller Maschinenbau GmbH', '2026-03-05', '12.5'],
    ]);
  });

  it('leaves no temporary copy of a sheet behind, read to the end or stopped early', async () => {
    // ExcelJS buffers sheets that come before the shared strings (as Excel writes them) in
    // os.tmpdir(); this test process gets its own.
    const ownTmp = mkdtempSync(join(dir, 'tmp-'));
    const before = process.env.TMPDIR;
    process.env.TMPDIR = ownTmp;
    try {
      const path = await xlsx('buffered.xlsx', [RELS, SHEET2, SHEET, WB, STYLES, STRINGS]);
      expect(await rows(path)).toHaveLength(2);
      for await (const row of readSheet(path, await sniff(path))) {
        expect(row.cells[0]).toBe('Customer');
        break;
      }
      // ExcelJS removes them asynchronously.
      await vi.waitFor(() => expect(readdirSync(ownTmp)).toEqual([]), { timeout: 2000 });
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });

  it('reads a workbook without a styles part (dates then stay numbers)', async () => {
    const path = await xlsx('no-styles.xlsx', [STRINGS, RELS, SHEET, WB], [STYLES]);
    const read = await rows(path);
    expect(read[1]?.[0]).toBe('Müller Maschinenbau GmbH');
    expect(read[1]?.[2]).toBe('12.5');
  });

  it('says a broken workbook cannot be read instead of failing obscurely', async () => {
    const noWorkbook = await xlsx('no-workbook.xlsx', [STRINGS, RELS, SHEET], [WB]);
    const truncated = join(dir, 'truncated.xlsx');
    writeFileSync(truncated, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    for (const path of [noWorkbook, truncated])
      await expect(rows(path)).rejects.toMatchObject({
        status: 400,
        errors: [{ path: '/file', message: UNREADABLE_WORKBOOK }],
      });
  });
});
