import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB, Order, Payment } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { isOneOf, PAYMENT_METHODS, type PaymentMethod } from '../../domain/enums.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  isAmountMinor,
  minorDigits,
  MAX_AMOUNT_MINOR,
  type RateTable,
} from '../../domain/value/money.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { paymentsRepository } from './payments.repository.ts';
import type { PaymentSchedules } from './schedules.ts';

export interface PaymentBody {
  orderId: string;
  amountMinor: number;
  currency: string;
  paidOn: string;
  method: PaymentMethod;
  reference?: string | null;
}

export const paymentOut = (p: Payment) => ({
  id: p.id,
  orderId: p.order_id,
  customerId: p.customer_id,
  amountMinor: Number(p.amount_minor),
  currency: p.currency,
  appliedMinor: Number(p.applied_minor),
  paidOn: p.paid_on,
  method: p.method as PaymentMethod,
  reference: p.reference,
  createdBy: p.created_by,
  createdAt: p.created_at,
});

/**
 * A payment in another currency than the order's, in the order's minor units: through the
 * reporting currency at the rates in force on the payment date. Null without both rates.
 */
export function applyInOrderCurrency(
  rates: RateTable,
  amountMinor: number,
  from: string,
  to: string,
  date: string,
): number | null {
  if (from === to) return amountMinor;
  const a = rates.rateOn(from, date);
  const b = rates.rateOn(to, date);
  if (a === null || b === null || b === 0) return null;
  return Math.round(((amountMinor / 10 ** minorDigits(from)) * a * 10 ** minorDigits(to)) / b);
}

/** Payments against orders: partial, in any currency with a rate, audited. */
export class PaymentsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly schedules: PaymentSchedules,
    private readonly today: () => string = () => nowIso().slice(0, 10),
  ) {}

  async create(scope: Scope, body: PaymentBody) {
    const currency = body.currency.toUpperCase();
    const errors: FieldError[] = [];
    if (!isAmountMinor(body.amountMinor) || body.amountMinor === 0)
      errors.push(fieldError('/amountMinor', 'amount_minor', { max: MAX_AMOUNT_MINOR }));
    if (!isCurrency(currency))
      errors.push(fieldError('/currency', 'currency', { value: currency }));
    if (!isIsoDate(body.paidOn)) errors.push(fieldError('/paidOn', 'invalid_date'));
    else if (body.paidOn > this.today()) errors.push(fieldError('/paidOn', 'in_future'));
    if (!isOneOf(PAYMENT_METHODS, body.method))
      errors.push(fieldError('/method', 'one_of', { values: PAYMENT_METHODS }));
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const order = await orderRecords.findVisible(tx, scope, body.orderId);
      if (!order)
        throw AppError.validation([fieldError('/orderId', 'not_in_scope', { entity: 'order' })]);
      if (order.status === 'cancelled')
        throw AppError.conflict('The order is cancelled', [
          fieldError('/orderId', 'order_cancelled'),
        ]);
      const rates = await rateTableOf(tx, scope.workspaceId);
      const applied = applyInOrderCurrency(
        rates,
        body.amountMinor,
        currency,
        order.currency,
        body.paidOn,
      );
      if (applied === null)
        throw AppError.validation([
          fieldError('/currency', 'no_rate', {
            currency: `${currency}/${order.currency}`,
            date: body.paidOn,
          }),
        ]);
      const open = Number(order.amount_minor) - Number(order.paid_minor);
      if (applied > open)
        throw AppError.validation([
          fieldError('/amountMinor', 'overpaid', { open, currency: order.currency }),
        ]);
      const row: Payment = {
        workspace_id: scope.workspaceId,
        id: newId(),
        order_id: order.id,
        customer_id: order.customer_id,
        amount_minor: body.amountMinor,
        currency,
        applied_minor: applied,
        paid_on: body.paidOn,
        method: body.method,
        reference: body.reference?.trim() || null,
        created_by: scope.userId,
        created_at: nowIso(),
      };
      await paymentsRepository.insert(tx, row);
      await this.settle(tx, order);
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'payment',
        entityId: row.id,
        changes: {
          orderId: { before: null, after: order.id },
          amountMinor: { before: null, after: row.amount_minor },
          currency: { before: null, after: currency },
        },
      });
      return paymentOut(row);
    });
  }

  /** A payment recorded in error: removed, the order's paid amount and status follow. */
  async remove(scope: Scope, id: string): Promise<void> {
    await this.db.transaction().execute(async (tx) => {
      const p = await paymentsRepository.findVisible(tx, scope, id);
      if (!p) throw AppError.notFound('Payment');
      await paymentsRepository.delete(tx, scope.workspaceId, id);
      const order = await orderRecords.findVisible(tx, scope, p.order_id);
      if (order) await this.settle(tx, order);
      await recordAudit(tx, scope, {
        action: 'delete',
        entityType: 'payment',
        entityId: id,
        changes: {
          orderId: { before: p.order_id, after: null },
          amountMinor: { before: Number(p.amount_minor), after: null },
          currency: { before: p.currency, after: null },
        },
      });
    });
  }

  /** The order's paid amount from its payments, and paid in full → `paid` on the last day. */
  private async settle(tx: Executor, order: Order) {
    const all = await paymentsRepository.ofOrder(tx, order.workspace_id, order.id);
    const paid = all.reduce((s, p) => s + Number(p.applied_minor), 0);
    const last = all.reduce<string | null>((d, p) => (!d || p.paid_on > d ? p.paid_on : d), null);
    await orderRecords.setPaid(tx, order, paid, last);
  }

  async list(
    scope: Scope,
    f: { orderId?: string; customerId?: string; cursor?: string; limit?: number },
  ) {
    const limit = f.limit ?? 50;
    const rows = await paymentsRepository.list(this.db, scope, { ...f, limit });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((p) => ({ ...paymentOut(p), customerName: p.customer_name })),
      nextCursor: rows.length > limit && last ? `${last.paid_on}|${last.id}` : null,
    };
  }

  /** One order's instalments with their due dates and what is open of each, and its payments. */
  async ofOrder(scope: Scope, orderId: string) {
    const order = await orderRecords.findVisible(this.db, scope, orderId);
    if (!order) throw AppError.notFound('Order');
    const payments = await paymentsRepository.ofOrder(this.db, scope.workspaceId, orderId);
    const next = await this.schedules.calendar(this.db, scope.workspaceId);
    const { instalments, finalDueDate } = this.schedules.of(order, next);
    return {
      orderId,
      currency: order.currency,
      amountMinor: Number(order.amount_minor),
      paidMinor: Number(order.paid_minor),
      openMinor: settledOrOpen(order),
      finalDueDate,
      instalments,
      payments: payments.map(paymentOut),
    };
  }
}

/** What is still owed on an order: nothing once paid (by hand or in full) or cancelled. */
export function settledOrOpen(o: Pick<Order, 'status' | 'amount_minor' | 'paid_minor'>): number {
  if (o.status === 'paid' || o.status === 'cancelled') return 0;
  return Math.max(0, Number(o.amount_minor) - Number(o.paid_minor));
}
