import type { Executor } from '../../db/dialect.ts';
import type { Contact, Customer } from '../../db/schema.ts';
import { assessPair, pairFingerprint } from '../../domain/identity/duplicate-pairs.ts';
import type { MatchKey } from '../../domain/identity/match-keys.ts';
import { describeEvidence, type EvidenceSide } from '../../domain/identity/pair-evidence.ts';
import { nowIso } from '../../domain/ids.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError } from '../../http/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { contactRecords, customerRecords } from '../customers/customer-records.service.ts';
import { duplicatesRepository } from './duplicates.repository.ts';

/**
 * How many candidate pairs one listing ranks. Names are pre-filtered in SQL, so real books stay
 * far below; past it the list holds the first pairs by id and `total` says "at least".
 */
export const MAX_CANDIDATE_PAIRS = 20_000;

/** A pair is stored and looked up with its ids in one order, whichever way it was asked. */
const ordered = (x: string, y: string): [string, string] => (x < y ? [x, y] : [y, x]);

const brief = (c: Customer) => ({
  id: c.id,
  name: c.name,
  nativeName: c.native_name,
  country: c.country,
  domain: c.domain,
  ownerId: c.owner_id,
});

function side(c: Customer, contacts: Contact[]): EvidenceSide {
  const mine = contacts.filter((p) => p.customer_id === c.id);
  return {
    name: c.name,
    nativeName: c.native_name,
    country: c.country,
    domain: c.domain,
    emails: mine.flatMap((p) => JSON.parse(p.emails) as string[]),
    phones: mine.flatMap((p) => JSON.parse(p.phones) as string[]),
  };
}

/**
 * Duplicate pairs in the caller's scope, strongest evidence first, one page of them with the
 * evidence in each record's own words. Pairs dismissed on the keys they still have stay out.
 */
export async function listPairs(
  db: Executor,
  scope: Scope,
  page: { page: number; pageSize: number },
) {
  const candidates = await duplicatesRepository.candidatePairs(db, scope, MAX_CANDIDATE_PAIRS);
  const keys = await customerRecords.keysOf(
    db,
    scope.workspaceId,
    candidates.flatMap((p) => [p.a, p.b]),
  );
  const dismissed = await duplicatesRepository.dismissals(db, scope.workspaceId);
  const ranked = candidates
    .flatMap((p) => {
      const ka = keys.get(p.a) ?? [];
      const kb = keys.get(p.b) ?? [];
      const found = assessPair(ka, kb);
      if (!found) return [];
      const decided = dismissed.get(ordered(p.a, p.b).join('|'));
      return decided === pairFingerprint(ka, kb) ? [] : [{ ...p, ...found }];
    })
    .sort((x, y) => y.score - x.score || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : 1));
  const start = (page.page - 1) * page.pageSize;
  const shown = ranked.slice(start, start + page.pageSize);
  const ids = shown.flatMap((p) => [p.a, p.b]);
  const customers = new Map(
    (await customerRecords.findMany(db, scope.workspaceId, ids)).map((c) => [c.id, c]),
  );
  const contacts = await contactRecords.ofCustomers(db, scope.workspaceId, ids);
  return {
    total: ranked.length,
    page: page.page,
    pageSize: page.pageSize,
    items: shown.flatMap((p) => {
      const a = customers.get(p.a);
      const b = customers.get(p.b);
      if (!a || !b) return [];
      return [
        {
          a: brief(a),
          b: brief(b),
          score: p.score,
          evidence: describeEvidence(p.shared, side(a, contacts), side(b, contacts)),
        },
      ];
    }),
  };
}

/**
 * "Not a duplicate": hides the pair until either record's match keys change. Anyone who may
 * merge the two (both in their scope) may decide they are two companies.
 */
export async function dismissPair(db: Executor, scope: Scope, body: { aId: string; bId: string }) {
  if (body.aId === body.bId)
    throw AppError.validation([fieldError('/bId', 'must_differ', { other: 'aId' })]);
  const [first, second] = ordered(body.aId, body.bId);
  const a = await customerRecords.findVisible(db, scope, first);
  const b = await customerRecords.findVisible(db, scope, second);
  if (!a || !b) throw AppError.notFound('Customer');
  const keys = await customerRecords.keysOf(db, scope.workspaceId, [a.id, b.id]);
  const ka: MatchKey[] = keys.get(a.id) ?? [];
  const kb: MatchKey[] = keys.get(b.id) ?? [];
  if (!assessPair(ka, kb))
    throw AppError.validation([fieldError('/bId', 'not_duplicate_pair', { other: 'aId' })]);
  const fingerprint = pairFingerprint(ka, kb);
  const before = await duplicatesRepository.findDismissal(db, scope.workspaceId, a.id, b.id);
  if (before?.fingerprint === fingerprint)
    throw AppError.conflict('These customers are already marked as not duplicates');
  const at = nowIso();
  await duplicatesRepository.saveDismissal(db, {
    workspace_id: scope.workspaceId,
    customer_a: a.id,
    customer_b: b.id,
    fingerprint,
    actor_id: scope.userId,
    created_at: at,
  });
  // One entry per customer, so either record's history shows the decision.
  for (const [self, other] of [
    [a, b],
    [b, a],
  ] as const)
    await recordAudit(db, scope, {
      action: 'not_duplicate',
      entityType: 'customer',
      entityId: self.id,
      changes: { notDuplicateOf: { before: null, after: other.id } },
    });
  return { aId: a.id, bId: b.id, dismissedAt: at };
}
