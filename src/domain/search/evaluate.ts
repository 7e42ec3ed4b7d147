import type { Match, SearchPlan } from './query.ts';
import { tierMatch } from './query.ts';

/**
 * A match evaluated against one record's tokens in memory: what the database indexes compute,
 * as a reference the table tests (and the databases' tests) hold both to.
 */
export function matches(m: Match, tokens: readonly string[]): boolean {
  if ('token' in m)
    return m.prefix ? tokens.some((t) => t.startsWith(m.token)) : tokens.includes(m.token);
  if ('and' in m) return m.and.every((x) => matches(x, tokens));
  if ('or' in m) return m.or.some((x) => matches(x, tokens));
  return matches(m.but, tokens) && !matches(m.not, tokens);
}

/** The first tier (0 = exact name) a record's tokens match, or undefined. */
export function tierOf(plan: SearchPlan, tokens: readonly string[]): number | undefined {
  for (let i = 0; i < plan.tiers.length; i++) if (matches(tierMatch(plan, i), tokens)) return i;
  return undefined;
}
