import { scheduleBackoff } from '../jobs/backoff.ts';

/**
 * Waits between attempts, as Standard Webhooks senders do: at once, then 5 s, 5 min, 30 min, 2 h,
 * 5 h, 10 h, 10 h. Eight attempts over 27 h 35 min: a receiver down for a whole day still gets
 * the event.
 */
export const RETRY_WAITS_MS = [
  5_000,
  5 * 60_000,
  30 * 60_000,
  2 * 3_600_000,
  5 * 3_600_000,
  10 * 3_600_000,
  10 * 3_600_000,
] as const;
export const MAX_ATTEMPTS = RETRY_WAITS_MS.length + 1;

export function retryWait(attempt: number): number {
  return scheduleBackoff(RETRY_WAITS_MS, attempt);
}

/**
 * An endpoint is disabled when its failures in a row (attempts of any delivery, no success in
 * between) reach this many AND the first of them is at least `DISABLE_AFTER_MS` old: a receiver
 * broken for a day, not one that had a bad minute. A delivery that used all its attempts, and an
 * answer 410 Gone, disable it at once.
 */
export const DISABLE_AFTER_FAILURES = 20;
export const DISABLE_AFTER_MS = 24 * 3_600_000;

export function shouldDisable(failures: number, failingSince: string | null, now: Date): boolean {
  if (failures < DISABLE_AFTER_FAILURES || !failingSince) return false;
  return now.getTime() - Date.parse(failingSince) >= DISABLE_AFTER_MS;
}

/** The request timeout and the part of a response kept in the log. */
export const TIMEOUT_MS = 10_000;
export const RESPONSE_KEEP_BYTES = 4096;
