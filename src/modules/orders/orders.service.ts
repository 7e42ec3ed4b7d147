import type { Kysely } from 'kysely';
import type { DB, Order, OrderStatus } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR, totals } from '../../domain/value/money.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { rateTableOf } from './exchange-rates.service.ts';
import { saveOrders } from './order-records.service.ts';
import { ordersRepository, type OrderFilter } from './orders.repository.ts';

export interface OrderBody {
  customerId: string;
  number: string;
  orderDate: string;
  amountMinor: number;
  currency: string;
  status?: OrderStatus;
  paidDate?: string | null;
}

export interface OrderPatch {
  status?: OrderStatus;
  paidDate?: string | null;
  amountMinor?: number;
}

const toOut = (o: Order) => ({
  id: o.id,
  customerId: o.customer_id,
  number: o.number,
  orderDate: o.order_date,
  amountMinor: Number(o.amount_minor),
  currency: o.currency,
  status: o.status,
  paidDate: o.paid_date,
  createdAt: o.created_at,
});

const dateProblem = (path: string, v: string | null | undefined): FieldError[] =>
  v && !isIsoDate(v) ? [fieldError(path, 'invalid_date')] : [];

/** Orders in their own currency; lists and totals only over customers the caller may see. */
export class OrdersService {
  constructor(private readonly db: Kysely<DB>) {}

  async create(scope: Scope, body: OrderBody) {
    const currency = body.currency.toUpperCase();
    const errors: FieldError[] = [
      ...(isCurrency(currency) ? [] : [fieldError('/currency', 'currency', { value: currency })]),
      ...(isIsoDate(body.orderDate) ? [] : [fieldError('/orderDate', 'invalid_date')]),
      ...dateProblem('/paidDate', body.paidDate),
      ...amountProblem(body.amountMinor),
    ];
    // Everything the row holds is checked before the transaction: a value the response cannot
    // carry (a non-finite amount once answered 500 after the row was committed) never reaches it.
    if (errors.length) throw AppError.validation(errors);
    const row: Order = {
      workspace_id: scope.workspaceId,
      id: newId(),
      customer_id: body.customerId,
      number: body.number.trim(),
      order_date: body.orderDate,
      amount_minor: body.amountMinor,
      currency,
      status: body.status ?? 'open',
      paid_date: body.paidDate ?? null,
      created_at: nowIso(),
    };
    await this.db.transaction().execute(async (tx) => {
      if (!(await customerRecords.findVisible(tx, scope, body.customerId)))
        throw AppError.validation([
          fieldError('/customerId', 'not_in_scope', { entity: 'customer' }),
        ]);
      if (await ordersRepository.byNumber(tx, scope.workspaceId, row.number))
        throw AppError.conflict(`Order ${row.number} already exists`, [
          fieldError('/number', 'taken'),
        ]);
      await saveOrders(tx, scope.workspaceId, { inserts: [row] });
      await recordAudit(tx, scope, {
        action: 'create',
        entityType: 'order',
        entityId: row.id,
        changes: { number: { before: null, after: row.number } },
      });
    });
    return toOut(row);
  }

  /** Status, paid date or amount of an order whose customer the caller may see; audited. */
  async update(scope: Scope, id: string, patch: OrderPatch) {
    const errors = [
      ...dateProblem('/paidDate', patch.paidDate),
      ...(patch.amountMinor === undefined ? [] : amountProblem(patch.amountMinor)),
    ];
    if (errors.length) throw AppError.validation(errors);
    return this.db.transaction().execute(async (tx) => {
      const order = await ordersRepository.findVisible(tx, scope, id);
      if (!order) throw AppError.notFound('Order');
      const next: Partial<Pick<Order, 'status' | 'paid_date' | 'amount_minor'>> = {};
      if (patch.status !== undefined) next.status = patch.status;
      if (patch.paidDate !== undefined) next.paid_date = patch.paidDate;
      if (patch.amountMinor !== undefined) next.amount_minor = patch.amountMinor;
      // Marking an order paid without a date means it was paid today.
      if (next.status === 'paid' && !order.paid_date && next.paid_date === undefined)
        next.paid_date = nowIso().slice(0, 10);
      const changes: Record<string, { before: unknown; after: unknown }> = {};
      for (const [k, v] of Object.entries(next) as [keyof typeof next, unknown][])
        if (order[k] !== v) changes[k] = { before: order[k], after: v };
      if (Object.keys(changes).length) {
        await saveOrders(tx, scope.workspaceId, { updates: new Map([[id, next]]) });
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
