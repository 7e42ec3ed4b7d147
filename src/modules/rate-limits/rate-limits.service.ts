import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { retryAfterSeconds, windowStart, type AttemptRule } from '../../domain/attempt-window.ts';
import { rateLimitsRepository } from './rate-limits.repository.ts';

/**
 * One named rate limit (sign-in failures, lead-form posts) whose attempts are kept in the
 * database, so every server process on the same database counts the same attempts. The window
 * rule itself is the pure `retryAfterSeconds`.
 *
 * Checking and recording are two statements: requests racing in parallel may each pass the check
 * before any records, exactly as with the in-memory window this replaces; the limit holds for
 * attempts that follow one another, which is what a password-guessing client's are.
 */
export class RateLimit {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly scope: string,
    private readonly rule: AttemptRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Seconds until the key may try again, or 0 when it may try now. */
  async retryAfter(key: string): Promise<number> {
    const now = this.now();
    const since = new Date(windowStart(this.rule, now)).toISOString();
    const at = await rateLimitsRepository.recent(
      this.db,
      this.scope,
      key,
      since,
      this.rule.maxAttempts,
    );
    return retryAfterSeconds(
      this.rule,
      at.map((t) => Date.parse(t)),
      now,
    );
  }

  /** Counts an attempt of the key, and drops this limit's attempts that no longer count. */
  async record(key: string): Promise<void> {
    const now = this.now();
    await rateLimitsRepository.record(this.db, this.scope, key, new Date(now).toISOString());
    const before = new Date(windowStart(this.rule, now)).toISOString();
    await rateLimitsRepository.prune(this.db, this.scope, before);
  }
}
