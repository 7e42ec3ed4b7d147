import type { Kysely } from 'kysely';
import type { DB, Tier } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { classificationPlan, type CustomerValue } from '../../domain/value/classify.ts';
import {
  parseValueSettings,
  periodStart,
  settingsProblems,
} from '../../domain/value/value-settings.ts';
import { AppError } from '../../http/errors.ts';
import { recordAudit, recordAudits } from '../audit/audit.service.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { requireRole } from '../../domain/scope.ts';
import { workspaces } from '../workspaces/workspaces.service.ts';
import { rateTableOf } from './exchange-rates.service.ts';
import { ordersRepository } from './orders.repository.ts';
import { daysSince } from '../../domain/calendar/dates.ts';

/** Customer value: revenue in the reporting currency, RFM scores and ABC tiers. */
export class ValueService {
  constructor(private readonly db: Kysely<DB>) {}

  private async settings(workspaceId: string) {
    const ws = await workspaces.find(this.db, workspaceId);
    return {
      settings: parseValueSettings(ws?.value_settings),
      reportingCurrency: ws?.reporting_currency ?? 'USD',
    };
  }

  /** Tiers in the caller's scope: customers and revenue per tier, and the settings in force. */
  async summary(scope: Scope) {
    const { settings, reportingCurrency } = await this.settings(scope.workspaceId);
    const rows = await ordersRepository.tierSummary(this.db, scope);
    return {
      reportingCurrency,
      settings,
      tiers: (['A', 'B', 'C', null] as const).map((tier) => {
        const r = rows.find((x) => x.tier === tier);
        return {
          tier,
          customers: Number(r?.customers ?? 0),
          revenueMinor: Number(r?.revenue ?? 0),
          locked: Number(r?.locked ?? 0),
        };
      }),
    };
  }

  /**
   * Recomputes revenue, RFM scores and ABC tiers from the orders of the period, converted to the
   * reporting currency at each order's date. Settings given are saved for the next run. Tier
   * changes are audited; locked tiers stay.
   */
  async classify(
    scope: Scope,
    body: { months?: number; a?: number; b?: number },
    now = new Date(),
  ) {
    requireRole(scope, 'admin', 'manager');
    const { settings: saved } = await this.settings(scope.workspaceId);
    const settings = {
      months: body.months ?? saved.months,
      a: body.a ?? saved.a,
      b: body.b ?? saved.b,
    };
    const problems = settingsProblems(settings);
    if (problems.length) throw AppError.validation(problems);
    const from = periodStart(now, settings.months);
    const rates = await rateTableOf(this.db, scope.workspaceId);
    const customers = await customerRecords.liveForClassification(this.db, scope.workspaceId);
    const live = new Set(customers.map((c) => c.id));
    const orders = await ordersRepository.since(this.db, scope.workspaceId, from);
    const values = new Map<string, CustomerValue>();
    let unconverted = 0;
    for (const o of orders) {
      // Orders of deleted customers count for no one.
      if (!live.has(o.customer_id)) continue;
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
      const days = daysSince(o.order_date, now);
      v.recencyDays = v.recencyDays === null ? days : Math.min(v.recencyDays, days);
      values.set(o.customer_id, v);
    }
    const plan = classificationPlan(customers, values, settings);
    await this.db.transaction().execute(async (tx) => {
      await customerRecords.updateGroups(tx, scope.workspaceId, plan.updates);
      await recordAudits(
        tx,
        scope,
        plan.tierChanges.map((t) => ({
          action: 'update' as const,
          entityType: 'customer',
          entityId: t.id,
          changes: { tier: { before: t.before, after: t.after } },
        })),
      );
      await workspaces.saveValueSettings(
        tx,
        scope.workspaceId,
        JSON.stringify({ ...settings, classifiedAt: nowIso() }),
      );
    });
    return {
      customers: customers.length,
      tierChanges: plan.tierChanges.length,
      lockedKept: plan.lockedKept,
      unconvertedOrders: unconverted,
      from,
    };
  }

  /** Sets a tier by hand; locked tiers are left alone by classification. */
  async setTier(scope: Scope, customerId: string, body: { tier: Tier | null; locked: boolean }) {
    await this.db.transaction().execute(async (tx) => {
      const c = await customerRecords.findVisible(tx, scope, customerId);
      if (!c) throw AppError.notFound('Customer');
      await customerRecords.update(tx, scope.workspaceId, customerId, {
        tier: body.tier,
        tier_locked: body.locked ? 1 : 0,
        updated_at: nowIso(),
      });
      await recordAudit(tx, scope, {
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
