import { describe, expect, it } from 'vitest';
import { CHURN_REASONS, type ChurnReasonCode } from './churn.ts';
import { ACTION_OF_REASON, CHURN_ACTIONS, suggestedChurnAction } from './churn-actions.ts';

const r = (code: ChurnReasonCode, points: number) => ({ code, points });

describe('suggested churn action', () => {
  it.each([
    // [case, reasons, expected reason → action]
    ['overdue order: call the buyer', [r('order_overdue', 40)], 'order_overdue→call_buyer'],
    ['long silence: call the buyer', [r('long_silence', 25)], 'long_silence→call_buyer'],
    ['fewer orders: call the buyer', [r('fewer_orders', 10)], 'fewer_orders→call_buyer'],
    ['low health: call the buyer', [r('low_health', 12)], 'low_health→call_buyer'],
    ['unanswered mail', [r('unanswered_mail', 10)], 'unanswered_mail→answer_mail'],
    ['open tickets', [r('open_tickets', 8)], 'open_tickets→resolve_tickets'],
    ['poor feedback', [r('poor_feedback', 15)], 'poor_feedback→follow_up_feedback'],
    ['key contact gone', [r('key_contact_gone', 10)], 'key_contact_gone→find_key_contact'],
    ['order value down', [r('order_value_down', 12)], 'order_value_down→review_offer'],
    ['unsubscribed', [r('contact_unsubscribed', 5)], 'contact_unsubscribed→call_buyer'],
    [
      'the strongest reason wins, wherever it is listed',
      [r('unanswered_mail', 10), r('order_overdue', 40), r('poor_feedback', 15)],
      'order_overdue→call_buyer',
    ],
    [
      'value down outweighs a small overdue',
      [r('order_overdue', 5), r('order_value_down', 15)],
      'order_value_down→review_offer',
    ],
    [
      'a tie goes to the gone contact before the mail',
      [r('unanswered_mail', 10), r('key_contact_gone', 10)],
      'key_contact_gone→find_key_contact',
    ],
    [
      'a tie goes to the mail before the tickets',
      [r('open_tickets', 10), r('unanswered_mail', 10)],
      'unanswered_mail→answer_mail',
    ],
    [
      'an unknown stored code is skipped',
      [r('gone_fishing' as ChurnReasonCode, 99), r('open_tickets', 4)],
      'open_tickets→resolve_tickets',
    ],
  ] as const)('%s', (_, reasons, expected) => {
    const s = suggestedChurnAction(reasons);
    expect(s && `${s.reason}→${s.action}`).toBe(expected);
  });

  it('suggests nothing without reasons', () => {
    expect(suggestedChurnAction([])).toBeNull();
  });

  it('has an action for every reason, and every action is used', () => {
    for (const code of CHURN_REASONS) expect(CHURN_ACTIONS).toContain(ACTION_OF_REASON[code]);
    expect(new Set(Object.values(ACTION_OF_REASON))).toEqual(new Set(CHURN_ACTIONS));
  });
});
