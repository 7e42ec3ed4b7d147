import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, daysBetween } from '../../domain/calendar/dates.ts';
import { churnScore, type ChurnInput } from '../../domain/risk/churn.ts';
import { nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { feedbackRecords } from '../feedback/feedback-records.service.ts';
import { mailRecords } from '../mail/mail-records.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { ticketRecords } from '../tickets/ticket-records.service.ts';

/** How far back each fact is read (docs/risk.md, “Churn risk”). */
export const CHURN_WINDOWS = {
  /** order history: long enough for a yearly buyer's rhythm */
  orderDays: 3 * 365,
  /** poor survey answers */
  feedbackDays: 180,
  /** inbound mail counts as unanswered after this grace, within the look-back */
  mailGraceDays: 2,
  mailDays: 90,
} as const;

export interface ChurnQuery {
  country?: string;
  limit?: number;
}

/**
 * The rule-based churn score of customers in the caller's scope. The scope is decided once, on
 * the customers (`customerRecords`, scoped in the query); every other fact is read through its
 * owning module's records for those customers only, so nothing outside the scope is read.
 */
export class ChurnService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly today: () => string = () => nowIso().slice(0, 10),
  ) {}

  /** One customer's score; the caller found the customer visible. */
  async of(scope: Scope, customer: { id: string; health_score: number | null }) {
    const facts = await this.facts(scope.workspaceId, [customer]);
    return churnScore(facts.get(customer.id)!);
  }

  /** The churn list: customers who have bought, riskiest first. */
  async list(scope: Scope, q: ChurnQuery) {
    const limit = q.limit ?? 50;
    const customers = await customerRecords.churnCandidates(this.db, scope, {
      country: q.country?.toUpperCase(),
    });
    const facts = await this.facts(scope.workspaceId, customers);
    const scored = customers
      .map((c) => ({
        customerId: c.id,
        name: c.name,
        country: c.country,
        ownerId: c.owner_id,
        lastOrderDate: c.last_order_date,
        ...churnScore(facts.get(c.id)!),
      }))
      .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
    return {
      asOf: this.today(),
      total: scored.length,
      atRisk: scored.filter((s) => s.level !== 'low').length,
      items: scored.slice(0, limit),
    };
  }

  /** Every customer's facts, read in a few set-wise queries (no query per customer). */
  private async facts(ws: string, customers: { id: string; health_score: number | null }[]) {
    const today = this.today();
    const ids = customers.map((c) => c.id);
    const rates = await rateTableOf(this.db, ws);
    const instantDaysAgo = (d: number) => `${addDays(today, -d)}T00:00:00.000Z`;
    const [orders, poor, mail, tickets, contacts] = await Promise.all([
      orderRecords.historyOf(this.db, ws, ids, addDays(today, -CHURN_WINDOWS.orderDays)),
      feedbackRecords.poorOf(this.db, ws, ids, instantDaysAgo(CHURN_WINDOWS.feedbackDays)),
      mailRecords.unansweredPerCustomer(
        this.db,
        ws,
        ids,
        instantDaysAgo(CHURN_WINDOWS.mailDays),
        instantDaysAgo(CHURN_WINDOWS.mailGraceDays),
      ),
      ticketRecords.openPerCustomer(this.db, ws, ids),
      contactRecords.ofCustomers(this.db, ws, ids),
    ]);
    const out = new Map<string, ChurnInput>();
    for (const c of customers)
      out.set(c.id, {
        today,
        orders: [],
        health: c.health_score,
        unansweredMail: { count: 0, oldestDays: 0 },
        openTickets: { count: 0, oldestDays: 0 },
        poorAnswers: [],
        primaryUnsubscribed: false,
      });
    const ago = (instant: string) => Math.max(0, daysBetween(instant.slice(0, 10), today));
    for (const o of orders)
      out.get(o.customer_id)?.orders.push({
        date: o.order_date,
        amountMinor: rates.convert(Number(o.amount_minor), o.currency, o.order_date),
      });
    for (const a of poor)
      out.get(a.customer_id)?.poorAnswers.push({ kind: a.kind, score: a.score });
    for (const m of mail) {
      const f = out.get(m.customer_id);
      if (f) f.unansweredMail = { count: m.n, oldestDays: ago(m.oldest) };
    }
    for (const t of tickets) {
      const f = out.get(t.customer_id);
      if (f) f.openTickets = { count: t.n, oldestDays: ago(t.oldest) };
    }
    for (const c of contacts) {
      const f = out.get(c.customer_id);
      if (f && c.is_primary === 1 && c.unsubscribed_at) f.primaryUnsubscribed = true;
    }
    return out;
  }
}
