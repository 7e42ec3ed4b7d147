import { CHURN_RULES, type ChurnReason, type ChurnReasonCode } from './churn.ts';

/**
 * What to do about a customer at churn risk: one suggested action, from the strongest of its
 * reasons (the most points). Codes only; the web words them in the reader's language, the next
 * actions list words them through its rule table (docs/risk.md, "High-risk customers surfaced").
 */
export const CHURN_ACTIONS = [
  'call_buyer',
  'answer_mail',
  'resolve_tickets',
  'follow_up_feedback',
  'find_key_contact',
  'review_offer',
] as const;
export type ChurnActionCode = (typeof CHURN_ACTIONS)[number];

/** Each reason's action. Order and silence: talk to the buyer; value down: look at price/offer. */
export const ACTION_OF_REASON: Record<ChurnReasonCode, ChurnActionCode> = {
  order_overdue: 'call_buyer',
  long_silence: 'call_buyer',
  fewer_orders: 'call_buyer',
  low_health: 'call_buyer',
  // the primary contact no longer reads our mail: a call reaches them
  contact_unsubscribed: 'call_buyer',
  order_value_down: 'review_offer',
  unanswered_mail: 'answer_mail',
  open_tickets: 'resolve_tickets',
  poor_feedback: 'follow_up_feedback',
  key_contact_gone: 'find_key_contact',
};

/**
 * Between reasons of equal points, the one whose action is most concrete and quickest to do
 * first: a gone contact blocks every other action, an unanswered mail is answered in minutes.
 */
const TIE_ORDER: readonly ChurnReasonCode[] = [
  'key_contact_gone',
  'unanswered_mail',
  'open_tickets',
  'poor_feedback',
  'order_overdue',
  'long_silence',
  'fewer_orders',
  'order_value_down',
  'low_health',
  'contact_unsubscribed',
];

export interface ChurnSuggestion {
  /** the strongest reason */
  reason: ChurnReasonCode;
  action: ChurnActionCode;
}

/** The action for the strongest reason (most points, then `TIE_ORDER`); none without reasons. */
export function suggestedChurnAction(
  reasons: readonly Pick<ChurnReason, 'code' | 'points'>[],
): ChurnSuggestion | null {
  let best: Pick<ChurnReason, 'code' | 'points'> | undefined;
  for (const r of reasons) {
    // Reasons come from stored JSON: a code this version does not know is skipped, not guessed.
    if (!(r.code in ACTION_OF_REASON)) continue;
    if (
      !best ||
      r.points > best.points ||
      (r.points === best.points && TIE_ORDER.indexOf(r.code) < TIE_ORDER.indexOf(best.code))
    )
      best = r;
  }
  return best ? { reason: best.code, action: ACTION_OF_REASON[best.code] } : null;
}

/** Customers from this score on are surfaced in the next actions and the dashboard's card. */
export const SURFACED_FROM = CHURN_RULES.high;
