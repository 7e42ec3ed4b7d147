import { daysBetween } from '../calendar/dates.ts';

/**
 * A rule-based churn risk, 0–100, explained by its reasons. Each reason carries a stable code,
 * the points it adds and the figures behind it, so the web can word it in the reader's language
 * and a reader can check the sum. Pure: the service gathers the facts (docs/risk.md, “Churn risk”).
 */
export const CHURN_REASONS = [
  'order_overdue',
  'long_silence',
  'fewer_orders',
  'order_value_down',
  'low_health',
  'unanswered_mail',
  'open_tickets',
  'poor_feedback',
  'contact_unsubscribed',
  'key_contact_gone',
] as const;
export type ChurnReasonCode = (typeof CHURN_REASONS)[number];
export type ChurnLevel = 'low' | 'medium' | 'high';

export interface ChurnReason {
  code: ChurnReasonCode;
  points: number;
  params: Record<string, number | string>;
}

export interface ChurnInput {
  /** today in the workspace's calendar */
  today: string;
  /** orders not cancelled, any order; amount in the reporting currency, null without a rate */
  orders: { date: string; amountMinor: number | null }[];
  /** the stored relationship health (null: not scored) */
  health: number | null;
  /** inbound mail with no later reply in its thread, older than a grace period */
  unansweredMail: { count: number; oldestDays: number };
  /** tickets neither solved nor closed */
  openTickets: { count: number; oldestDays: number };
  /** poor survey answers (NPS 0–6, CSAT 1–2) in the look-back window, latest first */
  poorAnswers: { kind: 'csat' | 'nps'; score: number }[];
  /** the primary contact unsubscribed from our mail */
  primaryUnsubscribed: boolean;
  /** the primary contact is gone: marked as left, or every address of theirs hard-bounced */
  keyContactGone?: 'left' | 'bounced' | null;
}

/** Every threshold and weight in one place: docs/risk.md quotes them. */
export const CHURN_RULES = {
  /** late against the customer's own rhythm: from 1.5 typical gaps (0) to 3 gaps (max) */
  overdueFrom: 1.5,
  overdueFull: 3,
  overdueMax: 40,
  /** without a rhythm (fewer than 3 orders): a last order this many days ago */
  silenceDays: 365,
  silencePoints: 25,
  /** orders in the last 180 days against the rate of the 540 days before */
  recentDays: 180,
  priorDays: 540,
  fewerOrdersMax: 15,
  /** the average of the last 3 orders against the up to 6 before, when down by at least this */
  valueDropFrom: 0.25,
  valueDownMax: 15,
  healthBelow: 50,
  healthMax: 15,
  mailEach: 5,
  mailMax: 10,
  ticketEach: 4,
  ticketMax: 10,
  feedbackEach: 8,
  feedbackMax: 15,
  unsubscribedPoints: 5,
  keyContactGonePoints: 10,
  /** levels */
  medium: 30,
  high: 60,
} as const;

const R = CHURN_RULES;
const round1 = (v: number) => Math.round(v * 10) / 10;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function churnLevel(score: number): ChurnLevel {
  return score >= R.high ? 'high' : score >= R.medium ? 'medium' : 'low';
}

/** The order reasons: recency against the own rhythm, frequency, value. */
function orderReasons(today: string, all: ChurnInput['orders']): ChurnReason[] {
  const orders = all.filter((o) => o.date <= today).sort((a, b) => a.date.localeCompare(b.date));
  const out: ChurnReason[] = [];
  if (orders.length === 0) return out;
  const last = orders[orders.length - 1]!.date;
  const since = daysBetween(last, today);
  // The customer's own rhythm: the median gap between distinct order days (one big order day
  // split into several orders is one purchase).
  const days = [...new Set(orders.map((o) => o.date))];
  const gaps = days.slice(1).map((d, i) => daysBetween(days[i]!, d));
  if (gaps.length >= 2) {
    const gap = Math.max(1, median(gaps));
    const ratio = since / gap;
    if (ratio > R.overdueFrom) {
      const share = Math.min(1, (ratio - R.overdueFrom) / (R.overdueFull - R.overdueFrom));
      out.push({
        code: 'order_overdue',
        points: Math.max(1, Math.round(share * R.overdueMax)),
        params: {
          daysSinceLastOrder: since,
          typicalGapDays: Math.round(gap),
          ratio: round1(ratio),
        },
      });
    }
  } else if (since >= R.silenceDays) {
    out.push({
      code: 'long_silence',
      points: R.silencePoints,
      params: { daysSinceLastOrder: since, orders: orders.length },
    });
  }
  const ago = (o: { date: string }) => daysBetween(o.date, today);
  const recent = orders.filter((o) => ago(o) < R.recentDays).length;
  const prior = orders.filter((o) => ago(o) >= R.recentDays && ago(o) < R.recentDays + R.priorDays);
  if (prior.length >= 3) {
    const expected = (prior.length * R.recentDays) / R.priorDays;
    const ratio = recent / expected;
    if (ratio < 0.5) {
      out.push({
        code: 'fewer_orders',
        points: Math.max(1, Math.round((1 - ratio / 0.5) * R.fewerOrdersMax)),
        params: { recentOrders: recent, expectedOrders: round1(expected), days: R.recentDays },
      });
    }
  }
  const valued = orders.filter((o) => o.amountMinor !== null) as { amountMinor: number }[];
  if (valued.length >= 4) {
    const avg = (xs: { amountMinor: number }[]) =>
      xs.reduce((s, o) => s + o.amountMinor, 0) / xs.length;
    const lastAvg = avg(valued.slice(-3));
    const before = avg(valued.slice(-9, -3));
    const drop = before > 0 ? 1 - lastAvg / before : 0;
    if (drop >= R.valueDropFrom) {
      out.push({
        code: 'order_value_down',
        points: Math.max(1, Math.round(Math.min(1, drop) * R.valueDownMax)),
        params: {
          dropPercent: Math.round(drop * 100),
          recentAverageMinor: Math.round(lastAvg),
          earlierAverageMinor: Math.round(before),
        },
      });
    }
  }
  return out;
}

/** A churn score 0–100 with its reasons, largest first. */
export function churnScore(input: ChurnInput): {
  score: number;
  level: ChurnLevel;
  reasons: ChurnReason[];
} {
  const reasons = orderReasons(input.today, input.orders);
  if (input.health !== null && input.health < R.healthBelow) {
    reasons.push({
      code: 'low_health',
      points: Math.max(
        1,
        Math.round(((R.healthBelow - input.health) / R.healthBelow) * R.healthMax),
      ),
      params: { health: input.health },
    });
  }
  const capped = (
    code: ChurnReasonCode,
    n: { count: number; oldestDays: number },
    each: number,
    max: number,
  ) => {
    if (n.count > 0)
      reasons.push({
        code,
        points: Math.min(max, n.count * each),
        params: { count: n.count, oldestDays: n.oldestDays },
      });
  };
  capped('unanswered_mail', input.unansweredMail, R.mailEach, R.mailMax);
  capped('open_tickets', input.openTickets, R.ticketEach, R.ticketMax);
  const poor = input.poorAnswers;
  if (poor.length > 0) {
    reasons.push({
      code: 'poor_feedback',
      points: Math.min(R.feedbackMax, poor.length * R.feedbackEach),
      params: { count: poor.length, latestKind: poor[0]!.kind, latestScore: poor[0]!.score },
    });
  }
  if (input.primaryUnsubscribed)
    reasons.push({ code: 'contact_unsubscribed', points: R.unsubscribedPoints, params: {} });
  if (input.keyContactGone)
    reasons.push({
      code: 'key_contact_gone',
      points: R.keyContactGonePoints,
      params: { cause: input.keyContactGone },
    });
  reasons.sort((a, b) => b.points - a.points || a.code.localeCompare(b.code));
  const score = Math.min(
    100,
    reasons.reduce((s, r) => s + r.points, 0),
  );
  return { score, level: churnLevel(score), reasons };
}
