import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import {
  businessDaysBetween,
  nthBusinessDayAfter,
  planPoolMove,
  type PoolAction,
} from './pool-planner.ts';
import { checkPoolSettings, DEFAULT_POOL_SETTINGS, poolBasisDate } from './pool-settings.ts';

// China's 2026 calendar as shipped: Mid-Autumn 25–27 Sep, National Day 1–7 Oct, Sunday 20 Sep
// and Saturday 10 Oct make-up working days, weekends closed.
const cn = new BusinessCalendar('CN');
const de = new BusinessCalendar('DE');
const rule = { idleDays: 10, warningDays: 3 };

describe('business days of the home office', () => {
  it.each([
    // from, n, expected: the National Day week and the weekends do not count; 10 Oct does
    ['2026-09-22', 1, '2026-09-23'],
    ['2026-09-24', 1, '2026-09-28'],
    // Sunday 20 Sep is the make-up working day for the National Day week
    ['2026-09-18', 1, '2026-09-20'],
    ['2026-09-30', 1, '2026-10-08'],
    ['2026-09-22', 7, '2026-10-09'],
    ['2026-09-22', 8, '2026-10-10'],
    ['2026-09-22', 10, '2026-10-13'],
    ['2026-10-09', 1, '2026-10-10'],
    ['2026-10-10', 1, '2026-10-12'],
  ])('the %s + %i business days is %s', (from, n, expected) => {
    expect(nthBusinessDayAfter(cn, from, n)).toBe(expected);
  });

  it('counts business days strictly between two dates', () => {
    expect(businessDaysBetween(cn, '2026-09-30', '2026-10-08')).toBe(0);
    expect(businessDaysBetween(cn, '2026-09-22', '2026-10-10')).toBe(7);
    // in Germany 1–7 Oct are ordinary days (3 Oct, German Unity Day, is a Saturday in 2026)
    expect(businessDaysBetween(de, '2026-09-30', '2026-10-08')).toBe(5);
  });
});

describe('planPoolMove: warn, then release', () => {
  type Row = [
    label: string,
    input: {
      basisDate: string;
      today: string;
      announced?: { basisDate: string; keepUntil: string } | null;
    },
    action: PoolAction,
    keepUntil: string,
    idle: number,
  ];
  const rows: Row[] = [
    ['fresh touch', { basisDate: '2026-09-22', today: '2026-09-24' }, 'none', '2026-10-13', 1],
    // the holiday week counts nothing: still 5 business days idle on 8 Oct
    [
      'through National Day',
      { basisDate: '2026-09-22', today: '2026-10-08' },
      'none',
      '2026-10-13',
      5,
    ],
    [
      'day of the 7th idle day',
      { basisDate: '2026-09-22', today: '2026-10-09' },
      'none',
      '2026-10-13',
      6,
    ],
    // the make-up Saturday is a business day: the warning run, 3 business days left
    ['warning run', { basisDate: '2026-09-22', today: '2026-10-10' }, 'warn', '2026-10-13', 7],
    [
      'warned, waiting',
      {
        basisDate: '2026-09-22',
        today: '2026-10-13',
        announced: { basisDate: '2026-09-22', keepUntil: '2026-10-13' },
      },
      'none',
      '2026-10-13',
      9,
    ],
    [
      'warned, past keepUntil',
      {
        basisDate: '2026-09-22',
        today: '2026-10-14',
        announced: { basisDate: '2026-09-22', keepUntil: '2026-10-13' },
      },
      'release',
      '2026-10-13',
      10,
    ],
    // never released without a warning: a late first run warns and gives 3 days from today
    [
      'overdue, never warned',
      { basisDate: '2026-09-01', today: '2026-10-14' },
      'warn',
      '2026-10-16',
      26,
    ],
    [
      'a touch after the warning voids it',
      {
        basisDate: '2026-10-12',
        today: '2026-10-14',
        announced: { basisDate: '2026-09-22', keepUntil: '2026-10-13' },
      },
      'none',
      '2026-10-26',
      1,
    ],
    // warned on a Friday before the holiday: the promise runs past the holiday week
    [
      'late warning before the holiday',
      { basisDate: '2026-09-01', today: '2026-09-30' },
      'warn',
      '2026-10-09',
      20,
    ],
    [
      'promise kept over a shorter rule',
      {
        basisDate: '2026-09-01',
        today: '2026-10-09',
        announced: { basisDate: '2026-09-01', keepUntil: '2026-10-09' },
      },
      'none',
      '2026-10-09',
      22,
    ],
    [
      'released the day after the promise',
      {
        basisDate: '2026-09-01',
        today: '2026-10-10',
        announced: { basisDate: '2026-09-01', keepUntil: '2026-10-09' },
      },
      'release',
      '2026-10-09',
      23,
    ],
    // a weekend run after the limit day still releases (the nightly job runs every night)
    [
      'weekend run releases',
      {
        basisDate: '2026-09-22',
        today: '2026-10-18',
        announced: { basisDate: '2026-09-22', keepUntil: '2026-10-13' },
      },
      'release',
      '2026-10-13',
      13,
    ],
  ];
  it.each(rows)('%s', (_label, input, action, keepUntil, idle) => {
    expect(planPoolMove(cn, rule, input)).toEqual({ action, keepUntil, idleBusinessDays: idle });
  });

  it('waits for a rule that grew after the warning', () => {
    const grown = { idleDays: 15, warningDays: 3 };
    const d = planPoolMove(cn, grown, {
      basisDate: '2026-09-22',
      today: '2026-10-14',
      announced: { basisDate: '2026-09-22', keepUntil: '2026-10-13' },
    });
    expect(d).toMatchObject({ action: 'none', keepUntil: '2026-10-20' });
  });

  it('counts in the home office’s calendar, not the customer’s', () => {
    // the same dates in Germany: National Day week is ordinary work, so the warning comes earlier
    const d = planPoolMove(de, rule, { basisDate: '2026-09-22', today: '2026-10-02' });
    expect(d).toMatchObject({ action: 'warn', idleBusinessDays: 7 });
    expect(planPoolMove(cn, rule, { basisDate: '2026-09-22', today: '2026-10-02' }).action).toBe(
      'none',
    );
  });
});

describe('pool settings', () => {
  it.each([
    [{ idleDays: 10, warningDays: 3 }, []],
    [{ idleDays: 10, warningDays: 9 }, []],
    [{ idleDays: 10, warningDays: 10 }, ['/warningDays pool_warning_days']],
    [{ idleDays: 2, warningDays: 0 }, ['/warningDays pool_warning_days']],
  ])('%o', (patch, expected) => {
    const errors = checkPoolSettings({ ...DEFAULT_POOL_SETTINGS, ...patch });
    expect(errors.map((e) => `${e.path} ${e.code}`)).toEqual(expected);
  });

  it('counts idle time from the latest of touch, creation and claim, in the home zone', () => {
    // 17:30 UTC on 30 Sep is already 1 Oct in Shanghai
    expect(
      poolBasisDate(
        ['2026-09-01T00:00:00.000Z', null, '2026-09-30T17:30:00.000Z'],
        'Asia/Shanghai',
      ),
    ).toBe('2026-10-01');
    expect(poolBasisDate([null, '2026-09-30T17:30:00.000Z'], 'Europe/Berlin')).toBe('2026-09-30');
  });
});
