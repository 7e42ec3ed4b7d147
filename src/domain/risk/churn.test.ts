import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates.ts';
import { churnLevel, churnScore, type ChurnInput } from './churn.ts';

const quiet = {
  health: null,
  unansweredMail: { count: 0, oldestDays: 0 },
  openTickets: { count: 0, oldestDays: 0 },
  poorAnswers: [],
  primaryUnsubscribed: false,
} satisfies Omit<ChurnInput, 'today' | 'orders'>;

/** `n` orders every `gap` days from 2025-01-06, each worth `amount(i)`. */
const every = (gap: number, n: number, amount: (i: number) => number | null = () => 1000_00) =>
  Array.from({ length: n }, (_, i) => ({
    date: addDays('2025-01-06', i * gap),
    amountMinor: amount(i),
  }));

// 2025-01-06 + 5 × 40 = 2025-07-25, the sixth and last order of the 40-day rhythm.
const LAST = '2025-07-25';

describe('churn score', () => {
  it.each([
    // [case, today, orders, expected reasons as code:points]
    ['on rhythm: no reason', addDays(LAST, 30), every(40, 6), []],
    ['just past 1.5 gaps: not yet', addDays(LAST, 60), every(40, 6), []],
    // 120 days silent against a 40-day rhythm: 3 gaps, the full 40 points
    ['every 40 days, none for 120', addDays(LAST, 120), every(40, 6), ['order_overdue:40']],
    // 90 days: ratio 2.25, halfway from 1.5 to 3 → 20
    ['every 40 days, none for 90', addDays(LAST, 90), every(40, 6), ['order_overdue:20']],
    ['one order 400 days ago', '2026-02-10', every(40, 1), ['long_silence:25']],
    ['one order 100 days ago: too early to tell', '2025-04-16', every(40, 1), []],
  ] as const)('%s', (_, today, orders, expected) => {
    const r = churnScore({ ...quiet, today, orders: [...orders] });
    expect(r.reasons.map((x) => `${x.code}:${x.points}`)).toEqual(expected);
  });

  it('states the figures behind the overdue reason', () => {
    const r = churnScore({ ...quiet, today: addDays(LAST, 120), orders: every(40, 6) });
    expect(r.reasons[0]!.params).toEqual({
      daysSinceLastOrder: 120,
      typicalGapDays: 40,
      ratio: 3,
    });
    expect(r).toMatchObject({ score: 40, level: 'medium' });
  });

  it('sees fewer orders against the customer’s own rate and a falling order value', () => {
    // Monthly for 18 months, then two orders in the last 180 days at a third of the value.
    const history = every(30, 18, () => 900_00);
    const lastOld = history[history.length - 1]!.date;
    const orders = [
      ...history,
      { date: addDays(lastOld, 25), amountMinor: 300_00 },
      { date: addDays(lastOld, 50), amountMinor: 300_00 },
    ];
    // the last 3 orders: 900 + 300 + 300 = 500 average against 900: down 44 %
    const today = addDays(lastOld, 200);
    const r = churnScore({ ...quiet, today, orders });
    const by = Object.fromEntries(r.reasons.map((x) => [x.code, x]));
    // 2 orders in 180 days against 18 × 180 / 540 = 6 expected: ratio 0.33 → (1 − 0.67) × 15 = 5
    expect(by.fewer_orders).toMatchObject({
      points: 5,
      params: { recentOrders: 2, expectedOrders: 6, days: 180 },
    });
    expect(by.order_value_down).toMatchObject({
      points: 7,
      params: { dropPercent: 44, recentAverageMinor: 500_00, earlierAverageMinor: 900_00 },
    });
    // orders without a rate count for rhythm, not for value
    const unrated = churnScore({
      ...quiet,
      today,
      orders: orders.map((o) => ({ ...o, amountMinor: null })),
    });
    expect(unrated.reasons.map((x) => x.code)).not.toContain('order_value_down');
  });

  it.each([
    ['health 20 of 100', { health: 20 }, ['low_health:9']],
    ['health 50: fine', { health: 50 }, []],
    [
      'three unanswered mails, capped',
      { unansweredMail: { count: 3, oldestDays: 9 } },
      ['unanswered_mail:10'],
    ],
    ['one open ticket', { openTickets: { count: 1, oldestDays: 12 } }, ['open_tickets:4']],
    [
      'two poor answers, capped',
      {
        poorAnswers: [
          { kind: 'nps', score: 3 },
          { kind: 'csat', score: 1 },
        ],
      },
      ['poor_feedback:15'],
    ],
    ['primary contact unsubscribed', { primaryUnsubscribed: true }, ['contact_unsubscribed:5']],
    ['primary contact left', { keyContactGone: 'left' }, ['key_contact_gone:10']],
    ['primary contact bounced', { keyContactGone: 'bounced' }, ['key_contact_gone:10']],
    ['no key contact gone', { keyContactGone: null }, []],
  ] as const)('%s', (_, extra, expected) => {
    const r = churnScore({ ...quiet, today: '2025-03-01', orders: [], ...extra } as ChurnInput);
    expect(r.reasons.map((x) => `${x.code}:${x.points}`)).toEqual(expected);
  });

  it('says why the key contact is gone', () => {
    const r = churnScore({ ...quiet, today: '2025-03-01', orders: [], keyContactGone: 'left' });
    expect(r.reasons).toEqual([
      { code: 'key_contact_gone', points: 10, params: { cause: 'left' } },
    ]);
  });

  it('adds the reasons up to at most 100, largest first', () => {
    const r = churnScore({
      today: addDays(LAST, 200),
      orders: every(40, 6),
      health: 0,
      unansweredMail: { count: 5, oldestDays: 30 },
      openTickets: { count: 5, oldestDays: 40 },
      poorAnswers: [
        { kind: 'nps', score: 0 },
        { kind: 'nps', score: 2 },
      ],
      primaryUnsubscribed: true,
    });
    expect(r.reasons.map((x) => x.points)).toEqual([40, 15, 15, 15, 10, 10, 5]);
    expect(r).toMatchObject({ score: 100, level: 'high' });
    expect([churnLevel(29), churnLevel(30), churnLevel(60)]).toEqual(['low', 'medium', 'high']);
  });
});
