import { describe, expect, it } from 'vitest';
import { abcTiers, rfmScores } from './classify.ts';
import { minorDigits, RateTable, totals } from './money.ts';

describe('money', () => {
  it.each([
    ['USD', 2],
    ['EUR', 2],
    ['JPY', 0],
    ['KWD', 3],
    ['CNY', 2],
  ])('%s has %i minor digits', (c, d) => expect(minorDigits(c)).toBe(d));

  const rates = new RateTable('USD', [
    { currency: 'EUR', validFrom: '2026-01-01', rate: 1.1 },
    { currency: 'EUR', validFrom: '2026-07-01', rate: 1.2 },
    { currency: 'JPY', validFrom: '2026-01-01', rate: 0.0065 },
  ]);

  it('converts with the rate of the order’s date', () => {
    expect(rates.convert(100_00, 'EUR', '2026-03-15')).toBe(110_00);
    expect(rates.convert(100_00, 'EUR', '2026-07-01')).toBe(120_00);
    expect(rates.convert(1_000_000, 'JPY', '2026-05-01')).toBe(6_500_00);
    expect(rates.convert(100_00, 'EUR', '2025-12-31')).toBeNull();
    expect(rates.convert(100_00, 'BRL', '2026-05-01')).toBeNull();
  });

  it('never adds different currencies raw, and says what it could not convert', () => {
    const t = totals(
      [
        { amountMinor: 100_00, currency: 'EUR', date: '2026-03-01' },
        { amountMinor: 50_00, currency: 'USD', date: '2026-03-01' },
        { amountMinor: 1_000_000, currency: 'JPY', date: '2026-03-01' },
        { amountMinor: 999_00, currency: 'BRL', date: '2026-03-01' },
      ],
      rates,
    );
    expect(t.byCurrency).toEqual([
      { currency: 'BRL', amountMinor: 999_00, orders: 1 },
      { currency: 'EUR', amountMinor: 100_00, orders: 1 },
      { currency: 'JPY', amountMinor: 1_000_000, orders: 1 },
      { currency: 'USD', amountMinor: 50_00, orders: 1 },
    ]);
    expect(t.converted).toEqual({ currency: 'USD', amountMinor: 110_00 + 50_00 + 6_500_00 });
    expect(t.unconverted).toEqual([{ currency: 'BRL', orders: 1 }]);
  });
});

describe('value classification', () => {
  const v = (id: string, revenue: number, orders = 1, recencyDays: number | null = 10) => ({
    id,
    revenue,
    orders,
    recencyDays,
  });

  it('ABC: top 80% of revenue A, next 15% B, the rest and no revenue C', () => {
    const tiers = abcTiers([
      v('big', 600),
      v('mid', 250),
      v('small', 100),
      v('tiny', 40),
      v('crumb', 10),
      v('none', 0, 0, null),
    ]);
    expect(Object.fromEntries(tiers)).toEqual({
      big: 'A',
      mid: 'A',
      small: 'B',
      tiny: 'C',
      crumb: 'C',
      none: 'C',
    });
  });

  it('ABC thresholds are editable', () => {
    const tiers = abcTiers([v('a', 50), v('b', 30), v('c', 20)], { a: 0.5, b: 0.8 });
    expect(Object.fromEntries(tiers)).toEqual({ a: 'A', b: 'B', c: 'C' });
  });

  it('RFM: recent, frequent, big buyers score high; no orders score 111', () => {
    const s = rfmScores([
      v('best', 1000, 12, 3),
      v('lapsed', 900, 10, 300),
      v('new', 50, 1, 1),
      v('never', 0, 0, null),
      v('mid', 300, 4, 40),
    ]);
    expect(s.get('best')).toBe('355');
    expect(s.get('lapsed')?.[0]).toBe('1');
    expect(s.get('new')?.[1]).toBe('1');
    expect(s.get('never')).toBe('111');
  });
});
