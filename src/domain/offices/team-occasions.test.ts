import { describe, expect, it } from 'vitest';
import { libraryHolidays } from '../calendar/holidays.ts';
import { classifyHoliday, teamOccasions } from './team-occasions.ts';

const holidays = (country: string, region: string | null = null) =>
  libraryHolidays(country, region, 2026).map((h) => ({
    date: h.date,
    name: h.englishName,
    type: h.type,
  }));
const summary = (country: string, from: string, to: string, region: string | null = null) =>
  teamOccasions({ country, holidays: holidays(country, region), people: [], from, to }).map(
    (o) => `${o.kind} ${o.date}${o.end ? `..${o.end}` : ''}`,
  );

describe('team occasions of the 2026 offices', () => {
  it.each([
    // Dubai: Ramadan as one period (iftar guidance), then the Eid holidays once each.
    [
      'Dubai, Feb–Mar',
      'AE',
      '2026-02-01',
      '2026-03-31',
      ['ramadan 2026-02-18..2026-03-19', 'eid 2026-03-20'],
    ],
    ['Dubai, Eid al-Adha', 'AE', '2026-05-25', '2026-05-31', ['eid 2026-05-27']],
    ['Almaty, Nauryz', 'KZ', '2026-03-20', '2026-03-25', ['nowruz 2026-03-21']],
    ['São Paulo, Christmas', 'BR', '2026-12-20', '2026-12-31', ['christmas 2026-12-25']],
    ['Shanghai, Spring Festival', 'CN', '2026-02-14', '2026-02-20', ['lunar-new-year 2026-02-16']],
  ])('%s', (_, country, from, to, expected) => {
    const got = summary(country, from, to);
    for (const e of expected) expect(got).toContain(e);
  });

  it('Munich keeps its other public holidays as public holidays', () => {
    expect(summary('DE', '2026-06-01', '2026-06-30', 'BY')).toEqual(['public-holiday 2026-06-04']);
  });

  it.each([
    ['Eid al-Fitr', 'eid'],
    ['End of Ramadan (Eid al-Fitr)', 'eid'],
    ['First day of Ramadan', 'ramadan'],
    ['Arafat Day', 'eid'],
    ['Islamic New Year', 'public-holiday'],
    ['Lunar New Year', 'lunar-new-year'],
    ['New Year’s Day', 'new-year'],
    ['Nauryz', 'nowruz'],
    ['Diwali', 'diwali'],
    ['Independence Day', 'national-day'],
    ['Whit Monday', 'public-holiday'],
  ])('%s is %s', (name, kind) => expect(classifyHoliday(name)).toBe(kind));

  it.each([
    ['2025-09-01', '2026-08-25', '2026-09-10', ['work-anniversary 2026-09-01 1']],
    ['2024-02-29', '2026-02-20', '2026-03-05', ['work-anniversary 2026-02-28 2']],
    ['2026-09-01', '2026-08-25', '2026-09-10', []],
  ])('work anniversary of someone who started %s', (startDate, from, to, expected) => {
    const got = teamOccasions({
      country: 'DE',
      holidays: [],
      people: [{ name: 'Amira', startDate }],
      from,
      to,
    }).map((o) => `${o.kind} ${o.date} ${o.years}`);
    expect(got).toEqual(expected);
  });
});
