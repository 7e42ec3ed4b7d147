import type { Executor } from '../../db/dialect.ts';
import type { Customer } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { highlight } from '../../domain/search/highlight.ts';
import { tierMatch, type SearchPlan } from '../../domain/search/query.ts';
import type { CustomerHighlight } from './customers.schemas.ts';
import { customersRepository, type CustomerFilter } from './customers.repository.ts';

/**
 * A search page: tier by tier (exact name, name prefix, word prefix, then substrings, pinyin and
 * transliterations), each tier newest first, a customer only in the first tier it matches. The
 * cursor names the tier and the last index key, so the next page continues where this one stopped.
 */
export async function searchPage(
  db: Executor,
  scope: Scope,
  filter: Omit<CustomerFilter, 'match' | 'cursor' | 'sort'>,
  plan: SearchPlan,
  cursor: string | undefined,
): Promise<{ rows: Customer[]; nextCursor: string | null }> {
  const { limit } = filter;
  const [tierText, after] = cursor?.includes(':') ? cursor.split(':', 2) : ['0', undefined];
  const start = Math.min(Math.max(0, Number(tierText) || 0), plan.tiers.length);
  const found: { row: Customer; key: string; tier: number }[] = [];
  for (let tier = start; tier < plan.tiers.length && found.length <= limit; tier++) {
    const rows = await customersRepository.listMatching(db, scope, {
      ...filter,
      match: tierMatch(plan, tier),
      after: tier === start ? after : undefined,
      limit: limit - found.length,
    });
    for (const r of rows) found.push({ ...r, tier });
  }
  const page = found.slice(0, limit);
  const last = page[page.length - 1];
  return {
    rows: page.map((f) => f.row),
    nextCursor: found.length > limit && last ? `${last.tier}:${last.key}` : null,
  };
}

const ranges = (text: string | null, q: string) =>
  text ? highlight(text, q).map(([start, end]) => ({ start, end })) : [];

/** What to mark in a listed customer's names for the query. */
export function customerHighlight(row: Customer, q: string): CustomerHighlight {
  return { name: ranges(row.name, q), nativeName: ranges(row.native_name, q) };
}
