import { describe, expect, it } from 'vitest';
import { engagementFor, stanceTrend } from './stakeholders.ts';

describe('engagementFor', () => {
  it.each([
    [5, -2, 'manage_closely'],
    [4, 0, 'manage_closely'],
    [4, 1, 'keep_satisfied'],
    [5, 2, 'keep_satisfied'],
    [3, 1, 'keep_informed'],
    [1, 2, 'keep_informed'],
    [3, 0, 'monitor'],
    [1, -2, 'monitor'],
  ] as const)('influence %i, stance %i → %s', (influence, stance, expected) => {
    expect(engagementFor(influence, stance)).toBe(expected);
  });
});

describe('stanceTrend', () => {
  const at = (d: string, stance: number) => ({ at: `2026-${d}T00:00:00Z`, stance });
  it.each([
    [[], 'none'],
    [[at('01-01', 0)], 'none'],
    [[at('01-01', 0), at('02-01', 1)], 'up'],
    [[at('01-01', 1), at('02-01', -1)], 'down'],
    [[at('01-01', -1), at('02-01', 1), at('03-01', 1)], 'none'],
  ] as const)('%j → %s', (history, expected) => {
    expect(stanceTrend([...history])).toBe(expected);
  });
});
