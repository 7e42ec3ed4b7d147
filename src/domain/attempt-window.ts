/**
 * A sliding-window attempt limit: at most `maxAttempts` per key (a client address, a form and
 * address…) within `windowMs`. Callers decide what counts: sign-in records only failures, so an
 * office behind one NAT address can still sign in many people at nine. Where the attempts are
 * kept is the caller's business (the rate-limits module keeps them in the database, so every
 * server process sees the same count).
 */
export interface AttemptRule {
  maxAttempts: number;
  windowMs: number;
}

/** The earliest instant (ms) an attempt still counts at `now`; older attempts may be pruned. */
export function windowStart(rule: AttemptRule, now: number): number {
  return now - rule.windowMs;
}

/**
 * Seconds until the key may try again, or 0 when it may try now, given the instants (ms) of its
 * attempts; only those inside the window count, in any order.
 */
export function retryAfterSeconds(rule: AttemptRule, attempts: number[], now: number): number {
  const cutoff = windowStart(rule, now);
  const recent = attempts.filter((t) => t > cutoff).sort((a, b) => a - b);
  if (recent.length < rule.maxAttempts) return 0;
  // The key may try again once the attempt that filled the limit leaves the window.
  const oldest = recent[recent.length - rule.maxAttempts] ?? now;
  return Math.max(1, Math.ceil((oldest + rule.windowMs - now) / 1000));
}
