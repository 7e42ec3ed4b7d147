import type { Executor } from '../../db/dialect.ts';
import { MATCH_KINDS } from '../../domain/enums.ts';
import { assessPair, pairFingerprint } from '../../domain/identity/duplicate-pairs.ts';
import { canSeeOwner, type Scope } from '../../domain/scope.ts';
import { customerRecords } from '../customers/customer-records.service.ts';
import { duplicatesRepository } from './duplicates.repository.ts';

export interface Lookalike {
  id: string;
  name: string;
  /** the duplicate rule's score (a shared domain or email: 100, phone: 10, name: 1) */
  score: number;
}

/**
 * Live customers in `scope` that the duplicate rule proposes as the same company as `customerId`
 * (the same keys, the same `assessPair`, and pairs marked "not a duplicate" on the keys they still
 * have stay out), surest first. Only customers the scope may see are considered, so a rep
 * never learns of a colleague's look-alike. The customer itself may be outside the scope.
 */
export async function lookalikesInScope(
  db: Executor,
  scope: Scope,
  customerId: string,
): Promise<Lookalike[]> {
  const ws = scope.workspaceId;
  const own = (await customerRecords.keysOf(db, ws, [customerId])).get(customerId) ?? [];
  const hits = new Set<string>();
  for (const kind of MATCH_KINDS) {
    const keys = own.filter((k) => k.kind === kind).map((k) => k.key);
    if (!keys.length) continue;
    for (const h of await customerRecords.findByKeys(db, ws, kind, keys))
      if (h.customer_id !== customerId && canSeeOwner(scope, h.owner_id)) hits.add(h.customer_id);
  }
  if (!hits.size) return [];
  const theirs = await customerRecords.keysOf(db, ws, [...hits]);
  const names = await customerRecords.namesOf(db, ws, [...hits]);
  const found: Lookalike[] = [];
  for (const id of hits) {
    const keys = theirs.get(id) ?? [];
    const pair = assessPair(own, keys);
    if (!pair) continue;
    const [a, b] = customerId < id ? [customerId, id] : [id, customerId];
    const dismissed = await duplicatesRepository.findDismissal(db, ws, a, b);
    if (dismissed && dismissed.fingerprint === pairFingerprint(own, keys)) continue;
    found.push({ id, name: names.get(id) ?? id, score: pair.score });
  }
  return found.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1));
}
