import ExcelJS from 'exceljs';
import { csvCell } from '../../domain/csv-cell.ts';

export type ExportLanguage = 'en' | 'zh';

/** One table of an export: a sheet name and its columns, headers in both languages. */
export interface SheetSpec<Row> {
  name: { en: string; zh: string };
  columns: { header: { en: string; zh: string }; value: (row: Row) => string | number | null }[];
  rows: readonly Row[];
}

/**
 * The insight tables as an XLSX workbook, one sheet per table. Text goes through `csvCell` as in
 * every CSV Chuhai writes, and is written as a text cell, never a formula: a customer named
 * `=HYPERLINK(…)` stays text in Excel, WPS and LibreOffice. Numbers stay numbers (they sum).
 */
export async function workbookOf(
  sheets: SheetSpec<unknown>[],
  lang: ExportLanguage,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Chuhai';
  for (const s of sheets) {
    const sheet = workbook.addWorksheet(s.name[lang].slice(0, 31));
    sheet.columns = s.columns.map((c) => ({
      header: csvCell(c.header[lang]) as string,
      width: 20,
    }));
    for (const row of s.rows)
      sheet.addRow(
        s.columns.map((c) => {
          const v = c.value(row);
          return v === null ? null : csvCell(v);
        }),
      );
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A sheet spec with its row type checked against its columns. */
export function sheet<Row>(spec: SheetSpec<Row>): SheetSpec<unknown> {
  return spec as SheetSpec<unknown>;
}
