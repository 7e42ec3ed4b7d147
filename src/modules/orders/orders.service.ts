import type { Kysely } from 'kysely';
import type { DB, Order, OrderStatus } from '../../db/schema.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR, totals } from '../../domain/value/money.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { rateTableOf } from './exchange-rates.service.ts';
import {
  createOrder,
  orderBodyProblems,
  orderOut,
  saveOrders,
  termProblems,
  type OrderBody,
} from './order-records.service.ts';
import { checkCredit, requireCreditCleared } from './credit-check.ts';
import type { Executor } from '../../db/dialect.ts';
import type { PaymentInstalment } from '../../domain/sales/quote-rules.ts';

export type { OrderBody };
import { ordersRepository, type OrderColumn, type OrderFilter } from './orders.repository.ts';

export interface OrderPatch {
  status?: OrderStatus;
  paidDate?: string | null;
  amountMinor?: number;
  paymentTerms?: PaymentInstalment[];
  invoiceDate?: string | null;
  blDate?: string | null;
  arrivalDate?: string | null;
}

const toOut = orderOut;

const dateProblem = (path: string, v: string | null | undefined): FieldError[] =>
  v && !isIsoDate(v) ? [fieldError(path, 'invalid_date')] : [];

/** Orders in their own currency; lists and totals only over customers the caller may see. */
export class OrdersService {
  constructor(private readonly db: Kysely<DB>) {}

  async create(scope: Scope, body: OrderBody) {
    // Everything the row holds is checked before the transaction: a value the response cannot
    // carry (a non-finite amount once answered 500 after the row was committed) never reaches it.
    const errors = orderBodyProblems(body);
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const order = await createOrder(tx, scope, body);
      return { ...toOut(order), credit: await this.creditOf(tx, scope, order) };
    });
  }

  /** The credit check of an order made by hand (an accepted quote was checked as a quote). */
  private creditOf(tx: Executor, scope: Scope, o: Order) {
    return checkCredit(tx, scope, {
      entityType: 'order',
      entityId: o.id,
      customerId: o.customer_id,
      amountMinor: Number(o.amount_minor),
      currency: o.currency,
      date: o.order_date,
    });
  }

  /** Status, paid date or amount of an order whose customer the caller may see; audited. */
  async update(scope: Scope, id: string, patch: OrderPatch) {
    const errors = [
      ...dateProblem('/paidDate', patch.paidDate),
      ...(patch.amountMinor === undefined ? [] : amountProblem(patch.amountMinor)),
      ...termProblems(patch),
    ];
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const order = await ordersRepository.findVisible(tx, scope, id);
      if (!order) throw AppError.notFound('Order');
      const next: Partial<Pick<Order, OrderColumn>> = {};
      if (patch.status !== undefined) next.status = patch.status;
      if (patch.paymentTerms !== undefined) next.payment_terms = JSON.stringify(patch.paymentTerms);
      if (patch.invoiceDate !== undefined) next.invoice_date = patch.invoiceDate;
      if (patch.blDate !== undefined) next.bl_date = patch.blDate;
      if (patch.arrivalDate !== undefined) next.arrival_date = patch.arrivalDate;
      if (patch.paidDate !== undefined) next.paid_date = patch.paidDate;
      if (patch.amountMinor !== undefined) next.amount_minor = patch.amountMinor;
      // Marking an order paid without a date means it was paid today.
      if (next.status === 'paid' && !order.paid_date && next.paid_date === undefined)
        next.paid_date = nowIso().slice(0, 10);
      // Goods leave only once a manager approved the credit of an order over the limit.
      if (next.status === 'shipped' || (next.bl_date && !order.bl_date))
        await requireCreditCleared(tx, scope.workspaceId, 'order', id, '/status');
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [k, v] of Object.entries(next) as [keyof typeof next, unknown][])
        if (order[k] !== v) changes[k] = { before: order[k], after: v };
      if (Object.keys(changes).length) {
        await saveOrders(tx, scope.workspaceId, { updates: new Map([[id, next]]) }, scope);
        await recordAudit(tx, scope, {
          action: 'update',
          entityType: 'order',
          entityId: id,
          changes,
        });
      }
      return toOut({ ...order, ...next });
    });
  }

  /** The order book, newest first, with each order's customer name. */
  async list(scope: Scope, filter: Omit<OrderFilter, 'limit'> & { limit?: number }) {
    const limit = filter.limit ?? 50;
    const rows = await ordersRepository.list(this.db, scope, { ...filter, limit });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((o) => ({ ...toOut(o), customerName: o.customer_name })),
      nextCursor: rows.length > limit && last ? `${last.order_date}|${last.id}` : null,
    };
  }

  /** A customer's orders and totals: per currency, and converted at each order date's rate. */
  async ofCustomer(scope: Scope, customerId: string) {
    if (!(await customerRecords.findVisible(this.db, scope, customerId)))
      throw AppError.notFound('Customer');
    const orders = await ordersRepository.ofCustomer(this.db, scope.workspaceId, customerId);
    const live = orders.filter((o) => o.status !== 'cancelled');
    return {
      items: orders.map(toOut),
      totals: totals(
        live.map((o) => ({
          amountMinor: Number(o.amount_minor),
          currency: o.currency,
          date: o.order_date,
        })),
        await rateTableOf(this.db, scope.workspaceId),
      ),
    };
  }
}

function amountProblem(amountMinor: unknown): FieldError[] {
  return isAmountMinor(amountMinor)
    ? []
    : [fieldError('/amountMinor', 'amount_minor', { max: MAX_AMOUNT_MINOR })];
}
