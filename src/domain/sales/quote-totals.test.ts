import { describe, expect, it } from 'vitest';
import { formatMoney } from './quote-format.ts';
import { instalmentAmounts, lineTotals, quoteTotals } from './quote-totals.ts';

describe('quote totals in minor units', () => {
  // [currency, quantity, unit price (minor), discount %, expected line total (minor), why]
  it.each([
    ['JPY', 3, 1_250, 0, 3_750, 'yen have no minor unit: the price is whole yen'],
    ['JPY', 2.5, 333, 0, 833, '832.5 → 833: a half goes up'],
    ['JPY', 1.001, 999, 0, 1_000, '999.999 → 1,000'],
    ['JPY', 7, 1_005, 12.5, 6_156, '7 × 1,005 × 0.875 = 6,155.625 → 6,156'],
    ['KWD', 1, 1_235, 0, 1_235, 'KWD 1.235 is 1,235 fils'],
    ['KWD', 0.333, 1_500, 0, 500, '0.333 × 1.500 KWD = 0.4995 → 0.500 (499.5 fils up)'],
    ['KWD', 12, 2_125, 3.33, 24_651, '12 × 2,125 × 0.9667 = 24,650.85 → 24,651 fils'],
    ['CNY', 100, 1_999, 5, 189_905, '100 × ¥19.99 × 0.95 = ¥1,899.05'],
    ['CNY', 0.5, 1, 0, 1, '0.5 fen → 1 fen (half-up, not half-even)'],
    ['CNY', 1.5, 1, 0, 2, '1.5 fen → 2 fen'],
    ['CNY', 2.5, 1, 0, 3, '2.5 fen → 3 fen (half-even would give 2)'],
    ['CNY', 3, 10_000, 100, 0, 'a 100 % discount is free'],
  ])('%s: %d × %d less %d %% → %d (%s)', (_currency, quantity, unitPriceMinor, discount, want) => {
    expect(lineTotals({ quantity, unitPriceMinor, discountPercent: discount }).totalMinor).toBe(
      want,
    );
  });

  it('KWD with a fractional discount is computed exactly, not in floating point', () => {
    // 12 × 2,125 fils × (1 − 0.0333) = 25,500 × 0.9667 = 24,650.85 → 24,651 fils.
    expect(lineTotals({ quantity: 12, unitPriceMinor: 2_125, discountPercent: 3.33 })).toEqual({
      grossMinor: 25_500,
      discountMinor: 849,
      totalMinor: 24_651,
    });
  });

  it('rounds each line, then adds the lines: the printed lines add up to the printed total', () => {
    // Three lines of 0.5 fen each: 1 + 1 + 1 = 3 fen, not round(1.5) = 2.
    const t = quoteTotals([
      { quantity: 0.5, unitPriceMinor: 1 },
      { quantity: 0.5, unitPriceMinor: 1 },
      { quantity: 0.5, unitPriceMinor: 1 },
    ]);
    expect(t.totalMinor).toBe(3);
    expect(t.lines.map((l) => l.totalMinor)).toEqual([1, 1, 1]);
  });

  it('keeps subtotal − discount = total for a mixed CNY quote', () => {
    const t = quoteTotals([
      { quantity: 10, unitPriceMinor: 12_345, discountPercent: 10 },
      { quantity: 2.125, unitPriceMinor: 80_000 },
      { quantity: 1, unitPriceMinor: 999, discountPercent: 33.33 },
    ]);
    expect(t.subtotalMinor).toBe(123_450 + 170_000 + 999);
    expect(t.subtotalMinor - t.discountMinor).toBe(t.totalMinor);
    expect(t.totalMinor).toBe(111_105 + 170_000 + 666);
  });

  it('is exact for totals near the largest safe integer', () => {
    const t = lineTotals({ quantity: 1, unitPriceMinor: Number.MAX_SAFE_INTEGER });
    expect(t.totalMinor).toBe(Number.MAX_SAFE_INTEGER);
  });

  it.each([
    [100_000, [30, 70], [30_000, 70_000]],
    [100, [33.33, 33.33, 33.34], [33, 33, 34]],
    [1_001, [50, 50], [501, 500]],
    [7, [10, 20, 70], [1, 1, 5]],
  ])('splits %d into instalments %j → %j that add up', (total, percents, want) => {
    const parts = instalmentAmounts(total, percents);
    expect(parts).toEqual(want);
    expect(parts.reduce((s, p) => s + p, 0)).toBe(total);
  });

  it.each([
    [123_450, 'EUR', 'de-DE', '1.234,50 €'],
    [123_450, 'BRL', 'pt-BR', 'R$ 1.234,50'],
    [1_234, 'JPY', 'ja-JP', '￥1,234'],
    [1_234_500, 'KWD', 'en', 'KWD 1,234.500'],
    [123_450, 'CNY', 'zh-CN', '¥1,234.50'],
    [123_450, 'SAR', 'ar-SA', '‏١٬٢٣٤٫٥٠ ر.س.‏'],
    [123_450, 'AED', 'ar-AE', '‏1,234.50 د.إ.‏'],
    [Number.MAX_SAFE_INTEGER, 'USD', 'en', '$90,071,992,547,409.91'],
  ])('writes %d %s for %s as %s', (minor, currency, locale, want) => {
    expect(formatMoney(minor, currency, locale).replace(/\u00a0|\u202f/g, ' ')).toBe(want);
  });
});
