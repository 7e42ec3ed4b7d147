import { daysBetween } from '../calendar/dates.ts';
import type { Stage } from '../enums.ts';
import { POOR_ANSWER_PENALTY, POOR_ANSWER_PENALTY_MAX } from '../service/feedback.ts';

/** Whether a customer has a score: not yet ('new'), no longer ('churned'), or a number. */
export const HEALTH_STATUSES = ['new', 'churned', 'scored'] as const;
export type HealthStatus = (typeof HEALTH_STATUSES)[number];

/** The status of a stored score: a churned customer has none, whatever was stored before. */
export function storedHealth(
  stage: Stage,
  score: number | null,
): { status: HealthStatus; score: number | null } {
  if (stage === 'churned') return { status: 'churned', score: null };
  return score === null ? { status: 'new', score: null } : { status: 'scored', score };
}

/**
 * A churned customer is not scored, and neither is a new one: until a first touch either way
 * there is no history to rate, unless the first contact is already overdue, which the score
 * then shows.
 */
export function healthStatus(c: {
  stage: Stage;
  /** a touch (either way) has been logged */
  touched: boolean;
  /** days the oldest open follow-up is past due (0 when none is) */
  overdueDays: number;
}): HealthStatus {
  if (c.stage === 'churned') return 'churned';
  if (!c.touched && c.overdueDays <= 0) return 'new';
  return 'scored';
}
export interface HealthInput {
  /** today in the customer's calendar */
  today: string;
  cadenceDays: number;
  lastTouchDate: string | null;
  /** touches in the last 90 days */
  inbound90: number;
  outbound90: number;
  /** days the oldest open follow-up is past due (0 when none is) */
  overdueDays: number;
  /** poor survey answers (NPS 0–6, CSAT 1–2) in the last 90 days, and the latest of them */
  poorAnswers90?: { count: number; latest: { kind: 'csat' | 'nps'; score: number } | null };
}

export interface HealthPart {
  /** `feedback` is a deduction: a negative weight, so the weighted sum still gives the score */
  key: 'recency' | 'frequency' | 'inbound' | 'overdue' | 'feedback';
  weight: number;
  /** 0–100 for this part alone */
  score: number;
  detail: { en: string; zh: string };
}

export const HEALTH_WEIGHTS = { recency: 40, frequency: 25, inbound: 20, overdue: 15 } as const;

const days = daysBetween;
const clamp = (v: number) => Math.max(0, Math.min(100, Math.round(v)));

/** A 0–100 relationship health with its parts, so the number can be explained. */
export function healthScore(input: HealthInput): { score: number; parts: HealthPart[] } {
  const since = input.lastTouchDate ? days(input.lastTouchDate, input.today) : null;
  // Full marks within the cadence, falling to zero at three cadences of silence.
  const recency =
    since === null
      ? 0
      : since <= input.cadenceDays
        ? 100
        : clamp(100 - ((since - input.cadenceDays) / (2 * input.cadenceDays)) * 100);
  const expected = Math.max(1, 90 / input.cadenceDays);
  const total = input.inbound90 + input.outbound90;
  const frequency = clamp((total / expected) * 100);
  // A relationship where the customer writes back half the time or more is in good shape.
  const inbound = total === 0 ? 0 : clamp((input.inbound90 / total / 0.5) * 100);
  const overdue = input.overdueDays <= 0 ? 100 : input.overdueDays <= 7 ? 50 : 0;
  const parts: HealthPart[] = [
    {
      key: 'recency',
      weight: HEALTH_WEIGHTS.recency,
      score: recency,
      detail:
        since === null
          ? { en: 'never contacted', zh: '从未联系' }
          : {
              en: `last touch ${since} days ago, cadence ${input.cadenceDays}`,
              zh: `${since} 天前联系过，节奏 ${input.cadenceDays} 天`,
            },
    },
    {
      key: 'frequency',
      weight: HEALTH_WEIGHTS.frequency,
      score: frequency,
      detail: {
        en: `${total} touches in 90 days, ${Math.round(expected)} expected`,
        zh: `90 天内 ${total} 次联系，应有 ${Math.round(expected)} 次`,
      },
    },
    {
      key: 'inbound',
      weight: HEALTH_WEIGHTS.inbound,
      score: inbound,
      detail: {
        en: `${input.inbound90} of ${total} touches came from the customer`,
        zh: `${total} 次中有 ${input.inbound90} 次由客户主动发起`,
      },
    },
    {
      key: 'overdue',
      weight: HEALTH_WEIGHTS.overdue,
      score: overdue,
      detail:
        input.overdueDays > 0
          ? {
              en: `a follow-up is ${input.overdueDays} days overdue`,
              zh: `有跟进任务已逾期 ${input.overdueDays} 天`,
            }
          : { en: 'no overdue follow-ups', zh: '没有逾期的跟进任务' },
    },
  ];
  const poor = input.poorAnswers90;
  if (poor && poor.count > 0) {
    // Customers telling us they are unhappy outweighs a busy timeline: each poor answer costs.
    const penalty = Math.min(POOR_ANSWER_PENALTY_MAX, poor.count * POOR_ANSWER_PENALTY);
    const last = poor.latest
      ? `${poor.latest.kind === 'nps' ? 'NPS' : 'CSAT'} ${poor.latest.score}/${poor.latest.kind === 'nps' ? 10 : 5}`
      : '';
    parts.push({
      key: 'feedback',
      weight: -penalty,
      score: 100,
      detail: {
        en: `${poor.count} poor survey answer${poor.count === 1 ? '' : 's'} in 90 days${last ? ` (latest ${last})` : ''}: −${penalty}`,
        zh: `90 天内有 ${poor.count} 份差评问卷${last ? `（最近一次 ${last}）` : ''}：扣 ${penalty} 分`,
      },
    });
  }
  const score = clamp(parts.reduce((sum, p) => sum + (p.score * p.weight) / 100, 0));
  return { score, parts };
}
