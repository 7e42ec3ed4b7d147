import type { Scope } from '../../domain/scope.ts';
import { ratesFromSheet } from '../../domain/value/rates-sheet.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import type { ExchangeRatesService } from '../orders/exchange-rates.service.ts';
import { requireRole } from '../../domain/scope.ts';
import { readSheet, sniff, type SheetRow } from './import-reader.ts';

// A rate table has a row per currency and date: years of daily rates for 40 currencies fit.
const MAX_ROWS = 200_000;

/**
 * Imports an exchange-rate sheet (CSV in any encoding, or XLSX): good rows are added to the
 * table — replacing a rate for the same currency and date — and each bad row is reported with
 * its line, field and reason, as every import does.
 */
export async function importRates(service: ExchangeRatesService, scope: Scope, filePath: string) {
  requireRole(scope, 'admin');
  const info = await sniff(filePath);
  let headers: string[] | null = null;
  const rows: SheetRow[] = [];
  for await (const row of readSheet(filePath, info)) {
    if (!headers) headers = row.cells.map((h) => h.trim());
    else rows.push(row);
    if (rows.length > MAX_ROWS)
      throw AppError.validation([fieldError('/file', 'file_too_many_rates', { limit: MAX_ROWS })]);
  }
  if (!headers) throw AppError.validation([fieldError('/file', 'file_empty')]);
  const reporting = await service.reportingCurrency(scope);
  const { rates, problems } = ratesFromSheet(headers, rows, reporting);
  const { added, replaced } = rates.length
    ? await service.merge(scope, rates)
    : { added: 0, replaced: 0 };
  return {
    added,
    replaced,
    rejected: new Set(problems.map((p) => p.row)).size,
    errors: problems,
    ...(await service.list(scope)),
  };
}
