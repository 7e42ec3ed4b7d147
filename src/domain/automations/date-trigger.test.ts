import { describe, expect, it } from 'vitest';
import { arrivedTarget, candidateRange } from './date-trigger.ts';

describe('when a date arrives', () => {
  it.each([
    // value, offset, annual, customer's today → target that fires (or null)
    ['2026-12-31', -30, false, '2026-12-01', '2026-12-01'],
    ['2026-12-31', -30, false, '2026-11-30', null], // not yet
    ['2026-12-31', -30, false, '2026-12-08', '2026-12-01'], // a week late still fires
    ['2026-12-31', -30, false, '2026-12-09', null], // older than the grace week
    ['2026-06-03', 180, false, '2026-11-30', '2026-11-30'],
    ['2016-12-03', 0, true, '2026-12-03', '2026-12-03'],
    ['2026-12-03', 0, true, '2026-12-03', null], // no anniversary on the day itself
    ['2025-12-03', 0, true, '2026-12-03', '2026-12-03'],
    ['2016-01-02', -3, true, '2026-12-30', '2026-12-30'], // next year's occurrence, 3 days early
    ['2016-12-30', 3, true, '2027-01-02', '2027-01-02'], // last year's occurrence, 3 days late
    ['2020-02-29', 0, true, '2027-02-28', '2027-02-28'], // leap day kept on 28 Feb
    ['2020-02-29', 0, true, '2028-02-29', '2028-02-29'],
    ['2020-02-29', 0, true, '2028-02-28', null],
  ])('%s %+d days (annual %s) on %s → %s', (value, offset, annual, today, target) => {
    expect(arrivedTarget(value, { offsetDays: offset, annual }, today)).toBe(target);
  });

  it('narrows the scan to values whose target can arrive anywhere on earth today', () => {
    expect(candidateRange({ offsetDays: -30, annual: false }, '2026-11-30')).toEqual({
      from: '2026-12-22',
      to: '2026-12-31',
    });
    expect(candidateRange({ offsetDays: 0, annual: true }, '2026-11-30')).toBeNull();
  });
});
