import { describe, expect, it } from 'vitest';
import { DEFAULT_PROGRAMME, programmeProblems } from './programme.ts';
import { basisValue, nextTierFor, tierFor, windowStart } from './tiers.ts';

const tiers = DEFAULT_PROGRAMME.tiers; // silver 10,000 · gold 50,000 · platinum 200,000

describe('tiers at their boundaries', () => {
  it.each([
    { value: 0, tier: null, next: 'silver' },
    { value: 9_999, tier: null, next: 'silver' },
    { value: 10_000, tier: 'silver', next: 'gold' },
    { value: 49_999, tier: 'silver', next: 'gold' },
    { value: 50_000, tier: 'gold', next: 'platinum' },
    { value: 199_999, tier: 'gold', next: 'platinum' },
    { value: 200_000, tier: 'platinum', next: null },
  ])('$value → $tier (next $next)', ({ value, tier, next }) => {
    expect(tierFor(tiers, value)?.key ?? null).toBe(tier);
    expect(nextTierFor(tiers, value)?.key ?? null).toBe(next);
  });

  it.each([
    { basis: 'points' as const, sums: { points: 7, amountMinor: 999_999 }, want: 7 },
    { basis: 'revenue' as const, sums: { points: 7, amountMinor: 999_999 }, want: 9_999 },
    { basis: 'revenue' as const, sums: { points: 7, amountMinor: 1_000_000 }, want: 10_000 },
  ])('$basis basis of $sums = $want', ({ basis, sums, want }) => {
    expect(basisValue(basis, sums, 2)).toBe(want);
  });

  it.each([
    ['2026-06-15', '2025-06-16'],
    ['2026-03-01', '2025-03-02'],
    ['2024-02-29', '2023-03-01'],
  ])('the 12 months ending %s start on %s', (today, start) => {
    expect(windowStart(today)).toBe(start);
  });
});

describe('programme problems', () => {
  it.each([
    { change: {}, paths: [] },
    { change: { pointsPerUnit: 0 }, paths: ['/pointsPerUnit'] },
    { change: { pointsPerUnit: 0.00001 }, paths: ['/pointsPerUnit'] },
    {
      change: { tiers: [tiers[1]!, tiers[0]!] },
      paths: ['/tiers/1/threshold'],
    },
    {
      change: {
        tiers: [
          { ...tiers[0]!, names: { en: 'Silver', 'zh-CN': ' ' } },
          { ...tiers[1]!, key: 'silver' },
        ],
      },
      paths: ['/tiers/0/names/zh-CN', '/tiers/1/key'],
    },
  ])('$paths', ({ change, paths }) => {
    expect(programmeProblems({ ...DEFAULT_PROGRAMME, ...change }).map((e) => e.path)).toEqual(
      paths,
    );
  });
});
