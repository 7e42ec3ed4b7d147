import { describe, expect, it } from 'vitest';
import { concentration, withoutKey } from './concentration.ts';
import { worldRegionOf } from './world-regions.ts';

describe('revenue concentration', () => {
  it('matches hand-computed shares and HHI (50/30/20: 2,500 + 900 + 400 = 3,800)', () => {
    const amounts = [
      { key: 'A', amountMinor: 30_00 },
      { key: 'A', amountMinor: 20_00 },
      { key: 'B', amountMinor: 30_00 },
      { key: 'C', amountMinor: 20_00 },
    ];
    const c = concentration(amounts);
    expect(c).toMatchObject({ totalMinor: 100_00, top1: 0.5, top5: 1, top10: 1, hhi: 3800 });
    expect(c.warning).toBe(true);
    expect(c.items.map((i) => [i.key, i.share])).toEqual([
      ['A', 0.5],
      ['B', 0.3],
      ['C', 0.2],
    ]);
    // Losing A: half the revenue at stake; B and C left at 60/40 → 3,600 + 1,600.
    expect(withoutKey(amounts, 'A')).toEqual({
      key: 'A',
      lostMinor: 50_00,
      shareAtStake: 0.5,
      remainingMinor: 50_00,
      hhiAfter: 5200,
    });
  });

  it('twenty equal customers: 5 % each, top 5 = 25 %, top 10 = 50 %, HHI 20 × 25 = 500', () => {
    const amounts = Array.from({ length: 20 }, (_, i) => ({ key: `c${i}`, amountMinor: 1_000 }));
    const c = concentration(amounts);
    expect(c).toMatchObject({ top1: 0.05, top5: 0.25, top10: 0.5, hhi: 500, warning: false });
    expect(concentration([]).hhi).toBe(0);
    expect(withoutKey(amounts, 'nobody').shareAtStake).toBe(0);
  });

  it('a threshold of the caller’s choosing', () => {
    const amounts = Array.from({ length: 4 }, (_, i) => ({ key: `c${i}`, amountMinor: 1 }));
    expect(concentration(amounts).hhi).toBe(2500);
    expect(concentration(amounts).warning).toBe(false);
    expect(concentration(amounts, 2000).warning).toBe(true);
  });

  it.each([
    ['DE', 'europe'],
    ['ae', 'asia'],
    ['BR', 'americas'],
    ['NG', 'africa'],
    ['AU', 'oceania'],
    ['RU', 'europe'],
    ['TR', 'asia'],
    ['AQ', null],
  ])('%s is in %s (UN M49)', (c, r) => expect(worldRegionOf(c)).toBe(r));
});
