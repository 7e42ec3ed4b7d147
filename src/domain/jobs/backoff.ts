/**
 * The wait before the next attempt after failed attempt `attempt` (1-based): doubling from
 * `baseMs`, capped at `maxMs`, spread by ±`jitter` so jobs that failed together (a mail server
 * down for a minute) do not all come back in the same second. `random` is injectable for tests.
 */
export function exponentialBackoff(
  attempt: number,
  opts: { baseMs?: number; maxMs?: number; jitter?: number; random?: () => number } = {},
): number {
  const { baseMs = 10_000, maxMs = 3_600_000, jitter = 0.2, random = Math.random } = opts;
  const plain = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  const spread = plain * jitter * (2 * random() - 1);
  return Math.max(0, Math.round(plain + spread));
}

/** A fixed schedule of waits (webhooks: minutes, then hours); the last repeats. */
export function scheduleBackoff(waitsMs: readonly number[], attempt: number): number {
  if (!waitsMs.length) return 0;
  return waitsMs[Math.min(attempt, waitsMs.length) - 1] ?? waitsMs[waitsMs.length - 1] ?? 0;
}
