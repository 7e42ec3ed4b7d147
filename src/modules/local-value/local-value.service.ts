import type { Insertable, Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, LocalValueEntry, LocalValueEntryTable } from '../../db/schema.ts';
import { isCountryCode, isCurrency } from '../../domain/countries.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import {
  entryProblems,
  sharePercent,
  type LocalValueFields,
  type LocalValueKind,
} from '../../domain/reputation/local-value.ts';
import { summarise, type LedgerFigure } from '../../domain/reputation/local-value-summary.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import type { RateTable } from '../../domain/value/money.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { diff, recordAudit } from '../audit/audit.service.ts';
import { dealRecords } from '../deals/deal-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { localValueRepository as repo } from './local-value.repository.ts';
import type { EntryBody, EntryOut, EntryPatch, SummaryOut } from './local-value.schemas.ts';

/** Managers and admins read the ledger; its owner and admins change a figure. */
const canEdit = (scope: Scope, e: LocalValueEntry) =>
  scope.role === 'admin' || e.owner_id === scope.userId;
const readers = (scope: Scope) => requireRole(scope, 'admin', 'manager');

const COLUMNS = {
  headcount: 'headcount',
  localNationals: 'local_nationals',
  management: 'management',
  womenInManagement: 'women_in_management',
  quantity: 'quantity',
  method: 'method',
  amountMinor: 'amount_minor',
  totalMinor: 'total_minor',
  currency: 'currency',
  partnerName: 'partner_name',
  dealId: 'deal_id',
  orderId: 'order_id',
} as const satisfies Record<string, keyof LocalValueEntryTable>;
type FieldName = keyof typeof COLUMNS;

const fieldsOf = (e: LocalValueEntry): LocalValueFields & { description: string } => ({
  ...(Object.fromEntries(
    Object.entries(COLUMNS).map(([f, c]) => [f, e[c] === null ? null : e[c]]),
  ) as LocalValueFields),
  description: e.description,
});

export const figureOf = (e: LocalValueEntry): LedgerFigure => ({
  id: e.id,
  kind: e.kind as LocalValueKind,
  periodStart: e.period_start,
  periodEnd: e.period_end,
  headcount: e.headcount,
  localNationals: e.local_nationals,
  management: e.management,
  womenInManagement: e.women_in_management,
  quantity: e.quantity,
  method: e.method,
  amountMinor: e.amount_minor === null ? null : Number(e.amount_minor),
  totalMinor: e.total_minor === null ? null : Number(e.total_minor),
  currency: e.currency,
  partnerName: e.partner_name,
  description: e.description,
});

/**
 * The local value ledger (issue 19): figures per country and period with their source document
 * and who entered them; amounts in their currency, converted with the workspace's rates (the
 * orders module's table) and never added across currencies. Every write is audited.
 */
export class LocalValueService {
  constructor(private readonly db: Kysely<DB>) {}

  async list(scope: Scope, f: { country?: string; year?: number }): Promise<EntryOut[]> {
    readers(scope);
    const rows = await repo.list(this.db, scope.workspaceId, {
      ...f,
      country: f.country?.toUpperCase(),
    });
    return this.out(this.db, scope, rows);
  }

  async get(scope: Scope, id: string): Promise<EntryOut> {
    readers(scope);
    const [row] = await repo.list(this.db, scope.workspaceId, { id });
    if (!row) throw AppError.notFound('Local value figure');
    return (await this.out(this.db, scope, [row]))[0]!;
  }

  async create(scope: Scope, body: EntryBody): Promise<EntryOut> {
    readers(scope);
    const id = newId();
    await this.db.transaction().execute(async (tx) => {
      const row = await this.checked(tx, scope, body, undefined);
      const at = nowIso();
      const full: Insertable<LocalValueEntryTable> = {
        ...row,
        workspace_id: scope.workspaceId,
        id,
        entered_by: scope.userId,
        owner_id: body.ownerId ?? scope.userId,
        created_at: at,
        updated_at: at,
      };
      await repo.insert(tx, full);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'local_value_entry',
        entityId: id,
        changes: diff({}, { ...row }),
      });
    });
    return this.get(scope, id);
  }

  async update(scope: Scope, id: string, patch: EntryPatch): Promise<EntryOut> {
    readers(scope);
    await this.db.transaction().execute(async (tx) => {
      const [before] = await repo.list(tx, scope.workspaceId, { id });
      if (!before) throw AppError.notFound('Local value figure');
      if (!canEdit(scope, before))
        throw AppError.forbidden('Only the figure’s owner or an admin can change it');
      const row = await this.checked(tx, scope, patch, before);
      await repo.update(tx, scope.workspaceId, id, {
        ...row,
        ...(patch.ownerId ? { owner_id: patch.ownerId } : {}),
        updated_at: nowIso(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'local_value_entry',
        entityId: id,
        changes: diff(
          { ...before },
          { ...row, ...(patch.ownerId ? { owner_id: patch.ownerId } : {}) },
        ),
      });
    });
    return this.get(scope, id);
  }

  async remove(scope: Scope, id: string): Promise<void> {
    readers(scope);
    await this.db.transaction().execute(async (tx) => {
      const [row] = await repo.list(tx, scope.workspaceId, { id });
      if (!row) throw AppError.notFound('Local value figure');
      if (!canEdit(scope, row))
        throw AppError.forbidden('Only the figure’s owner or an admin can delete it');
      await repo.remove(tx, scope.workspaceId, id);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'local_value_entry',
        entityId: id,
        changes: diff({ kind: row.kind, country: row.country, period_end: row.period_end }, {}),
      });
    });
  }

  /** A country's year, summed (managers and admins); the latest year with figures when absent. */
  async summary(scope: Scope, country: string, year?: number): Promise<SummaryOut> {
    readers(scope);
    return this.summaryOf(this.db, scope.workspaceId, country.toUpperCase(), year);
  }

  /**
   * The summary without the role check, for callers that decided access themselves (a tender's
   * bid file, for whoever may see the tender: the aggregated figures of the published report).
   */
  async summaryOf(db: Executor, ws: string, country: string, year?: number): Promise<SummaryOut> {
    if (!isCountryCode(country))
      throw AppError.validation([
        fieldError('/querystring/country', 'country', { value: country }),
      ]);
    const y = year ?? (await repo.latestYear(db, ws, country)) ?? new Date().getUTCFullYear();
    const [rows, rates] = await Promise.all([
      repo.list(db, ws, { country, year: y }),
      rateTableOf(db, ws),
    ]);
    return { country, year: y, ...summarise(rows.map(figureOf), rates) };
  }

  /** The ledger rows of a country's year (the report lists them with their sources). */
  async rowsOf(scope: Scope, country: string, year: number) {
    readers(scope);
    return repo.list(this.db, scope.workspaceId, { country, year });
  }

  latestYear = (db: Executor, ws: string, country: string) => repo.latestYear(db, ws, country);

  /** The row a body makes (with `before`: the stored figure with the patch over it), or 400. */
  private async checked(
    tx: Executor,
    scope: Scope,
    body: EntryPatch,
    before: LocalValueEntry | undefined,
  ) {
    const errors: FieldError[] = [];
    const country = (body.country ?? before?.country ?? '').toUpperCase();
    if (!isCountryCode(country))
      errors.push(fieldError('/country', 'country', { value: body.country ?? '' }));
    const kind = (body.kind ?? before?.kind) as LocalValueKind;
    const kindChanged =
      before !== undefined && body.kind !== undefined && body.kind !== before.kind;
    // A new kind starts from no fields: the old kind's figures do not carry over.
    const base = before && !kindChanged ? fieldsOf(before) : {};
    const f: LocalValueFields = { ...base };
    for (const name of Object.keys(COLUMNS) as FieldName[])
      if (body[name] !== undefined) (f as Record<string, unknown>)[name] = body[name];
    if (body.description !== undefined) f.description = body.description.trim();
    if (typeof f.currency === 'string') f.currency = f.currency.toUpperCase();
    if (f.currency && !isCurrency(f.currency))
      errors.push(fieldError('/currency', 'currency', { value: f.currency }));
    // The project's value is copied when a link is made, not on every later edit.
    const relink =
      !before || kindChanged || body.dealId !== undefined || body.orderId !== undefined;
    if (kind === 'revenue_share' && relink) await this.linked(tx, scope, f, errors);
    const period = {
      start: body.periodStart ?? before?.period_start ?? '',
      end: body.periodEnd ?? before?.period_end ?? '',
    };
    errors.push(...entryProblems(kind, f, period));
    if (body.ownerId) {
      const owner = await userRecords.findById(tx, scope.workspaceId, body.ownerId);
      if (!owner || owner.active !== 1) errors.push(fieldError('/ownerId', 'no_active_user'));
    }
    const source = (body.sourceDocument ?? before?.source_document ?? '').trim();
    if (!source) errors.push(fieldError('/sourceDocument', 'required'));
    if (errors.length) throw AppError.validation(errors);
    const row = {
      country,
      kind,
      period_start: period.start,
      period_end: period.end,
      description: f.description ?? '',
      source_document: source,
    } as unknown as Omit<
      LocalValueEntry,
      'workspace_id' | 'id' | 'entered_by' | 'owner_id' | 'created_at' | 'updated_at'
    >;
    for (const [name, col] of Object.entries(COLUMNS) as [FieldName, keyof typeof row][]) {
      const v = f[name];
      (row as Record<string, unknown>)[col] =
        v === undefined || v === '' ? null : typeof v === 'string' ? v.trim() : v;
    }
    return row;
  }

  /**
   * A revenue share linked to a deal or an order takes the project's value and currency from
   * it, as they are now: stored with the figure, so a later change of the deal does not rewrite
   * a published report.
   */
  private async linked(tx: Executor, scope: Scope, f: LocalValueFields, errors: FieldError[]) {
    if (f.dealId && f.orderId) return; // entryProblems names it
    let project: { amountMinor: number; currency: string } | undefined;
    if (f.dealId) {
      project = await dealRecords.valueVisible(tx, scope, f.dealId);
      if (!project) errors.push(fieldError('/dealId', 'not_in_scope', { entity: 'deal' }));
    } else if (f.orderId) {
      const o = await orderRecords.findVisible(tx, scope, f.orderId);
      if (!o) errors.push(fieldError('/orderId', 'not_in_scope', { entity: 'order' }));
      else project = { amountMinor: Number(o.amount_minor), currency: o.currency };
    }
    if (!project) return;
    if (f.currency && f.currency !== project.currency)
      errors.push(fieldError('/currency', 'currency_of_link', { currency: project.currency }));
    f.currency = project.currency;
    f.totalMinor = project.amountMinor;
  }

  private async out(db: Executor, scope: Scope, rows: LocalValueEntry[]): Promise<EntryOut[]> {
    const names = await userRecords.namesOf(
      db,
      scope.workspaceId,
      rows.map((r) => r.entered_by),
    );
    const rates: RateTable | null = rows.some((r) => r.amount_minor !== null)
      ? await rateTableOf(db, scope.workspaceId)
      : null;
    return rows.map((r) => {
      const amount = r.amount_minor === null ? null : Number(r.amount_minor);
      const total = r.total_minor === null ? null : Number(r.total_minor);
      return {
        id: r.id,
        country: r.country,
        periodStart: r.period_start,
        periodEnd: r.period_end,
        kind: r.kind as LocalValueKind,
        headcount: r.headcount,
        localNationals: r.local_nationals,
        management: r.management,
        womenInManagement: r.women_in_management,
        quantity: r.quantity,
        method: r.method,
        amountMinor: amount,
        totalMinor: total,
        currency: r.currency,
        sharePercent: amount !== null && total !== null ? sharePercent(amount, total) : null,
        convertedMinor:
          amount !== null && r.currency && rates
            ? rates.convert(amount, r.currency, r.period_end)
            : null,
        partnerName: r.partner_name,
        dealId: r.deal_id,
        orderId: r.order_id,
        description: r.description,
        sourceDocument: r.source_document,
        enteredBy: { id: r.entered_by, name: names.get(r.entered_by) ?? 'System' },
        ownerId: r.owner_id,
        canEdit: canEdit(scope, r),
        updatedAt: r.updated_at,
      };
    });
  }
}
