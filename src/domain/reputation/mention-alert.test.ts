import { describe, expect, it } from 'vitest';
import { negativeAlert, negativeShare } from './mention-alert.ts';

describe('negativeAlert', () => {
  const days = [
    { day: '2026-11-01', n: 2 },
    { day: '2026-11-03', n: 3 },
    { day: '2026-11-20', n: 1 },
    { day: '2026-11-30', n: 4 },
  ];
  it.each([
    // to, window, threshold → current, raised, worst
    ['2026-11-30', 7, 3, 4, true, { endsOn: '2026-11-03', count: 5 }],
    ['2026-11-30', 7, 4, 4, false, { endsOn: '2026-11-03', count: 5 }],
    ['2026-11-30', 30, 9, 10, true, { endsOn: '2026-11-30', count: 10 }],
    ['2026-11-03', 1, 2, 3, true, { endsOn: '2026-11-03', count: 3 }],
    ['2026-11-10', 7, 0, 0, false, { endsOn: '2026-11-03', count: 5 }],
  ] as const)('to %s, %i days, over %i → %i', (to, w, t, current, raised, worst) => {
    expect(negativeAlert(days, to, w, t)).toEqual({
      windowDays: w,
      threshold: t,
      current,
      raised,
      worst,
    });
  });
  it('has no worst window without negative mentions', () => {
    expect(negativeAlert([], '2026-11-30', 7, 0)).toMatchObject({ current: 0, worst: null });
  });
  it.each([
    [0, 0, 0],
    [1, 3, 33.3],
    [5, 5, 100],
  ])('share %i of %i → %d', (n, t, s) => expect(negativeShare(n, t)).toBe(s));
});
