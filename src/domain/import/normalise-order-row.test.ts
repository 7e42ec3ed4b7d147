import { describe, expect, it } from 'vitest';
import { isoDate, normaliseOrderRow, parseAmount } from './normalise-order-row.ts';

describe('order rows', () => {
  it.each([
    ['12,500.00', 'USD', 1_250_000],
    ['12.500,00', 'EUR', 1_250_000],
    ['12 500', 'EUR', 1_250_000],
    ['€1,200', 'EUR', 120_000],
    ['1,200', 'JPY', 1200],
    ['99.5', 'USD', 9950],
    ['-5', 'USD', null],
    ['abc', 'USD', null],
  ])('reads the amount %s %s as %s minor units', (text, currency, minor) => {
    expect(parseAmount(text, currency)).toBe(minor);
  });

  it.each([
    ['2026-03-05', '2026-03-05'],
    ['2026/3/5', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'],
    ['05.03.2026', '2026-03-05'],
    ['2026-02-30', null],
    ['March 5', null],
  ])('reads the date %s', (text, iso) => expect(isoDate(text)).toBe(iso));

  it('takes currency symbols and Chinese status words; a paid date makes it paid', () => {
    const { row } = normaliseOrderRow({
      orderNumber: 'A-1',
      orderDate: '2026-01-02',
      amount: '¥ 80,000.00',
      currency: '元',
      customerDomain: 'https://www.buyer.cn',
      paidDate: '2026/2/1',
    });
    expect(row).toEqual({
      order: {
        number: 'A-1',
        orderDate: '2026-01-02',
        amountMinor: 8_000_000,
        currency: 'CNY',
        status: 'paid',
        paidDate: '2026-02-01',
      },
      customer: { domain: 'buyer.cn', nameKey: null, label: 'buyer.cn' },
    });
  });

  it('names every problem', () => {
    const { row, problems } = normaliseOrderRow({ amount: 'x', currency: 'XYZ', status: 'lost' });
    expect(row).toBeNull();
    expect(problems.map((p) => p.field)).toEqual([
      'orderNumber',
      'orderDate',
      'currency',
      'status',
      'customerName',
    ]);
  });
});
