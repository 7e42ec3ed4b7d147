import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import {
  businessDaysFrom,
  deadlineInstant,
  deadlineView,
  reminderDate,
} from './tender-deadline.ts';

const CN = new BusinessCalendar('CN');
const DE = new BusinessCalendar('DE');
const SA = new BusinessCalendar('SA');
const HOME: Record<string, [BusinessCalendar, string]> = {
  CN: [CN, 'Asia/Shanghai'],
  DE: [DE, 'Europe/Berlin'],
  SA: [SA, 'Asia/Riyadh'],
};

describe('business days left before a tender deadline, in the home office’s calendar', () => {
  it.each([
    // home office, now (instant), deadline as the buyer published it, buyer zone → home date, days left
    // 25 Sep is Mid-Autumn: 28, 29, 30 Sep remain before the National Day week (1–7 Oct).
    ['CN', '2026-09-25T02:00:00Z', '2026-10-08T17:00', 'Asia/Kolkata', '2026-10-08', 13, 3],
    // São Paulo 10:00 on 8 Oct is 21:00 in Beijing the same day: still three.
    ['CN', '2026-09-25T02:00:00Z', '2026-10-08T10:00', 'America/Sao_Paulo', '2026-10-08', 13, 3],
    // Auckland's 9 Oct 09:00 (NZDT) is 8 Oct 04:00 in Beijing: the buyer's date is a day later.
    ['CN', '2026-09-25T02:00:00Z', '2026-10-09T09:00', 'Pacific/Auckland', '2026-10-09', 14, 4],
    ['CN', '2026-09-25T02:00:00Z', '2026-10-09T04:00', 'Pacific/Auckland', '2026-10-08', 13, 3],
    // Los Angeles 7 Oct 23:00 (PDT) is already 8 Oct 14:00 in Beijing.
    ['CN', '2026-09-25T02:00:00Z', '2026-10-07T23:00', 'America/Los_Angeles', '2026-10-08', 13, 3],
    // The make-up Saturday 10 Oct counts for a Chinese office: 8, 9, 10 Oct before the 12th.
    ['CN', '2026-10-08T01:00:00Z', '2026-10-12T12:00', 'Asia/Shanghai', '2026-10-12', 4, 3],
    // Counted on a business day, today counts: Monday 28 Sep → 28, 29, 30.
    ['CN', '2026-09-28T01:00:00Z', '2026-10-08T17:00', 'Asia/Shanghai', '2026-10-08', 10, 3],
    // A German office over the same span: Unity Day falls on a Saturday in 2026, nine days.
    ['DE', '2026-09-25T08:00:00Z', '2026-10-08T17:00', 'Asia/Kolkata', '2026-10-08', 13, 9],
    // A Saudi office rests Friday and Saturday: Sep 27–Oct 1, Oct 4–7 (and today, Fri 25, does not).
    ['SA', '2026-09-25T08:00:00Z', '2026-10-08T17:00', 'Asia/Kolkata', '2026-10-08', 13, 9],
  ])(
    '%s office at %s, deadline %s in %s → home %s, %i calendar / %i business days',
    (home, now, local, buyerZone, homeDate, calendarDays, businessDays) => {
      const [calendar, homeZone] = HOME[home]!;
      const v = deadlineView({
        deadline: deadlineInstant(local, buyerZone),
        buyerZone,
        viewerZone: 'Asia/Dubai',
        homeZone,
        homeCalendar: calendar,
        now: new Date(now),
      });
      expect(v.buyer).toMatchObject({ date: local.slice(0, 10), time: local.slice(11) });
      expect(v.home.date).toBe(homeDate);
      expect(v.calendarDaysLeft).toBe(calendarDays);
      expect(v.businessDaysLeft).toBe(businessDays);
      expect(v.passed).toBe(false);
    },
  );

  it('shows one instant in the buyer’s, the viewer’s and the home office’s clocks', () => {
    const v = deadlineView({
      deadline: deadlineInstant('2026-10-08T17:00', 'Asia/Kolkata'),
      buyerZone: 'Asia/Kolkata',
      viewerZone: 'Europe/Berlin',
      homeZone: 'Asia/Shanghai',
      homeCalendar: CN,
      now: new Date('2026-09-25T02:00:00Z'),
    });
    expect(v.at).toBe('2026-10-08T11:30:00.000Z');
    expect(v.buyer).toEqual({
      timeZone: 'Asia/Kolkata',
      date: '2026-10-08',
      time: '17:00',
      offsetMinutes: 330,
    });
    expect(v.viewer).toMatchObject({ date: '2026-10-08', time: '13:30', offsetMinutes: 120 });
    expect(v.home).toMatchObject({ date: '2026-10-08', time: '19:30', offsetMinutes: 480 });
  });

  it('says a passed deadline has no days left, and the deadline day itself none', () => {
    const base = {
      buyerZone: 'Asia/Shanghai',
      viewerZone: 'Asia/Shanghai',
      homeZone: 'Asia/Shanghai',
      homeCalendar: CN,
    };
    const passed = deadlineView({
      ...base,
      deadline: deadlineInstant('2026-09-30T10:00', 'Asia/Shanghai'),
      now: new Date('2026-09-30T03:00:00Z'),
    });
    expect(passed).toMatchObject({ passed: true, businessDaysLeft: 0, calendarDaysLeft: 0 });
    const today = deadlineView({
      ...base,
      deadline: deadlineInstant('2026-09-30T17:00', 'Asia/Shanghai'),
      now: new Date('2026-09-30T01:00:00Z'),
    });
    expect(today).toMatchObject({ passed: false, businessDaysLeft: 0, calendarDaysLeft: 0 });
  });

  it('takes the wall clock of a day when the clocks change (Berlin, 25 Oct 2026)', () => {
    expect(deadlineInstant('2026-10-25T12:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T11:00:00.000Z',
    );
    expect(deadlineInstant('2026-10-24T12:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-24T10:00:00.000Z',
    );
  });

  it('counts [from, to): the deadline’s own date is not a day to work towards it', () => {
    expect(businessDaysFrom(CN, '2026-09-28', '2026-09-28')).toBe(0);
    expect(businessDaysFrom(CN, '2026-09-28', '2026-09-29')).toBe(1);
    // 21–24 Sep, 28–30 Sep, 8–9 Oct and the make-up Saturday 10 Oct.
    expect(businessDaysFrom(CN, '2026-09-21', '2026-10-12')).toBe(10);
  });
});

describe('deadline reminders, planned back from the deadline in the home office’s calendar', () => {
  it.each([
    // home, deadline date (home clock), business days before, today → due, shortened
    // 8 Oct 2026: five business days back steps over National Day and Mid-Autumn → 23 Sep.
    ['CN', '2026-10-08', 5, '2026-09-01', '2026-09-23', false],
    ['CN', '2026-10-08', 3, '2026-09-01', '2026-09-28', false],
    ['CN', '2026-10-08', 1, '2026-09-01', '2026-09-30', false],
    // A German office warns on 1 Oct, inside China's holiday week.
    ['DE', '2026-10-08', 5, '2026-09-01', '2026-10-01', false],
    // The make-up Saturday 10 Oct is a working day in China.
    ['CN', '2026-10-12', 1, '2026-09-01', '2026-10-10', false],
    // Zero: on the deadline's date.
    ['CN', '2026-10-08', 0, '2026-09-01', '2026-10-08', false],
    // Too late for five days: due today.
    ['CN', '2026-10-08', 5, '2026-09-29', '2026-09-29', true],
    ['CN', '2026-10-08', 5, '2026-10-08', '2026-10-08', true],
  ])(
    '%s, deadline %s, %i business days before, today %s → %s',
    (home, deadline, n, today, due, short) => {
      expect(reminderDate(HOME[home]![0], deadline, n, today)).toEqual({
        date: due,
        shortened: short,
      });
    },
  );

  it('plans none for a deadline whose date has passed', () => {
    expect(reminderDate(CN, '2026-10-08', 5, '2026-10-09')).toBeNull();
  });
});
