import { describe, expect, it } from 'vitest';
import { exponentialBackoff, scheduleBackoff } from './backoff.ts';
import { cronProblem, nextRun } from './cron.ts';

describe('cron schedules in a stated time zone', () => {
  it.each([
    // 08:00 on a Friday in Shanghai: the next weekday 07:00 there is Monday's
    ['0 7 * * 1-5', 'Asia/Shanghai', '2026-11-27T00:00:00Z', '2026-11-29T23:00:00.000Z'],
    ['0 7 * * 1-5', 'Asia/Shanghai', '2026-11-26T22:59:00Z', '2026-11-26T23:00:00.000Z'],
    // Gulf weekend: Sunday to Thursday at 09:00 Dubai
    ['0 9 * * 0-4', 'Asia/Dubai', '2026-12-03T06:00:00Z', '2026-12-06T05:00:00.000Z'],
    // 02:30 does not exist in Berlin on 28 March 2027: the run is at 03:00 summer time
    ['30 2 * * *', 'Europe/Berlin', '2027-03-27T12:00:00Z', '2027-03-28T01:00:00.000Z'],
    // 02:30 happens twice on 31 October 2027: the run is at the first, and only once
    ['30 2 * * *', 'Europe/Berlin', '2027-10-30T12:00:00Z', '2027-10-31T00:30:00.000Z'],
    ['30 2 * * *', 'Europe/Berlin', '2027-10-31T00:31:00Z', '2027-11-01T01:30:00.000Z'],
    // strictly after: a run due now is the next day's
    ['0 0 * * *', 'UTC', '2026-11-30T00:00:00Z', '2026-12-01T00:00:00.000Z'],
    ['0 * * * *', 'America/New_York', '2026-11-30T10:15:00Z', '2026-11-30T11:00:00.000Z'],
    // Nepal is UTC+05:45
    ['0 1 * * *', 'Asia/Kathmandu', '2026-11-30T00:00:00Z', '2026-11-30T19:15:00.000Z'],
  ])('%s in %s after %s is %s', (cron, zone, after, expected) => {
    expect(nextRun(cron, zone, new Date(after)).toISOString()).toBe(expected);
  });

  it.each([
    ['0 7 * * 1-5', 'Asia/Shanghai', null],
    ['0 7 * * 1-5', 'Mars/Olympus', 'unknown time zone "Mars/Olympus"'],
    ['61 * * * *', 'UTC', expect.any(String)],
    ['every day', 'UTC', expect.any(String)],
  ])('checks %s in %s', (cron, zone, problem) => {
    expect(cronProblem(cron, zone)).toEqual(problem);
  });
});

describe('backoff', () => {
  const mid = () => 0.5; // no jitter
  it.each([
    [1, 10_000],
    [2, 20_000],
    [3, 40_000],
    [10, 3_600_000],
    [40, 3_600_000],
  ])('after attempt %i waits %i ms', (attempt, ms) => {
    expect(exponentialBackoff(attempt, { random: mid })).toBe(ms);
  });

  it('spreads retries by at most the jitter', () => {
    expect(exponentialBackoff(2, { random: () => 0 })).toBe(16_000);
    expect(exponentialBackoff(2, { random: () => 1 })).toBe(24_000);
  });

  it.each([
    [1, 60_000],
    [2, 300_000],
    [3, 1_800_000],
    [9, 1_800_000],
  ])('a fixed schedule after attempt %i waits %i ms', (attempt, ms) => {
    expect(scheduleBackoff([60_000, 300_000, 1_800_000], attempt)).toBe(ms);
  });
});
