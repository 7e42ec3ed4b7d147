import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar.ts';
import { addDays } from '../calendar/dates.ts';
import { libraryHolidays } from '../calendar/holidays.ts';
import { greetingOccasions, yearlyIn, type GreetingsInput } from './greetings.ts';

/** The input the greetings service builds: the country's real calendar around the window. */
function forCountry(country: string, from: string, to: string, more: Partial<GreetingsInput> = {}) {
  const calendar = new BusinessCalendar(country);
  const years = [...new Set([from, to].map((d) => Number(d.slice(0, 4))))];
  const holidays = years
    .flatMap((y) => libraryHolidays(country, null, y))
    .filter((h) => h.date >= addDays(from, -14) && h.date <= to);
  return greetingOccasions({
    from,
    to,
    country,
    countryName: { en: country, zh: country },
    holidays,
    customer: { foundedOn: null, customerSince: null },
    contacts: [],
    isBusinessDay: (d) => calendar.isBusinessDay(d),
    ...more,
  });
}

const brief = (o: ReturnType<typeof greetingOccasions>) => o.map((x) => [x.key, x.date, x.greetOn]);

describe('greetings on the customer’s own occasions', () => {
  it.each([
    // Saudi Arabia: Ramadan's start, Founding Day, Eid; no Christmas, no New Year card.
    [
      'SA',
      '2026-02-10',
      '2026-03-31',
      [
        ['ramadan-start', '2026-02-18', '2026-02-18'],
        ['national-day', '2026-02-22', '2026-02-22'],
        ['eid-al-fitr', '2026-03-19', '2026-03-18'],
      ],
    ],
    ['SA', '2026-12-01', '2027-01-05', []],
    // India: Diwali from the festival table (the country calendar lacks it), greeted the day before.
    ['IN', '2026-10-20', '2026-11-19', [['diwali', '2026-11-08', '2026-11-07']]],
    // Germany: Christmas wishes five days ahead, moved off Sunday 20 Dec to Friday 18 Dec.
    ['DE', '2026-12-01', '2026-12-31', [['christmas', '2026-12-25', '2026-12-18']]],
    // Russia: New Year, then Orthodox Christmas on 7 January, nothing on 25 December; offices are
    // closed from 1 to 8 January, so the Christmas wishes go out with the year's last working day.
    [
      'RU',
      '2026-12-20',
      '2027-01-20',
      [
        ['new-year', '2027-01-01', '2026-12-30'],
        ['orthodox-christmas', '2027-01-07', '2026-12-31'],
      ],
    ],
    // China: the Spring Festival span is one occasion, greeted three days before its first day.
    ['CN', '2027-01-20', '2027-02-19', [['lunar-new-year', '2027-02-05', '2027-02-02']]],
    // Vietnam: Tết 2026 (Tuesday 17 Feb); three days before is a Saturday → Friday 13 Feb.
    ['VN', '2026-02-01', '2026-03-01', [['lunar-new-year', '2026-02-17', '2026-02-13']]],
    // Iran: Eid al-Fitr and Nowruz a day apart in 2026.
    [
      'IR',
      '2026-03-01',
      '2026-03-31',
      [
        ['eid-al-fitr', '2026-03-20', '2026-03-19'],
        ['nowruz', '2026-03-21', '2026-03-19'],
      ],
    ],
  ])('%s from %s to %s', (country, from, to, expected) => {
    expect(brief(forCountry(country, from, to))).toEqual(expected);
  });

  it('names the source of every hint, the calendar first', () => {
    const [eid] = forCountry('SA', '2026-03-01', '2026-03-31');
    expect(eid?.hints[0]?.source.en).toBe('Public holiday in SA (country calendar)');
    expect(eid?.hints.slice(1).every((h) => h.source.en === 'Chuhai greeting guide')).toBe(true);
    expect(eid?.hints.every((h) => h.text.zh.length > 0)).toBe(true);
    const [diwali] = forCountry('IN', '2026-11-01', '2026-11-30');
    expect(diwali?.hints[0]?.source.en).toMatch(/festival table/);
  });

  it('a greeting already due is sent today, never in the past', () => {
    expect(brief(forCountry('DE', '2026-12-22', '2026-12-31'))).toEqual([
      ['christmas', '2026-12-25', '2026-12-22'],
    ]);
  });

  it('a span that began before the window is not greeted again', () => {
    expect(forCountry('CN', '2027-02-07', '2027-02-20')).toEqual([]);
  });

  it('adds birthdays, the company’s founding and the years of working together', () => {
    const o = forCountry('DE', '2026-06-01', '2026-06-30', {
      customer: { foundedOn: '1996-06-10', customerSince: '2019-06-30' },
      contacts: [
        { id: 'c1', name: 'Anna Weber', birthday: '06-03' },
        { id: 'c2', name: 'Jörg Lang', birthday: '1980-07-01' },
      ],
    });
    expect(o.map((x) => [x.key, x.date, x.years ?? null, x.contactName ?? null])).toEqual([
      ['birthday', '2026-06-03', null, 'Anna Weber'],
      ['founding-anniversary', '2026-06-10', 30, null],
      ['relationship-anniversary', '2026-06-30', 7, null],
    ]);
    expect(o[1]?.hints[0]?.text).toEqual({
      en: 'Company anniversary: 30 years on 2026-06-10',
      zh: '公司成立周年：2026-06-10 满 30 年',
    });
  });

  it.each([
    ['02-29', '2027-02-01', '2027-03-01', [{ date: '2027-02-28', years: null }]],
    ['2024-02-29', '2028-02-01', '2028-03-01', [{ date: '2028-02-29', years: 4 }]],
    ['2026-06-10', '2026-06-01', '2026-06-30', []],
    ['2025-12-31', '2026-12-15', '2027-01-15', [{ date: '2026-12-31', years: 1 }]],
    ['31-12', '2026-01-01', '2026-12-31', []],
  ])('yearly return of %s between %s and %s', (value, from, to, expected) => {
    expect(yearlyIn(value, from, to)).toEqual(expected);
  });
});
