import type { Executor } from '../../db/dialect.ts';
import { childIds, reparent } from '../../db/reparent.ts';
import type { ExchangeRateTable, Order, OrderStatus } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { AppError } from '../../domain/errors.ts';
import { fieldError, type FieldError } from '../../domain/field-errors.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { isAmountMinor, MAX_AMOUNT_MINOR } from '../../domain/value/money.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { assertMaySell, customerRecords } from '../customers/customer-records.service.ts';
import { ordersRepository, type OrderColumn } from './orders.repository.ts';
import { paymentProblems, type PaymentInstalment } from '../../domain/sales/quote-rules.ts';
import { ordersMoved, ordersWritten } from './order-followers.ts';
import { revenueTotalsRepository, type PlacementFilter } from './revenue-totals.repository.ts';

export {
  setOrdersFollower,
  setOrdersMovedFollower,
  type OrdersFollower,
} from './order-followers.ts';

export interface OrderBody {
  customerId: string;
  number: string;
  orderDate: string;
  amountMinor: number;
  currency: string;
  status?: OrderStatus;
  paidDate?: string | null;
  /** instalments, as a quote's payment terms (T/T deposit and balance, L/C, D/P, D/A, open account) */
  paymentTerms?: PaymentInstalment[];
  invoiceDate?: string | null;
  blDate?: string | null;
  arrivalDate?: string | null;
}

/** The payment-term columns of a new order: none given, none stored; a paid one paid in full. */
export const termColumns = (
  o: Pick<OrderBody, 'paymentTerms' | 'invoiceDate' | 'blDate' | 'arrivalDate'> & {
    status: OrderStatus;
    amountMinor: number;
  },
) => ({
  payment_terms: JSON.stringify(o.paymentTerms ?? []),
  invoice_date: o.invoiceDate ?? null,
  bl_date: o.blDate ?? null,
  arrival_date: o.arrivalDate ?? null,
  paid_minor: o.status === 'paid' ? o.amountMinor : 0,
});

/** An order as the API answers it. */
export const orderOut = (o: Order) => ({
  id: o.id,
  customerId: o.customer_id,
  number: o.number,
  orderDate: o.order_date,
  amountMinor: Number(o.amount_minor),
  currency: o.currency,
  status: o.status,
  paidDate: o.paid_date,
  createdAt: o.created_at,
  paymentTerms: JSON.parse(o.payment_terms) as PaymentInstalment[],
  invoiceDate: o.invoice_date,
  blDate: o.bl_date,
  arrivalDate: o.arrival_date,
  paidMinor: Number(o.paid_minor),
});

const dateProblem = (path: string, v: string | null | undefined): FieldError[] =>
  v && !isIsoDate(v) ? [fieldError(path, 'invalid_date')] : [];

/** Everything an order body holds, checked before any transaction opens. */
export function orderBodyProblems(body: OrderBody): FieldError[] {
  const currency = body.currency.toUpperCase();
  return [
    ...(isCurrency(currency) ? [] : [fieldError('/currency', 'currency', { value: currency })]),
    ...(isIsoDate(body.orderDate) ? [] : [fieldError('/orderDate', 'invalid_date')]),
    ...dateProblem('/paidDate', body.paidDate),
    ...termProblems(body),
    ...(isAmountMinor(body.amountMinor)
      ? []
      : [fieldError('/amountMinor', 'amount_minor', { max: MAX_AMOUNT_MINOR })]),
  ];
}

/** Payment terms as a quote's, and the dates they run from. */
export function termProblems(
  body: Pick<OrderBody, 'paymentTerms' | 'invoiceDate' | 'blDate' | 'arrivalDate'>,
): FieldError[] {
  return [
    ...paymentProblems(body.paymentTerms),
    ...dateProblem('/invoiceDate', body.invoiceDate),
    ...dateProblem('/blDate', body.blDate),
    ...dateProblem('/arrivalDate', body.arrivalDate),
  ];
}

/**
 * Records one order of a customer the scope may see, inside the caller's transaction, audited:
 * the API's order form and an accepted quote alike. Answers the order as stored.
 */
export async function createOrder(db: Executor, scope: Scope, body: OrderBody): Promise<Order> {
  const errors = orderBodyProblems(body);
  if (errors.length) throw AppError.validation(errors);
  const row: Order = {
    workspace_id: scope.workspaceId,
    id: newId(),
    customer_id: body.customerId,
    number: body.number.trim(),
    order_date: body.orderDate,
    amount_minor: body.amountMinor,
    currency: body.currency.toUpperCase(),
    status: body.status ?? 'open',
    paid_date: body.paidDate ?? null,
    created_at: nowIso(),
    ...termColumns({ ...body, status: body.status ?? 'open' }),
  };
  if (!(await customerRecords.findVisible(db, scope, body.customerId)))
    throw AppError.validation([fieldError('/customerId', 'not_in_scope', { entity: 'customer' })]);
  await assertMaySell(db, scope.workspaceId, body.customerId);
  if (await ordersRepository.byNumber(db, scope.workspaceId, row.number))
    throw AppError.conflict(`Order ${row.number} already exists`, [fieldError('/number', 'taken')]);
  await saveOrders(db, scope.workspaceId, { inserts: [row] }, scope);
  await recordAudit(db, scope, {
    action: 'create',
    entityType: 'order',
    entityId: row.id,
    changes: { number: { before: null, after: row.number } },
  });
  return row;
}

type OrderPatch = Partial<Pick<Order, OrderColumn>>;

/**
 * Every write of orders, from the API, the order import and the seed: the orders and then, once
 * for the lot, their customers' last order date (kept on the customer so segments filter on a
 * column). The orders module is the only writer of `orders` and `exchange_rates`.
 */
export async function saveOrders(
  db: Executor,
  workspaceId: string,
  changes: { inserts?: Order[]; updates?: Map<string, OrderPatch> },
  /** who wrote them, when a person did (followers audit what they write as theirs) */
  actor?: Scope,
): Promise<void> {
  const inserts = changes.inserts ?? [];
  const updateIds = [...(changes.updates?.keys() ?? [])];
  // The kept revenue (0082): the updated orders' old contribution out, every written one's in.
  await revenueTotalsRepository.apply(db, workspaceId, -1, { orderIds: updateIds });
  if (inserts.length) await ordersRepository.insertMany(db, inserts);
  const updated = changes.updates?.size
    ? await ordersRepository.updateMany(db, workspaceId, changes.updates)
    : [];
  await revenueTotalsRepository.apply(db, workspaceId, 1, {
    orderIds: [...inserts.map((o) => o.id), ...updateIds],
  });
  await customerRecords.refreshLastOrderDate(db, workspaceId, [
    ...inserts.map((o) => o.customer_id),
    ...updated,
  ]);
  // Followers (loyalty points) act in the same transaction, so points and order commit together.
  await ordersWritten(
    db,
    workspaceId,
    [...inserts.map((o) => o.id), ...(changes.updates?.keys() ?? [])],
    actor,
  );
}

export const orderRecords = {
  /** The kept revenue per (country, currency, day) of every live customer: an admin's read. */
  revenueDays: (db: Executor, workspaceId: string, from: string, to: string, country?: string) =>
    revenueTotalsRepository.days(db, workspaceId, from, to, country),

  /** The same in a scope and by owner, team or tier. */
  placedRevenueDays: (db: Executor, scope: Scope, f: PlacementFilter, from: string, to: string) =>
    revenueTotalsRepository.placedDays(db, scope, f, from, to),

  /** The kept revenue of a period in a scope per currency, in all or per country or owner. */
  revenueSums: (
    db: Executor,
    scope: Scope,
    f: PlacementFilter,
    from: string,
    to: string,
    by: 'country' | 'owner' | null,
  ) => revenueTotalsRepository.sums(db, scope, f, from, to, by),

  /** A customer's placement changes: its orders leave (−1) or join (+1) the kept revenue. */
  followPlacement: (db: Executor, workspaceId: string, customerIds: string[], sign: 1 | -1) =>
    revenueTotalsRepository.apply(db, workspaceId, sign, { customerIds }),

  /** Orders by their numbers, for an import deciding insert or update. */
  byNumbers: (db: Executor, workspaceId: string, numbers: string[]) =>
    ordersRepository.byNumbers(db, workspaceId, numbers),

  /** Orders by id, as stored: for followers re-reading what `saveOrders` just wrote. */
  byIds: (db: Executor, workspaceId: string, ids: string[]) =>
    ordersRepository.byIds(db, workspaceId, ids),
  numbers: (db: Executor, workspaceId: string, ids: string[]) =>
    ordersRepository.numbers(db, workspaceId, ids),

  /** Every order id of the workspace (a follower catching up). */
  idsIn: (db: Executor, workspaceId: string) => ordersRepository.idsIn(db, workspaceId),

  idsOf: (db: Executor, workspaceId: string, customerId: string) =>
    childIds(db, 'orders', workspaceId, customerId),

  /** A merge moves orders between customers; both customers' last order date follows. */
  async moveTo(db: Executor, workspaceId: string, ids: string[], from: string, to: string) {
    // The moved orders count under their new customer's placement in the kept revenue.
    await revenueTotalsRepository.apply(db, workspaceId, -1, { orderIds: ids });
    await reparent(db, 'orders', workspaceId, ids, to);
    await revenueTotalsRepository.apply(db, workspaceId, 1, { orderIds: ids });
    await customerRecords.refreshLastOrderDate(db, workspaceId, [from, to]);
    await ordersMoved(db, workspaceId, ids, to);
  },

  /** Non-cancelled orders of these customers since `from`, oldest first; the caller checked scope. */
  historyOf: (db: Executor, workspaceId: string, customerIds: string[], from: string) =>
    ordersRepository.historyOf(db, workspaceId, customerIds, from),

  replaceRates: (db: Executor, workspaceId: string, rows: ExchangeRateTable[]) =>
    ordersRepository.replaceRates(db, workspaceId, rows),

  /** An order of a customer the scope may see (payments check the order through this). */
  findVisible: (db: Executor, scope: Scope, id: string) =>
    ordersRepository.findVisible(db, scope, id),

  /**
   * The amount paid on an order, as the payments module sums it: paid in full makes the order
   * `paid` on the day the last payment arrived; less than that reopens a paid order (shipped when
   * it has a B/L date). Through `saveOrders`, so followers (loyalty) see the status change.
   */
  async setPaid(db: Executor, order: Order, paidMinor: number, lastPaidOn: string | null) {
    const full = paidMinor >= Number(order.amount_minor);
    const patch: OrderPatch = { paid_minor: paidMinor };
    if (order.status !== 'cancelled') {
      if (full && order.status !== 'paid') {
        patch.status = 'paid';
        patch.paid_date = lastPaidOn;
      } else if (!full && order.status === 'paid') {
        patch.status = order.bl_date ? 'shipped' : 'open';
        patch.paid_date = null;
      }
    }
    await saveOrders(db, order.workspace_id, { updates: new Map([[order.id, patch]]) });
    return { ...order, ...patch };
  },
};
