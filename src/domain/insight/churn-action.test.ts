import { describe, expect, it } from 'vitest';
import type { ChurnReasonCode } from '../risk/churn.ts';
import { CHURN_ACTIONS } from '../risk/churn-actions.ts';
import { CHURN_ACTION_TEXT } from './action-rules.ts';
import { evaluateActions, NO_ORDERS, type CustomerFacts } from './actions.ts';

const facts = (
  churn: CustomerFacts['churn'],
  over: Partial<CustomerFacts> = {},
): CustomerFacts => ({
  customerId: 'c1',
  tier: 'B',
  lastTouch: '2026-03-01',
  createdOn: '2025-01-01',
  orders: { ...NO_ORDERS, count: 1, last: '2025-11-02' },
  holidays: [],
  quotes: [],
  overdue: [],
  churn,
  ...over,
});
const r = (code: ChurnReasonCode, points: number) => ({ code, points });
const TODAY = '2026-03-04';

describe('the churn-risk next action', () => {
  it.each([
    // [case, churn, expected reason text or none]
    ['no score: nothing', null, null],
    [
      'medium risk (59): nothing',
      { score: 59, reasons: [r('order_overdue', 40), r('low_health', 19)] },
      null,
    ],
    [
      'high risk (60): the strongest reason’s action',
      {
        score: 60,
        reasons: [r('order_overdue', 40), r('unanswered_mail', 10), r('low_health', 10)],
      },
      'At risk (churn score 60): call the buyer',
    ],
    [
      'the mail leads: answer it',
      {
        score: 60,
        reasons: [r('poor_feedback', 8), r('unanswered_mail', 10), r('order_overdue', 9)],
      },
      'At risk (churn score 60): answer the unanswered mail',
    ],
    [
      'key contact gone wins a tie with the tickets',
      {
        score: 62,
        reasons: [r('fewer_orders', 12), r('key_contact_gone', 15), r('open_tickets', 15)],
      },
      'At risk (churn score 62): find the new key contact',
    ],
    [
      'value down leads: review price and offer',
      {
        score: 65,
        reasons: [
          r('order_value_down', 15),
          r('low_health', 14),
          r('fewer_orders', 13),
          r('poor_feedback', 13),
          r('open_tickets', 10),
        ],
      },
      'At risk (churn score 65): review price and offer',
    ],
    ['high without reasons: nothing to suggest', { score: 80, reasons: [] }, null],
  ] as const)('%s', (_, churn, reason) => {
    const got = evaluateActions(
      facts(churn && { score: churn.score, reasons: [...churn.reasons] }),
      TODAY,
      'en',
    ).filter((a) => a.ruleId === 'churn_risk');
    expect(got[0]?.reason ?? null).toBe(reason);
  });

  it('carries the codes for the web and keys by strongest reason and last order', () => {
    const [a] = evaluateActions(
      facts({ score: 75, reasons: [r('unanswered_mail', 10), r('key_contact_gone', 10)] }),
      TODAY,
      'zh',
    );
    expect(a).toMatchObject({
      key: 'churn_risk:key_contact_gone:2025-11-02',
      priority: 85,
      reason: '流失风险（评分 75）：找到新的关键联系人',
      params: { score: 75, reason: 'key_contact_gone', action: 'find_key_contact' },
    });
  });

  it('ranks below an overdue payment and above an expiring quote', () => {
    const got = evaluateActions(
      facts(
        { score: 90, reasons: [r('open_tickets', 10)] },
        {
          overdue: [{ id: 'o1', number: 'SO-1', daysLate: 3 }],
          quotes: [{ id: 'q1', number: 'Q-1', validUntil: '2026-03-05', businessDaysLeft: 1 }],
        },
      ),
      TODAY,
      'en',
    );
    expect(got.map((a) => a.ruleId)).toEqual(['payment_overdue', 'churn_risk', 'quote_expiring']);
  });

  it('words every action in both languages', () => {
    for (const code of CHURN_ACTIONS) {
      expect(CHURN_ACTION_TEXT[code].en).toBeTruthy();
      expect(CHURN_ACTION_TEXT[code].zh).toBeTruthy();
    }
  });
});
