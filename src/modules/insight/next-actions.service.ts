import type { Kysely } from 'kysely';
import type { DB, NextActionState } from '../../db/schema.ts';
import type { BusinessCalendar } from '../../domain/calendar/business-calendar.ts';
import { addDays, isValidDate } from '../../domain/calendar/dates.ts';
import { ACTION_RULES, type ActionLanguage } from '../../domain/insight/action-rules.ts';
import { evaluateActions, mostOverdue, type CustomerFacts } from '../../domain/insight/actions.ts';
import type { ChurnReason } from '../../domain/risk/churn.ts';
import { SURFACED_FROM } from '../../domain/risk/churn-actions.ts';
import type { Scope } from '../../domain/scope.ts';
import { requireRole } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { CalendarProvider } from '../countries/calendar.provider.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { receivableRecords } from '../risk/receivable-records.service.ts';
import type { PaymentSchedules } from '../risk/schedules.ts';
import { insightSettingsOf } from './insight-settings.service.ts';
import { nextActionsRepository as repo } from './next-actions.repository.ts';

/** How far ahead holidays are looked at (the widest holiday rule's window). */
const HOLIDAY_WINDOW = Math.max(
  ...ACTION_RULES.map((r) => (r.when.kind === 'holiday_ahead' ? r.when.maxDays : 0)),
);

export interface StateBody {
  key: string;
  state: NextActionState;
  until?: string;
}

/**
 * Next best actions for the customers in the caller's scope (one customer, or a rep's whole
 * book): facts read in a few set queries, the rules evaluated by the pure `evaluateActions`,
 * actions done, dismissed or still snoozed left out.
 */
export class NextActionsService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly calendars: CalendarProvider,
    private readonly schedules: PaymentSchedules,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private today() {
    return this.now().toISOString().slice(0, 10);
  }

  async list(scope: Scope, q: { customerId?: string; lang?: ActionLanguage; limit?: number }) {
    const lang = q.lang ?? 'en';
    const today = this.today();
    const ws = scope.workspaceId;
    const customers = await repo.customers(this.db, scope, q.customerId);
    if (q.customerId && !customers.length) throw AppError.notFound('Customer');
    const settings = await insightSettingsOf(this.db, ws);
    const facts = new Map<string, CustomerFacts>();
    for (const c of customers)
      facts.set(c.id, {
        customerId: c.id,
        tier: c.tier,
        lastTouch: c.last_touch_at?.slice(0, 10) ?? null,
        createdOn: c.created_at.slice(0, 10),
        // Kept on the customer by every order write (customers repository): no orders read here.
        orders: {
          count: Number(c.recent_orders),
          last: c.last_order_date,
          interval: c.order_interval_days === null ? null : Number(c.order_interval_days),
        },
        holidays: [],
        quotes: [],
        overdue: [],
        churn: surfacedChurn(c.churn_score, c.churn_reasons),
      });
    const calendars = new Map<string, BusinessCalendar>();
    const calendarOf = async (country: string) => {
      let cal = calendars.get(country);
      if (!cal) {
        cal = await this.calendars.calendar(this.db, ws, country, null, lang);
        calendars.set(country, cal);
      }
      return cal;
    };
    const countryOf = new Map(customers.map((c) => [c.id, c.country]));
    const states = new Map<string, { state: NextActionState; snoozed_until: string | null }>();
    const next = await this.schedules.calendar(this.db, ws);
    // What is overdue, from the receivables kept on write; the calendar rolls only the lines
    // already past their anchor. Each read is one scoped join, not lists of customer ids.
    const [overdue, quotes, done] = await Promise.all([
      receivableRecords.overdueOrders(this.db, scope, q.customerId, today, next),
      repo.openQuotes(this.db, scope, q.customerId, today),
      repo.states(this.db, scope, q.customerId),
    ]);
    // Only the order each customer's action would name matters, so only those orders' numbers
    // are read (a rep's book can have thousands of overdue orders).
    const late = new Map<string, { id: string; daysLate: number }[]>();
    for (const o of overdue) {
      if (!facts.has(o.customerId)) continue;
      const list = late.get(o.customerId) ?? [];
      list.push({ id: o.orderId, daysLate: o.daysLate });
      late.set(o.customerId, list);
    }
    const shown = new Map([...late].map(([c, list]) => [c, mostOverdue(list)!]));
    const numbers = await orderRecords.numbers(
      this.db,
      ws,
      [...shown.values()].map((o) => o.id),
    );
    for (const [customerId, o] of shown)
      facts.get(customerId)!.overdue.push({ ...o, number: numbers.get(o.id) ?? '' });
    for (const qt of quotes) {
      const f = facts.get(qt.customer_id);
      if (!f || !qt.valid_until) continue;
      const cal = await calendarOf(countryOf.get(qt.customer_id)!);
      f.quotes.push({
        id: qt.id,
        number: qt.number,
        validUntil: qt.valid_until,
        businessDaysLeft: cal.businessDaysBetween(today, qt.valid_until),
      });
    }
    for (const s of done) states.set(`${s.customer_id}|${s.action_key}`, s);
    // One holiday window per country, shared by its customers (not one per customer).
    const windows = new Map<string, CustomerFacts['holidays']>();
    for (const c of customers) {
      let w = windows.get(c.country);
      if (!w) {
        w = (await calendarOf(c.country))
          .holidaysInRange(today, addDays(today, HOLIDAY_WINDOW))
          .map((h) => ({ date: h.date, name: holidayName(h.reasons) }));
        windows.set(c.country, w);
      }
      facts.get(c.id)!.holidays = w;
    }
    const items = [];
    for (const c of customers) {
      for (const a of evaluateActions(facts.get(c.id)!, today, lang, {
        disabled: settings.disabledRules,
      })) {
        const s = states.get(`${c.id}|${a.key}`);
        if (s && (s.state !== 'snoozed' || (s.snoozed_until ?? '') > today)) continue;
        items.push({ ...a, customerId: c.id, customerName: c.name, country: c.country });
      }
    }
    // Names are ranked once with one collator (String#localeCompare sets one up per call), so
    // sorting the thousands of actions compares numbers, not strings.
    const byName = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en').compare;
    const rank = new Map(
      [...new Set(items.map((i) => i.customerName))].sort(byName).map((n, i) => [n, i]),
    );
    items.sort(
      (a, b) => b.priority - a.priority || rank.get(a.customerName)! - rank.get(b.customerName)!,
    );
    const limit = q.limit ?? 200;
    return { today, total: items.length, items: items.slice(0, limit) };
  }

  /** Done, dismissed or snoozed (until a day, a week by default): one click, audited. */
  async setState(scope: Scope, customerId: string, body: StateBody) {
    const customer = await customerRecords.findVisible(this.db, scope, customerId);
    if (!customer) throw AppError.notFound('Customer');
    const ruleId = body.key.split(':')[0] ?? '';
    if (!ACTION_RULES.some((r) => r.id === ruleId))
      throw AppError.validation([
        fieldError('/key', 'one_of', { values: ACTION_RULES.map((r) => `${r.id}:…`) }),
      ]);
    const today = this.today();
    if (body.until !== undefined && (!isValidDate(body.until) || body.until <= today))
      throw AppError.validation([
        fieldError('/until', 'not_before_start', { start: addDays(today, 1) }),
      ]);
    const until = body.state === 'snoozed' ? (body.until ?? addDays(today, 7)) : null;
    await this.db.transaction().execute(async (tx) => {
      await repo.setState(tx, {
        workspace_id: scope.workspaceId,
        customer_id: customerId,
        action_key: body.key,
        rule_id: ruleId,
        state: body.state,
        snoozed_until: until,
        user_id: scope.userId,
        updated_at: this.now().toISOString(),
      });
      await recordAudit(tx, scope, {
        action: 'update',
        entityType: 'next_action',
        entityId: customerId,
        changes: {
          [body.key]: { before: null, after: until ? `${body.state} until ${until}` : body.state },
        },
      });
    });
    return { customerId, key: body.key, ruleId, state: body.state, snoozedUntil: until };
  }

  /** Every rule with whether it is on and how often its actions were done, dismissed, snoozed. */
  async rules(scope: Scope) {
    requireRole(scope, 'admin');
    const settings = await insightSettingsOf(this.db, scope.workspaceId);
    const counts = await repo.countsByRule(this.db, scope.workspaceId);
    const n = (rule: string, state: string) =>
      Number(counts.find((c) => c.rule_id === rule && c.state === state)?.n ?? 0);
    return {
      items: ACTION_RULES.map((r) => ({
        id: r.id,
        priority: r.priority,
        condition: r.when.kind,
        text: r.text,
        enabled: !settings.disabledRules.includes(r.id),
        done: n(r.id, 'done'),
        dismissed: n(r.id, 'dismissed'),
        snoozed: n(r.id, 'snoozed'),
      })),
    };
  }
}

/**
 * The stored churn score with its reasons when the churn rule could show it: the reasons' JSON is
 * parsed only for high scores (a rep's book has thousands of scored customers, few high).
 */
function surfacedChurn(
  score: number | string | null,
  reasons: string | null,
): CustomerFacts['churn'] {
  if (score === null || Number(score) < SURFACED_FROM) return null;
  return { score: Number(score), reasons: JSON.parse(reasons ?? '[]') as ChurnReason[] };
}

function holidayName(reasons: { kind: string; name?: string }[]): string {
  const r = reasons.find(
    (x) => x.kind === 'holiday' || x.kind === 'workspace-holiday' || x.kind === 'correction',
  );
  return r?.name ?? '';
}
