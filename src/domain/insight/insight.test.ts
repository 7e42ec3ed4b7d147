import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { addDays } from '../calendar/dates.ts';
import { ACTION_RULES } from './action-rules.ts';
import {
  evaluateActions,
  NO_ORDERS,
  orderRhythm,
  usualInterval,
  type CustomerFacts,
} from './actions.ts';
import { growthPercent, nps, previousPeriod } from './figures.ts';
import { leadScore } from './lead-score.ts';

/** Upcoming closing holidays of a country from the real 2026 calendar, as the service reads them. */
const holidays = (country: string, today: string) =>
  new BusinessCalendar(country).holidaysInRange(today, addDays(today, 14)).map((h) => ({
    date: h.date,
    name: h.reasons.find((r) => r.kind === 'holiday')?.name ?? '',
  }));

const base = (over: Partial<CustomerFacts> = {}): CustomerFacts => ({
  customerId: 'c1',
  tier: 'B',
  lastTouch: null,
  createdOn: '2025-01-01',
  orders: NO_ORDERS,
  holidays: [],
  quotes: [],
  overdue: [],
  ...over,
});

describe('next best actions, table-driven on the 2026 calendar', () => {
  const cases: {
    name: string;
    today: string;
    facts: CustomerFacts;
    rules: string[];
    reason?: string;
  }[] = [
    {
      name: 'call before Eid al-Adha: Saudi Arabia closes on 26 May 2026, three days ahead',
      today: '2026-05-23',
      facts: base({ lastTouch: '2026-05-20', holidays: holidays('SA', '2026-05-23') }),
      rules: ['call_before_holiday'],
      reason: 'Call before Feast of the Sacrifice (Eid al-Adha) (their holiday starts in 3 days)',
    },
    {
      name: 'greet on Christmas Day in Germany, the day before',
      today: '2026-12-24',
      facts: base({ lastTouch: '2026-12-20', holidays: holidays('DE', '2026-12-24') }),
      rules: ['greet_holiday'],
      reason: 'Greet: Christmas Day tomorrow',
    },
    {
      name: 're-engage a cold tier-A customer (62 days without a touch)',
      today: '2026-03-04',
      facts: base({ tier: 'A', lastTouch: '2026-01-01' }),
      rules: ['re_engage'],
      reason: 'Re-engage: tier A, no touch in 62 days',
    },
    {
      name: 'a tier-B customer as cold is not flagged by the tier-A rule',
      today: '2026-03-04',
      facts: base({ tier: 'B', lastTouch: '2026-01-01' }),
      rules: [],
    },
    {
      name: 'quote expiring in 2 business days (Friday 2026-03-06 → Tuesday 2026-03-10 in DE)',
      today: '2026-03-06',
      facts: base({
        lastTouch: '2026-03-05',
        quotes: [
          {
            id: 'q1',
            number: 'Q-2026-0112',
            validUntil: '2026-03-10',
            businessDaysLeft: new BusinessCalendar('DE').businessDaysBetween(
              '2026-03-06',
              '2026-03-10',
            ),
          },
        ],
      }),
      rules: ['quote_expiring'],
      reason: 'Send the quote follow-up: quote Q-2026-0112 expires in 2 business days',
    },
    {
      name: 'check an overdue payment, the latest first, ranked above everything else',
      today: '2026-04-10',
      facts: base({
        tier: 'A',
        lastTouch: '2026-01-01',
        overdue: [
          { id: 'o1', number: 'SO-1', daysLate: 5 },
          { id: 'o2', number: 'SO-2', daysLate: 18 },
        ],
      }),
      rules: ['payment_overdue', 're_engage'],
      reason: 'Check payment: order SO-2 is 18 days overdue',
    },
    {
      name: 'two orders equally late: the first by id, whatever order they were read in',
      today: '2026-04-10',
      facts: base({
        overdue: [
          { id: 'o9', number: 'SO-9', daysLate: 22 },
          { id: 'o3', number: 'SO-3', daysLate: 22 },
        ],
      }),
      rules: ['payment_overdue'],
      reason: 'Check payment: order SO-3 is 22 days overdue',
    },
    {
      name: 'ask for the next order: usually every 30 days, the last 41 days ago',
      today: '2026-02-11',
      facts: base({
        lastTouch: '2026-02-10',
        orders: orderRhythm(['2025-12-02', '2026-01-01', '2025-11-02']),
      }),
      rules: ['reorder_due'],
      reason: 'Ask about the next order: the last order was 41 days ago, usually every 30',
    },
  ];
  it.each(cases)('$name', ({ today, facts, rules, reason }) => {
    const got = evaluateActions(facts, today, 'en');
    expect(got.map((a) => a.ruleId)).toEqual(rules);
    if (reason) expect(got[0]!.reason).toBe(reason);
  });

  it('says the reason in Chinese for a Chinese reader', () => {
    const got = evaluateActions(base({ tier: 'A', lastTouch: '2026-01-01' }), '2026-03-04', 'zh');
    expect(got[0]!.reason).toBe('重新联系：A 级客户，已 62 天未联系');
  });

  it('leaves out the rules a workspace switched off', () => {
    const facts = base({ tier: 'A', lastTouch: '2026-01-01' });
    expect(evaluateActions(facts, '2026-03-04', 'en', { disabled: ['re_engage'] })).toEqual([]);
  });

  it('keys an action by rule and subject, so a new holiday is a new action', () => {
    const got = evaluateActions(
      base({ holidays: holidays('SA', '2026-05-23') }),
      '2026-05-23',
      'en',
    );
    expect(got[0]!.key).toBe('call_before_holiday:2026-05-26');
  });

  it('has every rule text in both languages with the same parameters', () => {
    for (const r of ACTION_RULES) {
      const names = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(names(r.text.zh), r.id).toEqual(names(r.text.en));
    }
  });

  it('reads the usual interval as the median gap', () => {
    expect(usualInterval(['2026-01-01'])).toBeNull();
    expect(usualInterval(['2026-01-01', '2026-01-11', '2026-02-10', '2026-02-20'])).toBe(10);
  });

  it('keeps the rhythm of the latest twelve orders, whatever order the dates come in', () => {
    // 14 older orders every 5 days, then 12 every 30 days: over all 26 the median gap is 5.
    const dates: string[] = [];
    for (let i = 0; i < 14; i++) dates.push(addDays('2024-01-01', 5 * i));
    for (let i = 0; i < 12; i++) dates.push(addDays('2024-06-29', 30 * i));
    expect(usualInterval(dates)).toBe(5);
    expect(orderRhythm(dates.reverse())).toEqual({
      count: 12,
      last: addDays('2024-06-29', 330),
      interval: 30,
    });
    expect(orderRhythm([])).toEqual(NO_ORDERS);
    expect(orderRhythm(['2026-01-05'])).toEqual({ count: 1, last: '2026-01-05', interval: null });
  });
});

describe('insight figures', () => {
  it.each([
    [150, 100, 50],
    [50, 100, -50],
    [100, 0, null],
    [1, 3, -66.7],
  ])('growth %d vs %d → %s %', (cur, prev, want) => expect(growthPercent(cur, prev)).toBe(want));

  it('counts NPS only over three answers', () => {
    expect(nps([10, 9])).toBeNull();
    expect(nps([10, 9, 7, 3])).toBe(25);
  });

  it('takes the previous period of the same length', () => {
    expect(previousPeriod('2026-04-01', '2026-06-30')).toEqual({
      from: '2025-12-31',
      to: '2026-03-31',
    });
  });
});

describe('lead score', () => {
  const icp = {
    countries: ['DE', 'AE'],
    industries: ['Machinery'],
    sizes: ['51-200'],
    sources: ['trade fair'],
  };
  it('explains each part of fit and engagement', () => {
    const s = leadScore(
      {
        country: 'DE',
        industry: 'machinery',
        size: '11-50',
        source: 'Trade Fair',
        activities30d: 2,
        inbound30d: 5,
      },
      icp,
    );
    expect(s.parts.map((p) => [p.key, p.points, p.max])).toEqual([
      ['country', 20, 20],
      ['industry', 20, 20],
      ['size', 0, 15],
      ['source', 10, 10],
      ['activity', 8, 20],
      ['inbound', 15, 15],
    ]);
    expect(s.score).toBe(73);
  });
  it('scores nothing against an empty profile and no engagement', () => {
    const s = leadScore(
      { country: 'DE', industry: null, size: null, source: null, activities30d: 0, inbound30d: 0 },
      { countries: [], industries: [], sizes: [], sources: [] },
    );
    expect(s.score).toBe(0);
  });
});
