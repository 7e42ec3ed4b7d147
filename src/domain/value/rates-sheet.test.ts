import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../custom-fields.ts';
import { checkRates, rateText, ratesFromSheet } from './rates-sheet.ts';
import { parseValueSettings, periodStart, settingsProblems } from './value-settings.ts';

describe('rateText', () => {
  it.each([
    ['1.0825', '1.0825'],
    ['1,0825', '1.0825'],
    [' 0.14 ', '0.14'],
    ['007.5', '7.5'],
    ['0.0068', '0.0068'],
    ['0', null],
    ['-1.2', null],
    ['1.000,50', null],
    ['one', null],
    ['', null],
  ])('%j → %j', (input, expected) => expect(rateText(input)).toBe(expected));
});

describe('ratesFromSheet', () => {
  const rows = (...lines: string[][]) => lines.map((cells, i) => ({ line: i + 2, cells }));

  it.each([
    [['Currency', 'Valid from', 'Rate']],
    [['货币', '生效日期', '汇率']],
    [['Währung', 'Datum', 'Kurs']],
    [['ccy', 'date', 'fx']],
  ])('finds the columns by header: %j', (headers) => {
    const { rates, problems } = ratesFromSheet(headers, rows(['eur', '05.03.2026', '1,1']), 'USD');
    expect(problems).toEqual([]);
    expect(rates).toEqual([{ currency: 'EUR', validFrom: '2026-03-05', rate: '1.1' }]);
  });

  it('reads rate, currency and date by header wherever they stand', () => {
    const { rates } = ratesFromSheet(
      ['Rate', 'Currency', 'From'],
      rows(['7.1', 'CNY', '2026-01-01']),
      'USD',
    );
    expect(rates).toEqual([{ currency: 'CNY', validFrom: '2026-01-01', rate: '7.1' }]);
  });

  it('takes unknown headers as currency, date, rate in that order', () => {
    const { rates } = ratesFromSheet(
      ['a', 'b', 'c'],
      rows(['JPY', '2026年1月5日', '0.0068']),
      'USD',
    );
    expect(rates).toEqual([{ currency: 'JPY', validFrom: '2026-01-05', rate: '0.0068' }]);
  });

  it('names every problem with its line and field', () => {
    const { rates, problems } = ratesFromSheet(
      ['currency', 'date', 'rate'],
      rows(
        ['EURO', '2026-01-01', '1.1'],
        ['CNY', '2026-13-01', 'x'],
        ['USD', '2026-01-01', '1'],
        ['GBP', '2026-01-01', '1.3'],
        ['GBP', '2026-01-01', '1.31'],
      ),
      'USD',
    );
    expect(rates).toEqual([{ currency: 'GBP', validFrom: '2026-01-01', rate: '1.3' }]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [2, 'currency'],
      [3, 'validFrom'],
      [3, 'rate'],
      [4, 'currency'],
      [6, 'validFrom'],
    ]);
    expect(problems[3]?.message).toContain('reporting currency');
  });
});

describe('checkRates', () => {
  it('takes the date reader it is given: the rate editor accepts only ISO dates', () => {
    const items = [
      { currency: 'eur', validFrom: '2026/1/1', rate: '1.1' },
      { currency: 'CNY', validFrom: '2026-01-01', rate: '0.14' },
    ];
    const strict = checkRates(items, 'USD', (d) => (isIsoDate(d) ? d : null));
    expect(strict.problems).toEqual([
      {
        index: 0,
        field: 'validFrom',
        code: 'not_date',
        params: { value: '2026/1/1' },
        message: '"2026/1/1" is not a date (use 2026-03-05)',
      },
    ]);
    expect(strict.rates).toEqual([{ currency: 'CNY', validFrom: '2026-01-01', rate: '0.14' }]);
    expect(checkRates(items, 'USD').rates).toHaveLength(2);
  });
});

describe('value settings', () => {
  it('reads stored settings and falls back to defaults for anything damaged', () => {
    expect(
      parseValueSettings('{"months":6,"a":0.7,"b":0.9,"classifiedAt":"2026-11-01T00:00:00Z"}'),
    ).toEqual({
      months: 6,
      a: 0.7,
      b: 0.9,
      classifiedAt: '2026-11-01T00:00:00Z',
    });
    expect(parseValueSettings('{}')).toEqual({ months: 12, a: 0.8, b: 0.95, classifiedAt: null });
    expect(parseValueSettings('not json')).toMatchObject({ months: 12 });
    expect(parseValueSettings('{"a":0.99,"b":0.5}')).toMatchObject({ a: 0.8, b: 0.95 });
  });

  it.each([
    [{ months: 12, a: 0.8, b: 0.95 }, []],
    [{ months: 0, a: 0.8, b: 0.95 }, ['/months']],
    [{ months: 1.5, a: 0.8, b: 0.95 }, ['/months']],
    [{ months: 12, a: 0, b: 0.95 }, ['/a']],
    [{ months: 12, a: 0.9, b: 0.9 }, ['/b']],
    [{ months: 12, a: 0.5, b: 1 }, ['/b']],
  ])('%j → problems at %j', (settings, paths) =>
    expect(settingsProblems(settings).map((p) => p.path)).toEqual(paths),
  );

  it('counts the period in calendar months', () => {
    expect(periodStart(new Date('2026-11-21T10:00:00Z'), 12)).toBe('2025-11-21');
    expect(periodStart(new Date('2026-03-31T10:00:00Z'), 1)).toBe('2026-02-28');
    expect(periodStart(new Date('2026-01-15T10:00:00Z'), 2)).toBe('2025-11-15');
  });
});
