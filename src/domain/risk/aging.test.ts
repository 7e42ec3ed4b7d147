import { describe, expect, it } from 'vitest';
import { RateTable } from '../value/money.ts';
import {
  aging,
  averageDaysLate,
  bucketOf,
  daysLate,
  dso,
  lateTrend,
  type OpenLine,
} from './aging.ts';
import { openInstalments, paymentSchedule } from './due-dates.ts';

const asOf = '2026-06-30';
const rates = new RateTable('USD', [
  { currency: 'EUR', validFrom: '2026-01-01', rate: 1.1 },
  { currency: 'CNY', validFrom: '2026-01-01', rate: 0.14 },
  { currency: 'JPY', validFrom: '2026-01-01', rate: 0.0067 },
]);
const convert = (amount: number, currency: string) => rates.convert(amount, currency, asOf);

describe('aging buckets', () => {
  it.each([
    [-5, 'current'],
    [0, 'current'],
    [1, 'd1_30'],
    [30, 'd1_30'],
    [31, 'd31_60'],
    [60, 'd31_60'],
    [61, 'd61_90'],
    [90, 'd61_90'],
    [91, 'd90_plus'],
  ] as const)('%s days overdue → %s', (days, bucket) => expect(bucketOf(days)).toBe(bucket));

  it('ages partial payments in several currencies, converted at the as-of rate, never raw', () => {
    const same = (d: string) => d;
    // EUR 2,000.00 half on order (1 March) and half open account 90 days: EUR 1,200 paid.
    const eur = paymentSchedule(
      2_000_00,
      [
        { event: 'on_order', percent: 50 },
        { event: 'open_account', percent: 50, days: 90 },
      ],
      { orderDate: '2026-03-01', invoiceDate: null, blDate: null, arrivalDate: null },
      same,
    );
    const lines: OpenLine[] = [
      ...openInstalments(eur, 1_200_00).map((l) => ({ key: 'A', currency: 'EUR', ...l })),
      // CNY 7,000.00 due 16 May: 45 days overdue; JPY 100,000 (no minor unit) 91 days.
      { key: 'A', currency: 'CNY', amountMinor: 7_000_00, dueDate: '2026-05-16' },
      { key: 'A', currency: 'JPY', amountMinor: 100_000, dueDate: '2026-03-31' },
      { key: 'A', currency: 'BRL', amountMinor: 500_00, dueDate: '2026-06-01' },
      { key: 'B', currency: 'USD', amountMinor: 10_00, dueDate: null },
    ];
    const [a, b] = aging(lines, asOf, convert);
    // EUR 800 left of the 90-day half, due 30 May: 31 days → 880 USD in 31–60.
    expect(a!.buckets).toEqual({
      current: 0,
      d1_30: 0,
      d31_60: 880_00 + 980_00,
      d61_90: 0,
      d90_plus: 670_00,
    });
    expect(a!.openMinor).toBe(2_530_00);
    expect(a!.overdueMinor).toBe(2_530_00);
    expect(a!.byCurrency).toEqual([
      { currency: 'BRL', openMinor: 500_00 },
      { currency: 'CNY', openMinor: 7_000_00 },
      { currency: 'EUR', openMinor: 800_00 },
      { currency: 'JPY', openMinor: 100_000 },
    ]);
    expect(a!.unconverted).toEqual([{ currency: 'BRL', openMinor: 500_00 }]);
    expect(b!.buckets.current).toBe(10_00);
    expect(b!.overdueMinor).toBe(0);
  });
});

describe('DSO and days late', () => {
  it('computes DSO as open over sales times the period', () => {
    expect(dso(30_000, 90_000, 90)).toBe(30);
    expect(dso(10_000, 30_000, 91)).toBe(30.3);
    expect(dso(10_000, 0, 90)).toBeNull();
  });

  it('averages days late of settled orders, early payments counting as 0', () => {
    expect(daysLate('2026-03-01', '2026-03-11')).toBe(10);
    expect(daysLate('2026-03-01', '2026-02-25')).toBe(0);
    expect(
      averageDaysLate([
        { dueDate: '2026-03-01', paidDate: '2026-03-11' },
        { dueDate: '2026-03-01', paidDate: '2026-02-25' },
        { dueDate: '2026-03-01', paidDate: '2026-03-02' },
      ]),
    ).toBe(3.7);
    expect(averageDaysLate([])).toBeNull();
  });

  it.each([
    [5, 12, 'worse'],
    [12, 5, 'better'],
    [5, 9, 'steady'],
    [null, 9, null],
  ] as const)('trend %s → %s days late is %s', (before, now, trend) =>
    expect(lateTrend(before, now)).toBe(trend),
  );
});
