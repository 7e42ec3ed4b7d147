import { stringify } from 'csv-stringify/sync';
import type { Import } from '../../db/schema.ts';
import { CSV_QUOTED_MATCH, csvCell } from '../../domain/csv-cell.ts';
import type { FieldProblem } from '../../domain/field-errors.ts';

type Params = Record<string, string | number | string[]>;

/** A rejected row's problem as the server sends it: the code and params say it in any language. */
export interface RowErrorOut {
  row: number;
  field: string;
  message: string;
  code?: string;
  params?: Params;
}

/** A problem as the columns of `import_errors`. */
export function problemColumns(p: FieldProblem) {
  return {
    field: p.field,
    message: p.message,
    code: p.code,
    params: p.params ? JSON.stringify(p.params) : null,
  };
}

/** A stored problem as sent; rows stored before codes (code null) keep only their English. */
export function rowErrorOut(e: {
  row: number;
  field: string;
  message: string;
  code: string | null;
  params: string | null;
}): RowErrorOut {
  return {
    row: e.row,
    field: e.field,
    message: e.message,
    ...(e.code ? { code: e.code } : {}),
    ...(e.params ? { params: JSON.parse(e.params) as Params } : {}),
  };
}

export interface ImportOut {
  id: string;
  status: Import['status'];
  entity: string;
  dryRun: boolean;
  fileName: string;
  source: string | null;
  rowsDone: number;
  progress: number;
  counts: { created: number; updated: number; merged: number; unchanged: number; rejected: number };
  errors: RowErrorOut[];
  error: string | null;
  /** the user who ran it */
  createdBy: string;
  createdByName: string | null;
  createdAt: string;
  finishedAt: string | null;
  /** the sanctions hits of the customers and contacts it created (the one import's report) */
  sanctionsHits?: SanctionsHitOut[];
}

/** A new customer or contact that matched a sanctions list entry, waiting in the review queue. */
export interface SanctionsHitOut {
  reviewId: string;
  customerId: string;
  customerName: string;
  subjectName: string;
  entryName: string;
  score: number;
}

export const toOut = (
  j: Import & { created_by_name: string | null },
  errors: RowErrorOut[] = [],
  sanctionsHits?: SanctionsHitOut[],
): ImportOut => ({
  id: j.id,
  status: j.status,
  entity: j.entity,
  dryRun: j.dry_run === 1,
  fileName: j.file_name,
  source: j.source,
  rowsDone: j.rows_done,
  progress: j.status === 'done' ? 1 : j.bytes_total ? Math.min(1, j.bytes_done / j.bytes_total) : 0,
  counts: {
    created: j.created,
    updated: j.updated,
    merged: j.merged,
    unchanged: j.unchanged,
    rejected: j.rejected,
  },
  errors,
  error: j.error,
  createdBy: j.created_by,
  createdByName: j.created_by_name,
  createdAt: j.created_at,
  finishedAt: j.finished_at,
  ...(sanctionsHits ? { sanctionsHits } : {}),
});

/** The rejected rows as they were read, with a reason column, to fix and import again. */
export function rejectedRowsCsv(
  errors: { row: number; field: string; message: string; raw: string }[],
): string {
  const byRow = new Map<number, { raw: Record<string, string>; reasons: string[] }>();
  for (const e of errors) {
    const entry = byRow.get(e.row) ?? {
      raw: JSON.parse(e.raw) as Record<string, string>,
      reasons: [],
    };
    entry.reasons.push(e.field ? `${e.field}: ${e.message}` : e.message);
    byRow.set(e.row, entry);
  }
  const first = byRow.values().next().value;
  const headers = first ? Object.keys(first.raw) : [];
  const lines = [...byRow.entries()].map(([row, v]) => [
    row,
    ...headers.map((h) => v.raw[h] ?? ''),
    v.reasons.join('; '),
  ]);
  // The rows come from an uploaded file: every cell, headers too, through csvCell.
  const table = [['row', ...headers, 'reason'], ...lines].map((r) => r.map(csvCell));
  return '\uFEFF' + stringify(table, { quoted_match: CSV_QUOTED_MATCH });
}
