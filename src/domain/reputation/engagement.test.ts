import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { isOverdue, planInBusinessDays, planOnDay } from './engagement.ts';

const mz = new BusinessCalendar('MZ');
const sa = new BusinessCalendar('SA');
const MZ = { en: 'Mozambique', zh: '莫桑比克' };
const SA = { en: 'Saudi Arabia', zh: '沙特阿拉伯' };

describe('a stakeholder follow-up on a day', () => {
  it.each([
    // [calendar, place, asked, due, moved?]
    [mz, MZ, '2026-12-01', '2026-12-01', false], // a Tuesday
    [mz, MZ, '2026-12-05', '2026-12-07', true], // Saturday → Monday
    [mz, MZ, '2026-12-25', '2026-12-28', true], // Family Day (Fri) and the weekend
    [mz, MZ, '2026-06-25', '2026-06-26', true], // Independence Day
    [sa, SA, '2026-12-04', '2026-12-06', true], // Friday → Sunday (Fri–Sat weekend)
    [sa, SA, '2026-12-06', '2026-12-06', false], // Sunday is a working day there
  ] as const)('%#: %s asked %s', (cal, place, asked, due, moved) => {
    const p = planOnDay(cal, asked, place);
    expect(p.dueDate).toBe(due);
    expect(p.requestedDate).toBe(asked);
    expect(p.reason !== null).toBe(moved);
    if (moved) {
      expect(p.reason!.en).toContain(place.en);
      expect(p.reason!.zh).toContain(place.zh);
    }
  });
});

describe('a stakeholder follow-up in business days', () => {
  it.each([
    // [today, n, due]
    ['2026-12-01', 0, '2026-12-01'],
    ['2026-12-05', 0, '2026-12-07'], // a Saturday today: the next business day
    ['2026-12-04', 1, '2026-12-07'], // Friday + 1 → Monday
    ['2026-12-23', 3, '2026-12-29'], // over Family Day and the weekend
  ] as const)('%s + %i', (today, n, due) => {
    expect(planInBusinessDays(mz, today, n, MZ).dueDate).toBe(due);
  });
});

it('is overdue only while open and before today', () => {
  expect(isOverdue({ status: 'open', dueDate: '2026-11-30' }, '2026-12-01')).toBe(true);
  expect(isOverdue({ status: 'open', dueDate: '2026-12-01' }, '2026-12-01')).toBe(false);
  expect(isOverdue({ status: 'done', dueDate: '2026-11-30' }, '2026-12-01')).toBe(false);
});
