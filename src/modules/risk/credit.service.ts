import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { CreditApproval, DB } from '../../db/schema.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { requireRole, type Scope } from '../../domain/scope.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import type { CreditSubject, CreditWarningOut } from '../orders/credit-check.ts';
import { creditRepository } from './credit.repository.ts';
import { receivablesRepository } from './receivables.repository.ts';

export interface CreditLimitBody {
  limitMinor: number | null;
  insurer?: string | null;
  policyNumber?: string | null;
}

const approvalOut = (a: CreditApproval & { customer_name?: string }) => ({
  id: a.id,
  customerId: a.customer_id,
  customerName: a.customer_name ?? null,
  entityType: a.entity_type,
  entityId: a.entity_id,
  currency: a.currency,
  amountMinor: Number(a.amount_minor),
  exposureMinor: Number(a.exposure_minor),
  limitMinor: Number(a.limit_minor),
  status: a.status,
  requestedBy: a.requested_by,
  requestedAt: a.requested_at,
  decidedBy: a.decided_by,
  decidedAt: a.decided_at,
  note: a.note,
});

const today = () => nowIso().slice(0, 10);

/**
 * Credit limits in the reporting currency, a customer's exposure (unpaid orders and accepted
 * quotes not yet ordered, at today's rates), and the approval a manager gives when a new order or
 * quote goes over the limit.
 */
export class CreditService {
  constructor(private readonly db: Kysely<DB>) {}

  /** Exposure in the reporting currency at `asOf`'s rates; amounts without a rate named apart. */
  async exposure(db: Executor, workspaceId: string, customerId: string, asOf = today()) {
    const rates = await rateTableOf(db, workspaceId);
    const missing = new Map<string, number>();
    const sum = (rows: { amount: number; currency: string }[]) =>
      rows.reduce((s, r) => {
        const c = rates.convert(r.amount, r.currency, asOf);
        if (c === null) missing.set(r.currency, (missing.get(r.currency) ?? 0) + r.amount);
        return s + (c ?? 0);
      }, 0);
    const orders = sum(
      (await receivablesRepository.openOf(db, workspaceId, customerId)).map((o) => ({
        amount: Math.max(0, Number(o.amount_minor) - Number(o.paid_minor)),
        currency: o.currency,
      })),
    );
    const quotes = sum(
      (await creditRepository.acceptedQuotes(db, workspaceId, customerId)).map((q) => ({
        amount: Number(q.total_minor),
        currency: q.currency,
      })),
    );
    return {
      currency: rates.reporting,
      ordersMinor: orders,
      quotesMinor: quotes,
      totalMinor: orders + quotes,
      unconverted: [...missing].map(([currency, amountMinor]) => ({ currency, amountMinor })),
    };
  }

  async setLimit(scope: Scope, customerId: string, body: CreditLimitBody) {
    requireRole(scope, 'manager', 'admin');
    if (body.limitMinor !== null && !isAmountMinor(body.limitMinor))
      throw AppError.validation([
        fieldError('/limitMinor', 'amount_minor', { max: MAX_AMOUNT_MINOR }),
      ]);
    return this.db.transaction().execute(async (tx) => {
      if (!(await customerRecords.findVisible(tx, scope, customerId)))
        throw AppError.notFound('Customer');
      const before = await creditRepository.limitOf(tx, scope.workspaceId, customerId);
      const currency = (await rateTableOf(tx, scope.workspaceId)).reporting;
      if (body.limitMinor === null)
        await creditRepository.removeLimit(tx, scope.workspaceId, customerId);
      else
        await creditRepository.putLimit(tx, {
          workspace_id: scope.workspaceId,
          customer_id: customerId,
          limit_minor: body.limitMinor,
          currency,
          insurer: body.insurer?.trim() || null,
          policy_number: body.policyNumber?.trim() || null,
          updated_by: scope.userId,
          updated_at: nowIso(),
        });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'customer',
        entityId: customerId,
        changes: {
          creditLimit: {
            before: before ? `${Number(before.limit_minor)} ${before.currency}` : null,
            after: body.limitMinor === null ? null : `${body.limitMinor} ${currency}`,
          },
          creditInsurer: { before: before?.insurer ?? null, after: body.insurer ?? null },
        },
      });
      return this.limitOut(tx, scope.workspaceId, customerId);
    });
  }

  async limitOut(db: Executor, workspaceId: string, customerId: string) {
    const l = await creditRepository.limitOf(db, workspaceId, customerId);
    return l
      ? {
          limitMinor: Number(l.limit_minor),
          currency: l.currency,
          insurer: l.insurer,
          policyNumber: l.policy_number,
          updatedBy: l.updated_by,
          updatedAt: l.updated_at,
        }
      : null;
  }

  /**
   * The check a new order or quote runs in its creating transaction. Over the limit, an approval
   * is requested: pending for a rep, approved at once (and audited) when a manager or admin made
   * it. A new order is already stored, so it is in the exposure; a quote is added to it.
   */
  check = async (
    db: Executor,
    scope: Scope,
    s: CreditSubject,
  ): Promise<CreditWarningOut | null> => {
    const limit = await creditRepository.limitOf(db, scope.workspaceId, s.customerId);
    if (!limit) return null;
    const rates = await rateTableOf(db, scope.workspaceId);
    const amount = rates.convert(s.amountMinor, s.currency, today());
    // An amount without a rate cannot be weighed against the limit: a manager decides.
    const exposure = await this.exposure(db, scope.workspaceId, s.customerId);
    const after = exposure.totalMinor + (s.entityType === 'quote' ? (amount ?? 0) : 0);
    if (amount !== null && after <= Number(limit.limit_minor)) return null;
    const manager = scope.role === 'manager' || scope.role === 'admin';
    const now = nowIso();
    const row: CreditApproval = {
      workspace_id: scope.workspaceId,
      id: newId(),
      customer_id: s.customerId,
      entity_type: s.entityType,
      entity_id: s.entityId,
      currency: rates.reporting,
      amount_minor: amount ?? 0,
      exposure_minor: after,
      limit_minor: Number(limit.limit_minor),
      status: manager ? 'approved' : 'pending',
      requested_by: scope.userId,
      requested_at: now,
      decided_by: manager ? scope.userId : null,
      decided_at: manager ? now : null,
      note: null,
    };
    await creditRepository.insertApproval(db, row);
    await recordAudit(db, scope, {
      action: 'create',
      entityType: 'credit_approval',
      entityId: row.id,
      changes: {
        [s.entityType]: { before: null, after: s.entityId },
        status: { before: null, after: row.status },
        exposureMinor: { before: null, after: after },
        limitMinor: { before: null, after: row.limit_minor },
      },
    });
    return {
      approvalId: row.id,
      status: manager ? 'approved' : 'pending',
      currency: row.currency,
      limitMinor: row.limit_minor,
      exposureMinor: after,
      amountMinor: row.amount_minor,
    };
  };

  /** Whether an order or quote waits for (or was refused) credit: then it may not go ahead. */
  held = async (db: Executor, workspaceId: string, type: 'order' | 'quote', id: string) => {
    const a = await creditRepository.approvalOf(db, workspaceId, type, id);
    return a && a.status !== 'approved' ? a.status : null;
  };

  async approvals(scope: Scope, f: { status?: CreditApproval['status']; customerId?: string }) {
    requireRole(scope, 'manager', 'admin');
    const rows = await creditRepository.approvals(this.db, scope, f);
    return { items: rows.map(approvalOut) };
  }

  async decide(scope: Scope, id: string, status: 'approved' | 'rejected', note?: string | null) {
    return this.db.transaction().execute(async (tx) => {
      const [a] = await creditRepository.approvals(tx, scope, { id, limit: 1 });
      if (!a) throw AppError.notFound('Credit approval');
      requireRole(scope, 'manager', 'admin');
      if (a.status !== 'pending')
        throw AppError.conflict('Already decided', [
          fieldError('/status', 'credit_approval_decided', { status: a.status }),
        ]);
      const patch = {
        status,
        decided_by: scope.userId,
        decided_at: nowIso(),
        note: note?.trim() || null,
      };
      await creditRepository.decide(tx, scope.workspaceId, id, patch);
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'credit_approval',
        entityId: id,
        changes: {
          status: { before: 'pending', after: status },
          note: { before: null, after: patch.note },
        },
      });
      return approvalOut({ ...a, ...patch });
    });
  }
}
