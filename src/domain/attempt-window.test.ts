import { describe, expect, it } from 'vitest';
import { retryAfterSeconds } from './attempt-window.ts';

const signIn = { maxAttempts: 10, windowMs: 60_000 };
const now = 1_000_000;
const tenSecondsApart = (n: number) => Array.from({ length: n }, (_, i) => now - 5_000 - i * 1000);

describe('retryAfterSeconds', () => {
  it.each([
    { case: 'no attempts', attempts: [], wait: 0 },
    { case: 'nine failures', attempts: tenSecondsApart(9), wait: 0 },
    // The oldest of the ten (14 s ago) leaves the window in 46 s.
    { case: 'ten failures in the minute', attempts: tenSecondsApart(10), wait: 46 },
    { case: 'twelve failures: the 10th newest counts', attempts: tenSecondsApart(12), wait: 46 },
    {
      case: 'ten, but one left the window',
      attempts: [...tenSecondsApart(9), now - 60_000],
      wait: 0,
    },
    { case: 'order does not matter', attempts: tenSecondsApart(10).reverse(), wait: 46 },
    { case: 'never less than a second', attempts: Array(10).fill(now - 59_999), wait: 1 },
  ])('$case → $wait s', ({ attempts, wait }) => {
    expect(retryAfterSeconds(signIn, attempts, now)).toBe(wait);
  });
});
