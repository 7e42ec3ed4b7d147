import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from './business-calendar.ts';
import { isoWeekday, toDay } from './dates.ts';
import { explainShift } from './explain.ts';
import { hasHolidayData, libraryHolidays } from './holidays.ts';
import { weekendOf } from './weekend.ts';

describe('weekends from CLDR', () => {
  it.each([
    ['SA', [5, 6]],
    ['IR', [5]],
    ['AE', [6, 7]],
    ['DE', [6, 7]],
    ['EG', [5, 6]],
    ['AF', [4, 5]],
    ['CN', [6, 7]],
    ['KZ', [6, 7]],
  ])('%s rests on %j', (cc, weekend) => expect(weekendOf(cc)).toEqual(weekend));
});

// Real 2026 dates on every continent: [country, region, date, closed?, what closes it].
const DAYS: [string, string | null, string, boolean, string][] = [
  ['DE', null, '2026-12-25', true, 'Christmas Day'],
  ['DE', 'BY', '2026-01-06', true, 'Epiphany'],
  ['DE', 'BE', '2026-01-06', false, 'regional: not a holiday in Berlin'],
  ['DE', null, '2026-04-06', true, 'Easter Monday'],
  ['GB', 'ENG', '2026-08-31', true, 'Summer bank holiday'],
  ['SA', null, '2026-03-20', true, 'Eid al-Fitr (Islamic, multi-day)'],
  ['SA', null, '2026-03-22', true, 'Eid al-Fitr, fourth day'],
  ['SA', null, '2026-09-23', true, 'National Day'],
  ['SA', null, '2026-12-04', true, 'Friday is the weekend'],
  ['SA', null, '2026-12-06', false, 'Sunday is a working day'],
  ['AE', null, '2026-12-02', true, 'National Day'],
  ['KZ', null, '2026-03-23', true, 'Nauryz (spans 21–24 March)'],
  ['KZ', null, '2026-03-24', true, 'Nauryz substitute day'],
  ['KG', null, '2026-03-21', true, 'Nooruz on a Saturday'],
  ['KG', null, '2026-08-31', true, 'Independence Day: no library data, a cited correction (#21)'],
  ['TJ', null, '2026-09-09', false, 'Independence Day is missing from the data'],
  ['MZ', null, '2026-06-25', true, 'Independence Day'],
  ['NG', null, '2026-10-01', true, 'Independence Day'],
  ['ZA', null, '2026-04-27', true, 'Freedom Day'],
  ['EG', null, '2026-07-23', true, 'Revolution Day'],
  ['US', null, '2026-07-03', true, 'Independence Day observed (4 July is a Saturday)'],
  ['US', null, '2026-11-26', true, 'Thanksgiving (moving)'],
  ['MX', null, '2026-02-02', true, 'Constitution Day (first Monday of February)'],
  ['BR', null, '2026-04-21', true, 'Tiradentes'],
  ['BR', null, '2026-11-20', true, 'Black Awareness Day'],
  ['CL', null, '2026-09-18', true, 'Fiestas Patrias'],
  ['JP', null, '2026-05-06', true, 'Constitution Day substitute holiday'],
  ['VN', null, '2026-02-17', true, 'Tết (lunar)'],
  ['CN', null, '2026-02-17', true, 'Spring Festival (lunar)'],
  ['ID', null, '2026-03-19', true, 'Nyepi'],
  ['IN', null, '2026-01-26', true, 'Republic Day'],
  ['AU', 'NSW', '2026-01-26', true, 'Australia Day'],
  ['IR', null, '2026-03-20', true, 'Friday weekend and Eid al-Fitr'],
];

describe('business days on real 2026 dates', () => {
  it.each(DAYS)('%s %s %s closed=%s (%s)', (country, region, date, closed) => {
    expect(new BusinessCalendar(country, region).isBusinessDay(date)).toBe(!closed);
  });

  it.each([
    ['DE', null, '2026-12-25', '2026-12-28'],
    ['DE', null, '2026-12-24', '2026-12-24'],
    // Four Eid days from 19 March, the Friday and Saturday given back on 23–24 March (#21).
    ['SA', null, '2026-03-19', '2026-03-25'],
    ['SA', null, '2026-12-03', '2026-12-03'],
    ['SA', null, '2026-12-04', '2026-12-06'],
    ['KZ', null, '2026-03-21', '2026-03-25'],
    ['US', null, '2026-07-03', '2026-07-06'],
    ['JP', null, '2026-05-02', '2026-05-07'],
    ['VN', null, '2026-02-14', '2026-02-23'],
    ['DE', null, '2026-12-31', '2026-12-31'],
    ['DE', null, '2027-01-01', '2027-01-04'],
  ])('next business day in %s %s from %s is %s', (country, region, from, next) => {
    expect(new BusinessCalendar(country, region).nextBusinessDay(from).date).toBe(next);
  });

  it('never lands on a Saudi weekend across a whole year', () => {
    const sa = new BusinessCalendar('SA');
    for (let d = toDay('2026-01-01'); d <= toDay('2026-12-31'); d++) {
      expect([5, 6]).not.toContain(isoWeekday(sa.nextBusinessDayNumber(d)));
    }
  });

  it('counts business days between dates and lists holidays in a range', () => {
    const de = new BusinessCalendar('DE');
    expect(de.businessDaysBetween('2026-12-21', '2026-12-31')).toBe(7);
    expect(de.holidaysInRange('2026-12-20', '2026-12-31').map((d) => d.date)).toEqual([
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('can count bank holidays or named optional days as closed', () => {
    expect(new BusinessCalendar('DE').isBusinessDay('2026-12-24')).toBe(true);
    expect(
      new BusinessCalendar('DE', null, { closedNames: ['Heiliger Abend'] }).isBusinessDay(
        '2026-12-24',
      ),
    ).toBe(false);
    expect(
      new BusinessCalendar('DE', null, { closedTypes: ['public', 'bank'] }).isBusinessDay(
        '2026-12-31',
      ),
    ).toBe(false);
  });

  it('explains why a date moved, in both languages', () => {
    const { date, skipped } = new BusinessCalendar('DE').nextBusinessDay('2026-12-25');
    const text = explainShift(skipped, date, { en: 'Germany', zh: '德国' });
    expect(text?.en).toBe(
      'Fri 25 Dec: Christmas Day; Sat 26 Dec: weekend, Boxing Day; Sun 27 Dec: weekend in Germany → Mon 28 Dec',
    );
    expect(text?.zh).toContain('顺延至12月28日（周一）');
  });
});

describe('holiday data', () => {
  it('spans multi-day holidays over every calendar day, from the date string', () => {
    const eid = libraryHolidays('SA', null, 2026, 'en').filter((h) =>
      h.name.includes('Eid al-Fitr'),
    );
    expect(eid.map((h) => h.date)).toEqual([
      '2026-03-19',
      '2026-03-20',
      '2026-03-21',
      '2026-03-22',
    ]);
    const nauryz = libraryHolidays('KZ', null, 2026, 'en')
      .filter((h) => h.name.startsWith('Nauryz'))
      .map((h) => h.date);
    expect([...new Set(nauryz)]).toEqual(['2026-03-21', '2026-03-22', '2026-03-23', '2026-03-24']);
  });

  it('gives names in the reader language beside the local name', () => {
    const xmas = libraryHolidays('DE', null, 2026, 'en').find((h) => h.date === '2026-12-25');
    expect(xmas).toMatchObject({
      name: 'Christmas Day',
      localName: '1. Weihnachtstag',
      type: 'public',
    });
  });

  it('knows where it has no data', () => {
    expect(hasHolidayData('KG')).toBe(false);
    expect(hasHolidayData('KZ')).toBe(true);
  });
});

describe('workspace overrides', () => {
  const cn = () =>
    // The workspace's own list alone (the shipped schedule off), as before corrections existed.
    new BusinessCalendar('CN', null, {
      officialSchedule: false,
      replaceLibraryYears: [2026],
      overrides: [
        { date: '2026-02-14', kind: 'working_day', name: '春节调休上班' },
        ...[
          '2026-02-15',
          '2026-02-16',
          '2026-02-17',
          '2026-02-18',
          '2026-02-19',
          '2026-02-20',
          '2026-02-21',
          '2026-02-22',
          '2026-02-23',
        ].map((date) => ({ date, kind: 'holiday' as const, name: '春节' })),
      ],
    });

  it('a make-up working Saturday is a business day; the official bridge days are closed', () => {
    expect(cn().isBusinessDay('2026-02-14')).toBe(true);
    expect(cn().status('2026-02-14').reasons).toEqual([
      { kind: 'workspace-working-day', name: '春节调休上班' },
    ]);
    expect(cn().isBusinessDay('2026-02-23')).toBe(false);
    expect(cn().nextBusinessDay('2026-02-15').date).toBe('2026-02-24');
  });

  it('replacing the library drops its extra "public" days such as Youth Day', () => {
    expect(
      new BusinessCalendar('CN', null, { corrections: false }).isBusinessDay('2026-05-04'),
    ).toBe(false);
    expect(cn().isBusinessDay('2026-05-04')).toBe(true);
  });

  it('fills a country the data lacks: Tajikistan Independence Day', () => {
    const tj = new BusinessCalendar('TJ', null, {
      overrides: [{ date: '2026-09-09', kind: 'holiday', name: 'Independence Day' }],
    });
    expect(tj.isBusinessDay('2026-09-09')).toBe(false);
    expect(tj.status('2026-09-09').reasons).toEqual([
      { kind: 'workspace-holiday', name: 'Independence Day' },
    ]);
  });
});
