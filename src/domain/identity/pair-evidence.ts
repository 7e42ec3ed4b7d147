import type { MatchKind } from '../enums.ts';
import { formatInternational } from '../phones.ts';
import { nameKey, type MatchKey } from './match-keys.ts';

/** One side of a pair as the user entered it. */
export interface EvidenceSide {
  name: string;
  nativeName: string | null;
  country: string;
  domain: string | null;
  emails: readonly string[];
  /** E.164, as contacts store them */
  phones: readonly string[];
}

/** What two records share, in each record's own spelling: `Al Rajhi Trading` / `الراجحي للتجارة`. */
export interface Evidence {
  kind: MatchKind;
  a: string;
  b: string;
}

/**
 * The value on one side that produced a match key. Keys are folded (`SA:الراجحي للتجارة`,
 * lower-cased emails): people read the name and the address they typed, never the key.
 */
function valueOf(side: EvidenceSide, k: MatchKey): string {
  switch (k.kind) {
    case 'domain':
      return side.domain ?? k.key;
    case 'email':
      return side.emails.find((e) => e.trim().toLowerCase() === k.key)?.trim() ?? k.key;
    case 'phone':
      return formatInternational(k.key);
    case 'name': {
      const names = [side.name, side.nativeName].filter((n): n is string => !!n);
      return names.find((n) => nameKey(side.country, n) === k.key) ?? side.name;
    }
  }
}

/** The shared keys of a pair in words each side recognises, in the order given. */
export function describeEvidence(
  shared: readonly MatchKey[],
  a: EvidenceSide,
  b: EvidenceSide,
): Evidence[] {
  return shared.map((k) => ({ kind: k.kind, a: valueOf(a, k), b: valueOf(b, k) }));
}
