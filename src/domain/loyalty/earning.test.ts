import { describe, expect, it } from 'vitest';
import { orderDelta, pointsFor, settled, shouldGive, type OrderFacts } from './earning.ts';
import { replay, type Entry } from './ledger.ts';
import { planRedeem } from './moves.ts';

describe('points for a converted amount', () => {
  it.each([
    { minor: 1_250_000, digits: 2, perUnit: 1, want: 12_500 },
    { minor: 1_250_099, digits: 2, perUnit: 1, want: 12_500 },
    { minor: 999, digits: 2, perUnit: 0.1, want: 0 },
    { minor: 1_000, digits: 2, perUnit: 0.1, want: 1 },
    { minor: 30, digits: 0, perUnit: 0.3, want: 9 },
    { minor: 5_000, digits: 0, perUnit: 2.5, want: 12_500 },
    { minor: 0, digits: 2, perUnit: 1, want: 0 },
  ])('$minor minor units at $perUnit per unit = $want', ({ minor, digits, perUnit, want }) => {
    expect(pointsFor(minor, digits, perUnit)).toBe(want);
  });
});

/** Applies an order's state to a ledger the way the module does: one delta entry or none. */
function write(ledger: Entry[], o: OrderFacts, today: string): Entry[] {
  const want = shouldGive(o, 2, 1);
  const e = orderDelta(replay(ledger), ledger, o, want, today, 24);
  return e ? [...ledger, e] : ledger;
}
const order = (paid: boolean, convertedMinor: number | null = 10_000): OrderFacts => ({
  orderId: 'o1',
  paid,
  paidDate: '2026-01-05',
  convertedMinor,
});

describe('earning per order is idempotent', () => {
  it('paid → paid again writes one entry; paid → cancelled → paid gives the points once', () => {
    let l = write([], order(true), '2026-01-05');
    expect(l.map((e) => e.points)).toEqual([100]);
    expect(write(l, order(true), '2026-01-06')).toBe(l);
    l = write(l, order(false), '2026-01-07');
    l = write(l, order(true), '2026-01-08');
    expect(l.map((e) => e.points)).toEqual([100, -100, 100]);
    expect(replay(l).balance).toBe(100);
    expect(settled(l, 'o1')).toMatchObject({ points: 100, amountMinor: 10_000 });
  });

  it('a reversal after points were spent takes what is left; re-paying wins the shortfall back first', () => {
    let l = write([], order(true), '2026-01-05');
    l = [...l, planRedeem(replay(l), 60, '2026-01-06').entry!];
    l = write(l, order(false), '2026-01-07');
    expect(l[2]).toMatchObject({ points: -40, shortfall: 60 });
    expect(write(l, order(false), '2026-01-08')).toBe(l);
    l = write(l, order(true), '2026-01-09');
    expect(l[3]).toMatchObject({ points: 40, shortfall: -60 });
    // truth: the order's 100 points once, 60 of them spent
    expect(replay(l).balance).toBe(40);
  });

  it('an order without a rate gives nothing until one exists', () => {
    expect(write([], order(true, null), '2026-01-05')).toEqual([]);
    expect(write([], order(true, 10_050), '2026-01-05')[0]).toMatchObject({
      points: 100,
      amountMinor: 10_050,
    });
  });
});
