import { addDays, daysBetween } from '../calendar/dates.ts';
import type { ChurnReason } from '../risk/churn.ts';
import { suggestedChurnAction } from '../risk/churn-actions.ts';
import {
  ACTION_RULES,
  CHURN_ACTION_TEXT,
  type ActionLanguage,
  type ActionRule,
  type Condition,
} from './action-rules.ts';

/** What is known of one customer when its next actions are worked out (all dates ISO days). */
export interface CustomerFacts {
  customerId: string;
  tier: string | null;
  /** the day of the last touch (activity), null when never touched */
  lastTouch: string | null;
  /** the day the customer was created: silence is counted from it when never touched */
  createdOn: string;
  /** the rhythm of the customer's recent orders (`orderRhythm`, kept on the customer) */
  orders: OrderRhythm;
  /** closing holidays in the customer's country from today on, named in the reader's language */
  holidays: { date: string; name: string }[];
  /** sent quotes with their validity and the business days left until it (customer's calendar) */
  quotes: { id: string; number: string; validUntil: string; businessDaysLeft: number }[];
  /** orders past due with the days they are late */
  overdue: { id: string; number: string; daysLate: number }[];
  /** the churn score stored on the customer with its reasons; absent when not scored or low */
  churn?: { score: number; reasons: Pick<ChurnReason, 'code' | 'points'>[] } | null;
}

/**
 * The order an overdue-payment action is about: the latest first; between orders equally late
 * the first by id, so the action (and a dismissal kept under its key) does not depend on the
 * order the facts were read in.
 */
export function mostOverdue<T extends { id: string; daysLate: number }>(
  orders: readonly T[],
): T | undefined {
  let best: T | undefined;
  for (const o of orders)
    if (!best || o.daysLate > best.daysLate || (o.daysLate === best.daysLate && o.id < best.id))
      best = o;
  return best;
}

export interface NextAction {
  /** stable per rule and subject: done/dismissed/snoozed states are kept under it */
  key: string;
  ruleId: string;
  priority: number;
  reason: string;
  params: Record<string, string | number>;
}

type Found = { subject: string; params: Record<string, string | number> };

const WHEN: Record<ActionLanguage, string[]> = { en: ['today', 'tomorrow'], zh: ['今天', '明天'] };

/** Each condition kind: what it found for a customer, or nothing. Pure; `today` is an ISO day. */
function match(c: Condition, f: CustomerFacts, today: string, lang: ActionLanguage): Found | null {
  switch (c.kind) {
    case 'holiday_ahead': {
      // The first day of a stretch of holidays (Eid's four days, Christmas and Boxing Day) counts once.
      const h = f.holidays.find((x) => {
        const d = daysBetween(today, x.date);
        const continues = f.holidays.some((y) => y.date === addDays(x.date, -1));
        return d >= c.minDays && d <= c.maxDays && !continues;
      });
      if (!h) return null;
      const days = daysBetween(today, h.date);
      return {
        subject: h.date,
        params: { holiday: h.name, days, date: h.date, when: WHEN[lang][days] ?? h.date },
      };
    }
    case 'no_touch': {
      if (!f.tier || !c.tiers.includes(f.tier)) return null;
      const since = f.lastTouch ?? f.createdOn;
      const days = daysBetween(since, today);
      if (days < c.minDays) return null;
      // The subject is the last touch: a new touch ends a dismissal as it ends the silence.
      return { subject: f.lastTouch ?? 'never', params: { tier: f.tier, days } };
    }
    case 'quote_expiring': {
      const q = f.quotes
        .filter((x) => x.validUntil >= today && x.businessDaysLeft <= c.maxBusinessDays)
        .sort((a, b) => a.validUntil.localeCompare(b.validUntil))[0];
      return q ? { subject: q.id, params: { quote: q.number, days: q.businessDaysLeft } } : null;
    }
    case 'payment_overdue': {
      const o = mostOverdue(f.overdue);
      if (!o || o.daysLate < c.minDays) return null;
      return { subject: o.id, params: { order: o.number, days: o.daysLate } };
    }
    case 'reorder_due': {
      const { interval, last, count } = f.orders;
      if (interval === null || !last || count < c.minOrders) return null;
      const days = daysBetween(last, today);
      if (days <= interval * c.factor) return null;
      return { subject: last, params: { days, interval } };
    }
    case 'churn_risk': {
      if (!f.churn || f.churn.score < c.minScore) return null;
      const s = suggestedChurnAction(f.churn.reasons);
      if (!s) return null;
      // The subject is the strongest reason since the last order: done or dismissed holds while
      // that reason leads, and ends when the customer orders again.
      return {
        subject: `${s.reason}:${f.orders.last ?? 'none'}`,
        params: {
          score: f.churn.score,
          reason: s.reason,
          action: s.action,
          todo: CHURN_ACTION_TEXT[s.action][lang],
        },
      };
    }
  }
}

/** How many of a customer's latest orders tell their usual interval. */
export const RHYTHM_ORDERS = 12;

/** The rhythm of a customer's orders: how many were counted, the last, the usual interval. */
export interface OrderRhythm {
  /** orders counted (the latest `RHYTHM_ORDERS` at most) */
  count: number;
  last: string | null;
  /** the median days between them, null with fewer than two */
  interval: number | null;
}

export const NO_ORDERS: OrderRhythm = { count: 0, last: null, interval: null };

/** The rhythm of the latest `RHYTHM_ORDERS` of these order dates (any order of the dates). */
export function orderRhythm(dates: readonly string[]): OrderRhythm {
  const latest = [...dates].sort().slice(-RHYTHM_ORDERS);
  return { count: latest.length, last: latest.at(-1) ?? null, interval: usualInterval(latest) };
}

/** The median days between consecutive orders, or null with fewer than two orders. */
export function usualInterval(dates: string[]): number | null {
  const gaps = dates
    .slice(1)
    .map((d, i) => daysBetween(dates[i]!, d))
    .sort((a, b) => a - b);
  if (!gaps.length) return null;
  const mid = Math.floor(gaps.length / 2);
  return gaps.length % 2 ? gaps[mid]! : Math.round((gaps[mid - 1]! + gaps[mid]!) / 2);
}

export function fill(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/**
 * The ranked next actions for one customer: every enabled rule whose condition holds, highest
 * priority first, each with its reason in the reader's language.
 */
export function evaluateActions(
  facts: CustomerFacts,
  today: string,
  lang: ActionLanguage,
  opts: { disabled?: readonly string[]; rules?: readonly ActionRule[] } = {},
): NextAction[] {
  const out: NextAction[] = [];
  for (const rule of opts.rules ?? ACTION_RULES) {
    if (opts.disabled?.includes(rule.id)) continue;
    const found = match(rule.when, facts, today, lang);
    if (!found) continue;
    out.push({
      key: `${rule.id}:${found.subject}`,
      ruleId: rule.id,
      priority: rule.priority,
      reason: fill(rule.text[lang], found.params),
      params: found.params,
    });
  }
  return out.sort((a, b) => b.priority - a.priority);
}
