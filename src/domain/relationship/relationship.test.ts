import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { isoWeekday, toDay, fromDay } from '../calendar/dates.ts';
import { slowSeasons } from '../calendar/slow-seasons.ts';
import { DEFAULT_POLICIES, resolvePolicy } from './cadence.ts';
import { healthScore } from './health.ts';
import { planNextFollowUp } from './planner.ts';

const DE = { en: 'Germany', zh: '德国' };

describe('follow-up planner on real 2026 dates', () => {
  it('7 days from Fri 18 Dec 2026 for a German customer lands on Mon 28 Dec, and says why', () => {
    const plan = planNextFollowUp({
      lastTouchDate: '2026-12-18',
      days: 7,
      calendar: new BusinessCalendar('DE'),
      placeName: DE,
    });
    expect(plan.nominalDate).toBe('2026-12-25');
    expect(plan.dueDate).toBe('2026-12-28');
    expect(plan.reason.en).toBe(
      'every 7 days from 2026-12-18: Fri 25 Dec: Christmas Day; Sat 26 Dec: weekend, Boxing Day; Sun 27 Dec: weekend in Germany → Mon 28 Dec',
    );
    expect(plan.reason.zh).toContain('顺延至12月28日（周一）');
  });

  it('a Saudi customer never lands on a Friday or Saturday, whatever the start and cadence', () => {
    const sa = new BusinessCalendar('SA');
    for (let d = toDay('2026-01-01'); d < toDay('2027-01-01'); d += 3) {
      for (const days of [7, 14, 30]) {
        const due = planNextFollowUp({
          lastTouchDate: fromDay(d),
          days,
          calendar: sa,
          placeName: { en: 'Saudi Arabia', zh: '沙特阿拉伯' },
        }).dueDate;
        expect([5, 6]).not.toContain(isoWeekday(toDay(due)));
      }
    }
  });

  it.each([
    ['KZ', '2026-03-14', 7, '2026-03-25'],
    ['US', '2026-06-26', 7, '2026-07-06'],
    ['JP', '2026-04-29', 7, '2026-05-07'],
    ['BR', '2026-04-14', 7, '2026-04-22'],
    ['DE', '2026-12-01', 14, '2026-12-15'],
  ])('%s: %s + %i days → %s', (country, from, days, due) => {
    expect(
      planNextFollowUp({
        lastTouchDate: from,
        days,
        calendar: new BusinessCalendar(country),
        placeName: DE,
      }).dueDate,
    ).toBe(due);
  });

  it('optionally moves out of a slow season: Ramadan for a Saudi customer', () => {
    const sa = new BusinessCalendar('SA');
    const plan = planNextFollowUp({
      lastTouchDate: '2026-02-20',
      days: 14,
      calendar: sa,
      placeName: { en: 'Saudi Arabia', zh: '沙特阿拉伯' },
      avoidSlowSeasons: true,
      seasons: slowSeasons('SA', 2026),
    });
    // Ramadan ends 19 Mar, Eid closes 19–22 Mar and 23–24 Mar are given back for the weekend
    // days (#21): the first business day after is Wed 25 Mar.
    expect(plan.dueDate).toBe('2026-03-25');
    expect(plan.reason.en).toContain('Ramadan');
  });
});

describe('cadence policies', () => {
  it.each([
    [{ stage: 'lead' as const, tier: 'A' as const }, 7],
    [{ stage: 'customer' as const, tier: 'A' as const }, 14],
    [{ stage: 'customer' as const, tier: 'B' as const }, 30],
    [{ stage: 'partner' as const, tier: 'C' as const }, 90],
    [{ stage: 'prospect' as const, tier: null }, 30],
  ])('%j → every %i days', (customer, days) => {
    expect(resolvePolicy(customer, DEFAULT_POLICIES)?.days).toBe(days);
  });
});

describe('health score', () => {
  it.each([
    [
      {
        today: '2026-12-01',
        cadenceDays: 30,
        lastTouchDate: '2026-11-20',
        inbound90: 3,
        outbound90: 3,
        overdueDays: 0,
      },
      100,
    ],
    [
      {
        today: '2026-12-01',
        cadenceDays: 30,
        lastTouchDate: null,
        inbound90: 0,
        outbound90: 0,
        overdueDays: 0,
      },
      15,
    ],
    [
      {
        today: '2026-12-01',
        cadenceDays: 14,
        lastTouchDate: '2026-09-01',
        inbound90: 0,
        outbound90: 1,
        overdueDays: 30,
      },
      4,
    ],
  ])('%j → %i', (input, score) => {
    expect(healthScore(input).score).toBe(score);
  });

  it('explains its parts with their weights', () => {
    const h = healthScore({
      today: '2026-12-01',
      cadenceDays: 30,
      lastTouchDate: '2026-10-01',
      inbound90: 1,
      outbound90: 3,
      overdueDays: 3,
    });
    expect(h.parts.map((p) => [p.key, p.weight, p.score])).toEqual([
      ['recency', 40, 48],
      ['frequency', 25, 100],
      ['inbound', 20, 50],
      ['overdue', 15, 50],
    ]);
    expect(h.score).toBe(62);
  });

  it.each([
    [0, null, 62, undefined],
    [1, { kind: 'nps', score: 3 } as const, 52, 'latest NPS 3/10'],
    [2, { kind: 'csat', score: 1 } as const, 42, 'latest CSAT 1/5'],
    [5, { kind: 'nps', score: 0 } as const, 42, '5 poor survey answers'],
  ])('%i poor survey answers (%j) lower 62 to %i and say so', (count, latest, score, says) => {
    const h = healthScore({
      today: '2026-12-01',
      cadenceDays: 30,
      lastTouchDate: '2026-10-01',
      inbound90: 1,
      outbound90: 3,
      overdueDays: 3,
      poorAnswers90: { count, latest },
    });
    expect(h.score).toBe(score);
    const part = h.parts.find((p) => p.key === 'feedback');
    if (says) expect(part?.detail.en).toContain(says);
    else expect(part).toBeUndefined();
  });
});
