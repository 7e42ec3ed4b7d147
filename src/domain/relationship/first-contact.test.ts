import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { DEFAULT_POLICIES, goneCold, resolvePolicy } from './cadence.ts';
import { healthStatus, storedHealth } from './health.ts';
import { planFirstContact } from './planner.ts';

const place = (en: string, zh: string) => ({ en, zh });

describe('first contact: the Nth business day after creation, in the customer’s calendar', () => {
  it.each([
    // Saudi Arabia rests Friday and Saturday: Thursday + 2 → Sunday, Monday.
    ['SA', '2026-12-03', 2, '2026-12-07'],
    ['SA', '2026-12-02', 2, '2026-12-06'],
    // Created on the weekend: the first business day counts as the first.
    ['SA', '2026-12-04', 2, '2026-12-07'],
    // A German Monday + 2 is a plain Wednesday; a Saudi Sunday + 2 is a Tuesday.
    ['DE', '2026-11-30', 2, '2026-12-02'],
    ['SA', '2026-11-29', 2, '2026-12-01'],
    // Holidays: Christmas in Germany, Thanksgiving in the US, Eid al-Fitr in Saudi Arabia.
    ['DE', '2026-12-23', 2, '2026-12-28'],
    ['US', '2026-11-25', 2, '2026-11-30'],
    ['SA', '2026-03-17', 2, '2026-03-25'], // Eid 19–22 Mar, 23–24 in lieu of the weekend (#21)
    // A prospect's five days step over one weekend.
    ['DE', '2026-12-01', 5, '2026-12-08'],
  ])('%s created %s, %i business days → %s', (country, created, days, due) => {
    const plan = planFirstContact({
      createdDate: created,
      businessDays: days,
      calendar: new BusinessCalendar(country),
      placeName: place(country, country),
    });
    expect(plan.dueDate).toBe(due);
  });

  it('says why in both languages, naming the closed days it stepped over', () => {
    const plan = planFirstContact({
      createdDate: '2026-12-03',
      businessDays: 2,
      calendar: new BusinessCalendar('SA'),
      placeName: place('Saudi Arabia', '沙特阿拉伯'),
    });
    expect(plan.reason.en).toBe(
      'first contact within 2 business days of 2026-12-03 (Fri 4 Dec: weekend; Sat 5 Dec: weekend in Saudi Arabia → Mon 7 Dec)',
    );
    expect(plan.reason.zh).toContain('2 个工作日内首次联系');
    expect(plan.reason.zh).toContain('顺延至12月7日（周一）');
  });

  it.each([
    [{ stage: 'lead' as const, tier: null }, 2],
    [{ stage: 'lead' as const, tier: 'A' as const }, 2],
    [{ stage: 'prospect' as const, tier: null }, 5],
    // A tiered customer has a record elsewhere: the cadence simply counts from creation.
    [{ stage: 'prospect' as const, tier: 'B' as const }, null],
    [{ stage: 'customer' as const, tier: null }, null],
  ])('default policies: %j → first contact within %s business days', (customer, days) => {
    expect(resolvePolicy(customer, DEFAULT_POLICIES)?.firstContactDays).toBe(days);
  });
});

describe('health status: no score for a new or a churned customer', () => {
  it.each([
    [{ stage: 'lead' as const, touched: false, overdueDays: 0 }, 'new'],
    [{ stage: 'prospect' as const, touched: false, overdueDays: 0 }, 'new'],
    // Its first contact overdue, the score shows the neglect.
    [{ stage: 'lead' as const, touched: false, overdueDays: 1 }, 'scored'],
    // Any touch is history: a web-form lead's own message, a first call.
    [{ stage: 'lead' as const, touched: true, overdueDays: 0 }, 'scored'],
    [{ stage: 'customer' as const, touched: true, overdueDays: 40 }, 'scored'],
    [{ stage: 'churned' as const, touched: true, overdueDays: 0 }, 'churned'],
    [{ stage: 'churned' as const, touched: false, overdueDays: 9 }, 'churned'],
  ])('%j → %s', (input, status) => {
    expect(healthStatus(input)).toBe(status);
  });

  it.each([
    ['customer' as const, 72, { status: 'scored', score: 72 }],
    ['lead' as const, null, { status: 'new', score: null }],
    // A score stored before the customer churned is not shown.
    ['churned' as const, 100, { status: 'churned', score: null }],
  ])('stored: %s with %s → %j', (stage, score, out) => {
    expect(storedHealth(stage, score)).toEqual(out);
  });
});

describe('gone cold', () => {
  const base = { today: '2026-12-07', cadenceDays: 7 };
  it.each([
    // Never contacted, first contact due later or today: not cold.
    [{ contacted: false, plannedDate: '2026-12-08', daysSilent: null }, false],
    [{ contacted: false, plannedDate: '2026-12-07', daysSilent: null }, false],
    // …due yesterday: cold.
    [{ contacted: false, plannedDate: '2026-12-06', daysSilent: null }, true],
    // A web-form lead wrote 10 days ago, first contact snoozed to tomorrow: not cold.
    [{ contacted: false, plannedDate: '2026-12-08', daysSilent: 10 }, false],
    // Never touched and nothing planned: cold, as before.
    [{ contacted: false, plannedDate: null, daysSilent: null }, true],
    // Contacted: the cadence decides, whatever is planned.
    [{ contacted: true, plannedDate: '2026-12-20', daysSilent: 8 }, true],
    [{ contacted: true, plannedDate: '2026-12-01', daysSilent: 7 }, false],
  ])('%j → %s', (input, cold) => {
    expect(goneCold({ ...base, ...input })).toBe(cold);
  });
});
