import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import type { Scope } from '../../domain/scope.ts';
import { RateTable } from '../../domain/value/money.ts';
import { checkRates, type SheetRate } from '../../domain/value/rates-sheet.ts';
import { AppError, fieldError, problemAt, type FieldError } from '../../http/errors.ts';
import { requireRole } from '../../domain/scope.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { ordersRepository } from './orders.repository.ts';

/** The workspace's rates as a lookup that converts an amount at a date. */
export async function rateTableOf(db: Executor, workspaceId: string): Promise<RateTable> {
  const ws = await workspaces.find(db, workspaceId);
  const rows = await ordersRepository.rates(db, workspaceId);
  return new RateTable(
    ws?.reporting_currency ?? 'USD',
    rows.map((r) => ({ currency: r.currency, validFrom: r.valid_from, rate: Number(r.rate) })),
  );
}

export interface RatesBody {
  reportingCurrency?: string;
  items: { currency: string; validFrom: string; rate: string }[];
}

/** The reporting currency and the exchange rates by date: edited as a table or imported. */
export class ExchangeRatesService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope) {
    const ws = await workspaces.find(this.db, scope.workspaceId);
    const rows = await ordersRepository.rates(this.db, scope.workspaceId);
    return {
      reportingCurrency: ws?.reporting_currency ?? 'USD',
      items: rows.map((r) => ({ currency: r.currency, validFrom: r.valid_from, rate: r.rate })),
    };
  }

  /** Replaces the whole table (admin). */
  async replace(scope: Scope, body: RatesBody) {
    requireRole(scope, 'admin');
    const ws = await workspaces.find(this.db, scope.workspaceId);
    const reporting = (body.reportingCurrency ?? ws?.reporting_currency ?? 'USD').toUpperCase();
    const errors: FieldError[] = [];
    if (!isCurrency(reporting))
      errors.push(fieldError('/reportingCurrency', 'currency', { value: reporting }));
    // The editor sends ISO dates; a sheet may write them the local way (see rates-sheet.ts).
    const { rates: items, problems } = checkRates(body.items, reporting, (d) =>
      isIsoDate(d) ? d : null,
    );
    for (const p of problems) errors.push(problemAt(`/items/${p.index}/${p.field}`, p));
    if (errors.length) throw AppError.validation(errors);
    await this.db.transaction().execute(async (tx) => {
      await workspaces.setReportingCurrency(tx, scope.workspaceId, reporting);
      await ordersRepository.replaceRates(tx, scope.workspaceId, this.rows(scope, items));
    });
    return this.list(scope);
  }

  /** Adds imported rates; a rate for a currency and date already in the table is replaced. */
  async merge(scope: Scope, rates: SheetRate[]): Promise<{ added: number; replaced: number }> {
    requireRole(scope, 'admin');
    return this.db.transaction().execute(async (tx) => {
      const existing = new Set(
        (await ordersRepository.rates(tx, scope.workspaceId)).map(
          (r) => `${r.currency}|${r.valid_from}`,
        ),
      );
      await ordersRepository.upsertRates(tx, this.rows(scope, rates));
      const replaced = rates.filter((r) => existing.has(`${r.currency}|${r.validFrom}`)).length;
      return { added: rates.length - replaced, replaced };
    });
  }

  async reportingCurrency(scope: Scope): Promise<string> {
    return (await workspaces.find(this.db, scope.workspaceId))?.reporting_currency ?? 'USD';
  }

  private rows(scope: Scope, items: SheetRate[]) {
    return items.map((r) => ({
      workspace_id: scope.workspaceId,
      currency: r.currency,
      valid_from: r.validFrom,
      rate: r.rate,
    }));
  }
}
