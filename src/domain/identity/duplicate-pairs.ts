import { createHash } from 'node:crypto';
import type { MatchKind } from '../enums.ts';
import { FREE_MAIL } from './free-mail.ts';
import type { MatchKey } from './match-keys.ts';

/**
 * How much a shared key says that two records are one company. A website domain or an email
 * address is the company's own; a phone is shared by switchboards and forwarding agents; a name
 * is shared by namesakes and branches. Weights are apart by an order of magnitude, so one strong
 * kind outranks any number of weaker ones and ties break on the weaker kinds.
 */
export const EVIDENCE_WEIGHT: Record<MatchKind, number> = {
  domain: 100,
  email: 100,
  phone: 10,
  name: 1,
};

export interface PairAssessment {
  /** the keys both records hold, strongest first */
  shared: MatchKey[];
  /** the sum of the weights of the shared kinds; higher is surer */
  score: number;
}

/**
 * The domains a record says it is at: its website domain, or where it has none, the company
 * domains of its contacts' emails (free mail says nothing). The website wins because contacts'
 * addresses may belong to a parent company or a reseller.
 */
export function companyDomains(keys: readonly MatchKey[]): Set<string> {
  const site = keys.filter((k) => k.kind === 'domain').map((k) => k.key);
  if (site.length) return new Set(site);
  const mail = keys
    .filter((k) => k.kind === 'email')
    .map((k) => k.key.slice(k.key.lastIndexOf('@') + 1))
    .filter((d) => d && !FREE_MAIL.has(d));
  return new Set(mail);
}

/**
 * Whether two records are proposed as duplicates, and how strongly. A shared domain, email or
 * phone always proposes the pair. A shared name alone does not when both records' company
 * domains are known and have nothing in common: `Al Rajhi Trading` (alrajhi.sa) and
 * `Al Rajhi Trading Dammam` (alrajhi-dammam.sa) are two branches with one native name.
 */
export function assessPair(a: readonly MatchKey[], b: readonly MatchKey[]): PairAssessment | null {
  const inB = new Set(b.map((k) => `${k.kind}|${k.key}`));
  const shared = a
    .filter((k) => inB.has(`${k.kind}|${k.key}`))
    .sort((x, y) => EVIDENCE_WEIGHT[y.kind] - EVIDENCE_WEIGHT[x.kind] || (x.key < y.key ? -1 : 1));
  if (!shared.length) return null;
  const nameOnly = shared.every((k) => k.kind === 'name');
  if (nameOnly) {
    const da = companyDomains(a);
    const db = companyDomains(b);
    if (da.size && db.size && ![...da].some((d) => db.has(d))) return null;
  }
  const kinds = new Set(shared.map((k) => k.kind));
  const score = [...kinds].reduce((sum, k) => sum + EVIDENCE_WEIGHT[k], 0);
  return { shared, score };
}

/**
 * A digest of both records' match keys, order-free. A "not a duplicate" decision holds while the
 * digest is unchanged: new evidence (an email, a phone, a renamed company) asks again.
 */
export function pairFingerprint(a: readonly MatchKey[], b: readonly MatchKey[]): string {
  const side = (keys: readonly MatchKey[]) =>
    [...new Set(keys.map((k) => `${k.kind}|${k.key}`))].sort().join('\n');
  const sides = [side(a), side(b)].sort();
  return createHash('sha256').update(sides.join('\n\n')).digest('hex');
}
