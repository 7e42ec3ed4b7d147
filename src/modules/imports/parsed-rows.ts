import type { Import } from '../../db/schema.ts';
import type { FieldProblem } from '../../domain/field-errors.ts';
import {
  normaliseCustomerRow,
  type NormalisedCustomerRow,
} from '../../domain/import/normalise-customer-row.ts';
import type { SheetRow } from './import-reader.ts';
import { mapRow, sheetBatches } from './sheet-batches.ts';

/** A sheet row read and normalised: what the import decides on. */
export interface ParsedRow {
  sheet: SheetRow;
  raw: Record<string, string>;
  row: NormalisedCustomerRow | null;
  problems: FieldProblem[];
}

export interface ParsedBatch {
  rows: ParsedRow[];
  rowsDone: number;
  bytesDone: number;
}

/** The customer import's file in batches of normalised rows, after its checkpoint. */
export async function* parsedBatches(job: Import, size: number): AsyncGenerator<ParsedBatch> {
  const mapping = JSON.parse(job.mapping) as Record<string, string | null>;
  const options = JSON.parse(job.options) as { country?: string; tags?: string[] };
  for await (const b of sheetBatches(job, size)) {
    const rows = b.rows.map((sheet): ParsedRow => {
      const { raw, byTarget } = mapRow(sheet, b.headers, mapping);
      const result = normaliseCustomerRow(byTarget, {
        country: options.country ?? null,
        // Customers keep where they came from: the import's source, else the file's name.
        source: job.source ?? `import: ${job.file_name}`,
        tags: options.tags ?? [],
      });
      return { sheet, raw, row: result.row, problems: result.problems };
    });
    yield { rows, rowsDone: b.rowsDone, bytesDone: b.bytesDone };
  }
}
