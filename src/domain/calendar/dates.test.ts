import { describe, expect, it } from 'vitest';
import { addDays, eachDay, fromDay, isValidDate, toDay } from './dates.ts';

const viaDate = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('fromDay', () => {
  it.each([
    [0, '1970-01-01'],
    [-1, '1969-12-31'],
    [59, '1970-03-01'],
    [10_956, '1999-12-31'],
    [11_016, '2000-02-29'],
    [20_513, '2026-03-01'],
    [20_512, '2026-02-28'],
    [47_540, '2100-02-28'],
    [47_541, '2100-03-01'],
    [-573_371, '0400-03-01'],
    [2_932_896, '9999-12-31'],
  ])('day %i is %s', (day, date) => {
    expect(fromDay(day)).toBe(date);
    expect(toDay(date)).toBe(day);
  });

  it('agrees with Date on every day from 1600 to 2400', () => {
    let mismatches = 0;
    for (let day = toDay('1600-01-01'); day <= toDay('2400-12-31'); day++)
      if (fromDay(day) !== viaDate(day)) mismatches++;
    expect(mismatches).toBe(0);
  });

  it('keeps the Date format outside four-digit years', () => {
    expect(fromDay(toDay('9999-12-31') + 1)).toBe(viaDate(toDay('9999-12-31') + 1));
  });
});

describe('date helpers', () => {
  it('adds days across month, year and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
  it('lists each day and validates dates', () => {
    expect(eachDay('2026-12-30', '2027-01-02')).toEqual([
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
    ]);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2028-02-29')).toBe(true);
  });
});
