import { describe, expect, it } from 'vitest';
import { RateTable } from '../value/money.ts';
import { forecast, monthEnd, monthOf, ratesChangeMonthly, type ForecastRow } from './forecast.ts';

const rates = new RateTable('USD', [
  { currency: 'EUR', validFrom: '2026-01-01', rate: 1.1 },
  { currency: 'EUR', validFrom: '2026-07-01', rate: 1.2 },
  { currency: 'JPY', validFrom: '2026-01-01', rate: 0.0065 },
  { currency: 'KWD', validFrom: '2026-01-01', rate: 3.25 },
]);

const row = (
  key: string,
  currency: string,
  date: string,
  amountMinor: number,
  probability: number,
  deals = 1,
): ForecastRow => ({
  key,
  currency,
  date,
  deals,
  amountMinor,
  weightedCentiMinor: amountMinor * probability,
});

describe('forecast', () => {
  it.each([
    {
      name: 'the reporting currency adds as it is',
      rows: [row('a', 'USD', '2026-03-01', 100_00, 50)],
      amount: 100_00,
      weighted: 50_00,
    },
    {
      name: 'EUR at the rate of its expected close date (1.1 before July, 1.2 after)',
      rows: [row('a', 'EUR', '2026-03-01', 100_00, 40), row('a', 'EUR', '2026-08-01', 100_00, 40)],
      amount: 110_00 + 120_00,
      weighted: 44_00 + 48_00,
    },
    {
      name: 'JPY has no minor digits: ¥1,000,000 × 0.0065 = $6,500.00',
      rows: [row('a', 'JPY', '2026-05-01', 1_000_000, 10)],
      amount: 6_500_00,
      weighted: 650_00,
    },
    {
      name: 'KWD has three: KWD 1.000 × 3.25 = $3.25',
      rows: [row('a', 'KWD', '2026-05-01', 1_000, 100)],
      amount: 3_25,
      weighted: 3_25,
    },
    {
      name: 'weighting keeps fractions until after conversion (33 % of $0.10 rounds once)',
      rows: [row('a', 'USD', '2026-05-01', 10, 33, 1)],
      amount: 10,
      weighted: 3,
    },
  ])('$name', ({ rows, amount, weighted }) => {
    const f = forecast(rows, rates);
    expect(f.groups).toHaveLength(1);
    expect(f.groups[0]).toMatchObject({ amountMinor: amount, weightedMinor: weighted });
    expect(f.total).toMatchObject({ amountMinor: amount, weightedMinor: weighted });
    expect(f.unconverted).toEqual([]);
  });

  it('never adds currencies raw: a deal without a rate is counted apart and adds nothing', () => {
    const f = forecast(
      [
        row('DE', 'EUR', '2026-03-01', 100_00, 50),
        row('DE', 'BRL', '2026-03-01', 999_00, 50, 2),
        // EUR before the first EUR rate: no rate on that date.
        row('BR', 'EUR', '2025-12-31', 50_00, 50),
        row('BR', 'USD', '2026-03-01', 10_00, 100),
      ],
      rates,
    );
    expect(f.groups).toEqual([
      {
        key: 'BR',
        deals: 1,
        amountMinor: 10_00,
        weightedMinor: 10_00,
        unconvertedDeals: 1,
        byCurrency: [
          { currency: 'EUR', deals: 1, amountMinor: 50_00 },
          { currency: 'USD', deals: 1, amountMinor: 10_00 },
        ],
      },
      {
        key: 'DE',
        deals: 1,
        amountMinor: 110_00,
        weightedMinor: 55_00,
        unconvertedDeals: 2,
        byCurrency: [
          { currency: 'BRL', deals: 2, amountMinor: 999_00 },
          { currency: 'EUR', deals: 1, amountMinor: 100_00 },
        ],
      },
    ]);
    expect(f.total).toEqual({ deals: 2, amountMinor: 120_00, weightedMinor: 65_00 });
    expect(f.unconverted).toEqual([
      { currency: 'BRL', deals: 2, amountMinor: 999_00, lastDate: '2026-03-01' },
      { currency: 'EUR', deals: 1, amountMinor: 50_00, lastDate: '2025-12-31' },
    ]);
  });

  it('answers zero totals, not NaN, when nothing converts or nothing is there', () => {
    expect(forecast([], rates).total).toEqual({ deals: 0, amountMinor: 0, weightedMinor: 0 });
    const f = forecast([row('x', 'CHF', '2026-01-01', 5_00, 10)], rates);
    expect(f.total).toEqual({ deals: 0, amountMinor: 0, weightedMinor: 0 });
    expect(f.unconverted).toHaveLength(1);
  });

  it('the total is the sum of the groups, to the minor unit', () => {
    const rows = Array.from({ length: 50 }, (_, i) =>
      row(`k${i % 7}`, i % 2 ? 'EUR' : 'JPY', `2026-0${(i % 9) + 1}-15`, 1_234_57 + i, i % 101),
    );
    const f = forecast(rows, rates);
    expect(f.total.amountMinor).toBe(f.groups.reduce((n, g) => n + g.amountMinor, 0));
    expect(f.total.weightedMinor).toBe(f.groups.reduce((n, g) => n + g.weightedMinor, 0));
  });

  it('sums rows at one rate before rounding once: 3 × ¥1 at 0.0065 is 2 cents, not 3', () => {
    const f = forecast(
      [1, 2, 3].map((d) => row('a', 'JPY', `2026-05-0${d}`, 1, 100)),
      rates,
    );
    expect(f.total).toEqual({ deals: 3, amountMinor: 2, weightedMinor: 2 });
  });

  it('rows taken back out (negative) cancel exactly; a group netting to none disappears', () => {
    const f = forecast(
      [
        row('DE', 'EUR', '2026-03-01', 333_33, 40, 3),
        row('DE', 'EUR', '2026-03-20', -111_11, 40, -1),
        row('FR', 'EUR', '2026-03-01', 50_00, 40),
        row('FR', 'EUR', '2026-03-01', -50_00, 40, -1),
        row('FR', 'BRL', '2026-03-01', 10_00, 40),
        row('FR', 'BRL', '2026-03-01', -10_00, 40, -1),
      ],
      rates,
    );
    const exact = forecast([row('DE', 'EUR', '2026-03-01', 222_22, 40, 2)], rates);
    expect(f.groups).toEqual(exact.groups);
    expect(f.unconverted).toEqual([]);
  });

  it.each([
    [['2026-01-01', '2026-02-01', '2027-12-01'], true],
    [['2026-01-01', '2026-01-15'], false],
    [[], true],
  ])('rates from %j change monthly: %s', (dates, monthly) =>
    expect(ratesChangeMonthly(dates)).toBe(monthly),
  );

  it.each([
    ['2026-03-15', '2026-03'],
    ['2027-12-31', '2027-12'],
  ])('month of %s is %s', (date, month) => expect(monthOf(date)).toBe(month));
});

describe('month ends', () => {
  it.each([
    ['2026-02-01', '2026-02-28'],
    ['2028-02-10', '2028-02-29'],
    ['2026-12-31', '2026-12-31'],
    ['2026-04-01', '2026-04-30'],
  ])('%s → %s', (date, end) => expect(monthEnd(date)).toBe(end));
});
