import type { Executor } from '../../db/dialect.ts';
import { addDays, daysBetween } from '../../domain/calendar/dates.ts';
import type { ChurnInput } from '../../domain/risk/churn.ts';
import { bouncedRecords } from '../campaigns/bounced-records.service.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import { feedbackRecords } from '../feedback/feedback-records.service.ts';
import { mailRecords } from '../mail/mail-records.service.ts';
import { rateTableOf } from '../orders/exchange-rates.service.ts';
import { orderRecords } from '../orders/order-records.service.ts';
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

/**
 * Every customer's churn facts as of `today`, read in a few set-wise queries through each fact's
 * owning module (no query per customer). The live explanation and the stored score both read
 * here, so they cannot drift apart.
 */
export async function churnFacts(
  db: Executor,
  ws: string,
  customers: { id: string; health_score: number | null }[],
  today: string,
): Promise<Map<string, ChurnInput>> {
  const ids = customers.map((c) => c.id);
  const rates = await rateTableOf(db, ws);
  const instantDaysAgo = (d: number) => `${addDays(today, -d)}T00:00:00.000Z`;
  const [orders, poor, mail, tickets, contacts] = await Promise.all([
    orderRecords.historyOf(db, ws, ids, addDays(today, -CHURN_WINDOWS.orderDays)),
    feedbackRecords.poorOf(db, ws, ids, instantDaysAgo(CHURN_WINDOWS.feedbackDays)),
    mailRecords.unansweredPerCustomer(
      db,
      ws,
      ids,
      instantDaysAgo(CHURN_WINDOWS.mailDays),
      instantDaysAgo(CHURN_WINDOWS.mailGraceDays),
    ),
    ticketRecords.openPerCustomer(db, ws, ids),
    contactRecords.ofCustomers(db, ws, ids),
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
      keyContactGone: null,
    });
  const ago = (instant: string) => Math.max(0, daysBetween(instant.slice(0, 10), today));
  for (const o of orders)
    out.get(o.customer_id)?.orders.push({
      date: o.order_date,
      amountMinor: rates.convert(Number(o.amount_minor), o.currency, o.order_date),
    });
  for (const a of poor) out.get(a.customer_id)?.poorAnswers.push({ kind: a.kind, score: a.score });
  for (const m of mail) {
    const f = out.get(m.customer_id);
    if (f) f.unansweredMail = { count: m.n, oldestDays: ago(m.oldest) };
  }
  for (const t of tickets) {
    const f = out.get(t.customer_id);
    if (f) f.openTickets = { count: t.n, oldestDays: ago(t.oldest) };
  }
  // The key contact is the primary one: gone when marked as left (on or before today), or when
  // every address of theirs hard-bounced (a contact keeps their other addresses).
  const primaries = contacts.filter((c) => c.is_primary === 1 && out.has(c.customer_id));
  const emailsOf = new Map(primaries.map((c) => [c.id, JSON.parse(c.emails) as string[]]));
  const bounced = await bouncedRecords.among(db, ws, [...emailsOf.values()].flat());
  for (const c of primaries) {
    const f = out.get(c.customer_id)!;
    if (c.unsubscribed_at) f.primaryUnsubscribed = true;
    const emails = emailsOf.get(c.id)!;
    if (c.left_at && c.left_at <= today) f.keyContactGone = 'left';
    else if (emails.length && emails.every((e) => bounced.has(e.toLowerCase())))
      f.keyContactGone = 'bounced';
  }
  return out;
}
