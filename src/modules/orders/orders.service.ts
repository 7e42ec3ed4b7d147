import type { Kysely } from 'kysely';
import type { DB, Order, OrderStatus, Tier } from '../../db/schema.ts';
import { isCurrency } from '../../domain/countries.ts';
import { isIsoDate } from '../../domain/custom-fields.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { abcTiers, rfmScores, type CustomerValue } from '../../domain/value/classify.ts';
import { RateTable, totals } from '../../domain/value/money.ts';
import { AppError, type FieldError } from '../../http/errors.ts';
import { auditRepository } from '../audit/audit.repository.ts';
import { customersRepository } from '../customers/customers.repository.ts';
import { requireRole } from '../users/users.service.ts';
import { workspacesRepository } from '../workspaces/workspaces.repository.ts';
import { ordersRepository } from './orders.repository.ts';

export interface OrderBody {
  customerId: string;
  number: string;
  orderDate: string;
  amountMinor: number;
  currency: string;
  status?: OrderStatus;
  paidDate?: string | null;
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

/** Orders in their own currency, exchange rates by date, totals and value tiers. */
export class OrdersService {
  constructor(private readonly db: Kysely<DB>) {}

  private async rates(workspaceId: string): Promise<RateTable> {
    const ws = await workspacesRepository.find(this.db, workspaceId);
    const rows = await ordersRepository.rates(this.db, workspaceId);
    return new RateTable(
      ws?.reporting_currency ?? 'USD',
      rows.map((r) => ({ currency: r.currency, validFrom: r.valid_from, rate: Number(r.rate) })),
    );
  }

  async create(scope: Scope, body: OrderBody) {
    const errors: FieldError[] = [];
    const currency = body.currency.toUpperCase();
    if (!isCurrency(currency))
      errors.push({ path: '/currency', message: 'must be an ISO 4217 code' });
    if (!isIsoDate(body.orderDate))
      errors.push({ path: '/orderDate', message: 'must be a date as YYYY-MM-DD' });
    if (body.paidDate && !isIsoDate(body.paidDate))
      errors.push({ path: '/paidDate', message: 'must be a date as YYYY-MM-DD' });
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
      if (!(await customersRepository.findVisible(tx, scope, body.customerId)))
        throw AppError.validation([
          { path: '/customerId', message: 'no customer with this id in your scope' },
        ]);
      if (await ordersRepository.byNumber(tx, scope.workspaceId, row.number))
        throw AppError.conflict(`Order ${row.number} already exists`, [
          { path: '/number', message: 'is already taken' },
        ]);
      await ordersRepository.insert(tx, row);
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'create',
        entityType: 'order',
        entityId: row.id,
        changes: { number: { before: null, after: row.number } },
      });
    });
    return toOut(row);
  }

  /** A customer's orders and totals: per currency, and converted at each order date's rate. */
  async ofCustomer(scope: Scope, customerId: string) {
    if (!(await customersRepository.findVisible(this.db, scope, customerId)))
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
        await this.rates(scope.workspaceId),
      ),
    };
  }

  async listRates(scope: Scope) {
    const table = await this.rates(scope.workspaceId);
    const rows = await ordersRepository.rates(this.db, scope.workspaceId);
    return {
      reportingCurrency: table.reporting,
      items: rows.map((r) => ({ currency: r.currency, validFrom: r.valid_from, rate: r.rate })),
    };
  }

  async setRates(
    scope: Scope,
    body: {
      reportingCurrency?: string;
      items: { currency: string; validFrom: string; rate: string }[];
    },
  ) {
    requireRole(scope, 'admin');
    const errors: FieldError[] = [];
    const reporting = body.reportingCurrency?.toUpperCase();
    if (reporting && !isCurrency(reporting))
      errors.push({ path: '/reportingCurrency', message: 'must be an ISO 4217 code' });
    const seen = new Set<string>();
    body.items.forEach((r, i) => {
      if (!isCurrency(r.currency.toUpperCase()))
        errors.push({ path: `/items/${i}/currency`, message: 'must be an ISO 4217 code' });
      if (!isIsoDate(r.validFrom))
        errors.push({ path: `/items/${i}/validFrom`, message: 'must be a date as YYYY-MM-DD' });
      if (!/^\d+(\.\d+)?$/.test(r.rate) || Number(r.rate) <= 0)
        errors.push({
          path: `/items/${i}/rate`,
          message: 'must be a positive decimal such as 1.0825',
        });
      const key = `${r.currency.toUpperCase()}|${r.validFrom}`;
      if (seen.has(key))
        errors.push({
          path: `/items/${i}`,
          message: 'a rate for this currency and date is already listed',
        });
      seen.add(key);
    });
    if (errors.length) throw AppError.validation(errors);
    await this.db.transaction().execute(async (tx) => {
      if (reporting)
        await workspacesRepository.update(tx, scope.workspaceId, { reporting_currency: reporting });
      await ordersRepository.replaceRates(
        tx,
        scope.workspaceId,
        body.items.map((r) => ({
          workspace_id: scope.workspaceId,
          currency: r.currency.toUpperCase(),
          valid_from: r.validFrom,
          rate: r.rate,
        })),
      );
    });
    return this.listRates(scope);
  }

  /**
   * Recomputes RFM scores and ABC tiers from the orders of the last `months` months, converted
   * to the reporting currency at each order's date. Tier changes are audited; locked tiers stay.
   */
  async classify(
    scope: Scope,
    body: { months?: number; a?: number; b?: number },
    now = new Date(),
  ) {
    requireRole(scope, 'admin', 'manager');
    const a = body.a ?? 0.8;
    const b = body.b ?? 0.95;
    if (!(a > 0 && a < b && b < 1))
      throw AppError.validation([{ path: '/a', message: 'thresholds must satisfy 0 < a < b < 1' }]);
    const from = new Date(now.getTime() - (body.months ?? 12) * 30.44 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const rates = await this.rates(scope.workspaceId);
    const orders = await ordersRepository.since(this.db, scope.workspaceId, from);
    const values = new Map<string, CustomerValue>();
    let unconverted = 0;
    for (const o of orders) {
      const v = values.get(o.customer_id) ?? {
        id: o.customer_id,
        revenue: 0,
        orders: 0,
        recencyDays: null,
      };
      const c = rates.convert(Number(o.amount_minor), o.currency, o.order_date);
      if (c === null) unconverted++;
      else v.revenue += c;
      v.orders++;
      const days = Math.floor((now.getTime() - Date.parse(o.order_date)) / 86_400_000);
      v.recencyDays = v.recencyDays === null ? days : Math.min(v.recencyDays, days);
      values.set(o.customer_id, v);
    }
    const customers = await customersRepository.liveForClassification(this.db, scope.workspaceId);
    for (const c of customers)
      if (!values.has(c.id))
        values.set(c.id, { id: c.id, revenue: 0, orders: 0, recencyDays: null });
    const tiers = abcTiers([...values.values()], { a, b });
    const rfm = rfmScores([...values.values()]);
    let changed = 0;
    let locked = 0;
    await this.db.transaction().execute(async (tx) => {
      for (const c of customers) {
        const tier: Tier = tiers.get(c.id) ?? 'C';
        const score = rfm.get(c.id) ?? '111';
        const patch: { rfm?: string; tier?: Tier } = {};
        if (c.rfm !== score) patch.rfm = score;
        if (c.tier !== tier) {
          if (c.tier_locked) locked++;
          else patch.tier = tier;
        }
        if (!Object.keys(patch).length) continue;
        await customersRepository.update(tx, scope.workspaceId, c.id, patch);
        if (patch.tier) {
          changed++;
          await auditRepository.record(tx, {
            workspaceId: scope.workspaceId,
            actorId: scope.userId,
            action: 'update',
            entityType: 'customer',
            entityId: c.id,
            changes: { tier: { before: c.tier, after: patch.tier } },
          });
        }
      }
    });
    return {
      customers: customers.length,
      tierChanges: changed,
      lockedKept: locked,
      unconvertedOrders: unconverted,
      from,
    };
  }

  /** Sets a tier by hand; locked tiers are left alone by classification. */
  async setTier(scope: Scope, customerId: string, body: { tier: Tier | null; locked: boolean }) {
    await this.db.transaction().execute(async (tx) => {
      const c = await customersRepository.findVisible(tx, scope, customerId);
      if (!c) throw AppError.notFound('Customer');
      await customersRepository.update(tx, scope.workspaceId, customerId, {
        tier: body.tier,
        tier_locked: body.locked ? 1 : 0,
        updated_at: nowIso(),
      });
      await auditRepository.record(tx, {
        workspaceId: scope.workspaceId,
        actorId: scope.userId,
        action: 'update',
        entityType: 'customer',
        entityId: customerId,
        changes: {
          tier: { before: c.tier, after: body.tier },
          tierLocked: { before: c.tier_locked === 1, after: body.locked },
        },
      });
    });
    return { tier: body.tier, locked: body.locked };
  }
}
