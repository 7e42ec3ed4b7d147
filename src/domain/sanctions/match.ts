import { jaroWinkler, jaroWinklerBound } from './jaro-winkler.ts';
import type { NameToken, NameVariant } from './normalise.ts';

/**
 * How two names are scored, and when a score is a hit.
 *
 * - Each token of one name is paired with at most one token of the other, best pairs first, so
 *   word order does not matter (`Ivanov Sergei` = `Sergei Ivanov`).
 * - A pair's similarity is Jaro–Winkler of the Latin spellings, or of the consonant skeletons
 *   when either token was written in Arabic, Persian or Hebrew; two Latin spellings with the
 *   same skeleton of three or more consonants (Mohamed/Muhammad: `mhmd`) score at least
 *   `SKELETON_SAME`. Below `TOKEN_MIN` (0.86) a pair counts as nothing: `trading` and
 *   `logistics` share letters, not a word; Aleksandr and Aleksei (0.854) are two names.
 * - The name score is the sum of the pairs' similarities over the token count of the longer
 *   name: every word of both names has to be accounted for, so `Global Trading` and
 *   `Global Logistics` (one word of two) score 0.5, and a list entry is not hit by a customer
 *   who merely shares its surname.
 * - `HIT_THRESHOLD` = 0.88 was chosen on the table in `sanctions.test.ts`: transliteration
 *   variants of a whole name (Aleksei/Alexey, Mohammed/Muhammad, Usama/Osama) score ≥ 0.9,
 *   a one-letter typo in a two-word name about 0.95, and different names sharing a common word
 *   at most 0.75.
 * - Country and birth date are supporting evidence only: they move the score a little
 *   (`EVIDENCE`) and are reported, but a name scoring below `NAME_FLOOR` is never a hit, however
 *   well the rest agrees.
 */
export const TOKEN_MIN = 0.86;
export const SKELETON_SAME = 0.9;
export const HIT_THRESHOLD = 0.88;
export const NAME_FLOOR = 0.84;
export const EVIDENCE = {
  countrySame: 0.03,
  countryDifferent: -0.05,
  birthSame: 0.05,
  birthSameYear: 0.02,
  birthDifferent: -0.1,
} as const;

export interface TokenPair {
  query: string;
  entry: string;
  score: number;
}

export interface NameScore {
  score: number;
  pairs: TokenPair[];
}

// Pairs whose Jaro–Winkler bound is below TOKEN_MIN score 0 without computing it; the margin
// keeps rounding in the bound from ever skipping a pair at TOKEN_MIN.
const BOUND_MIN = TOKEN_MIN - 1e-9;

export function tokenSimilarity(a: NameToken, b: NameToken): number {
  if (a.abjad || b.abjad) {
    if (jaroWinklerBound(a.skel, b.skel) < BOUND_MIN) return 0;
    const s = jaroWinkler(a.skel, b.skel);
    return s >= TOKEN_MIN ? s : 0;
  }
  const sameSkeleton = a.skel.length >= 3 && a.skel === b.skel;
  if (jaroWinklerBound(a.text, b.text) < BOUND_MIN) return sameSkeleton ? SKELETON_SAME : 0;
  let s = jaroWinkler(a.text, b.text);
  // Vowels are what Latin spellings of one name disagree on most (Mohamed/Muhammad).
  if (s < SKELETON_SAME && sameSkeleton) s = SKELETON_SAME;
  return s >= TOKEN_MIN ? s : 0;
}

/**
 * Whether forms of `a` and `b` tokens can score `floor`: at best every token of the shorter one
 * pairs at similarity 1, and the sum is divided by the longer one's count.
 */
export const lengthsCanReach = (a: number, b: number, floor: number): boolean =>
  Math.min(a, b) / Math.max(a, b) >= floor;

const NONE: NameScore = { score: 0, pairs: [] };

/**
 * The score of one form of each name.
 *
 * With a `floor`, a pair of forms that cannot reach it is given up early and answers no score
 * (`NONE`): screening a million names only needs to know the ones at or over `NAME_FLOOR`. The
 * bounds are exact, never estimates: each pair adds at most 1 to the sum, so the sum is at most
 * the number of query tokens with a similar (non-zero) entry token, and at most the shorter
 * name's token count. A form that could reach the floor is scored in full, as without one.
 */
export function scoreVariant(
  q: NameVariant,
  e: NameVariant,
  floor = 0,
  similarity: (i: number, j: number) => number = (i, j) => tokenSimilarity(q[i]!, e[j]!),
): NameScore {
  const longer = Math.max(q.length, e.length);
  if (floor > 0 && !lengthsCanReach(q.length, e.length, floor)) return NONE;
  const cells: { i: number; j: number; s: number }[] = [];
  let paired = 0;
  for (let i = 0; i < q.length; i++) {
    let any = false;
    for (let j = 0; j < e.length; j++) {
      const s = similarity(i, j);
      if (s > 0) {
        cells.push({ i, j, s });
        any = true;
      }
    }
    if (any) paired++;
    // The rows still to come can each add at most 1.
    if (floor > 0 && (paired + q.length - 1 - i) / longer < floor) return NONE;
  }
  cells.sort((x, y) => y.s - x.s);
  const usedQ = new Set<number>();
  const usedE = new Set<number>();
  let sum = 0;
  const pairs: TokenPair[] = [];
  for (const c of cells) {
    if (usedQ.has(c.i) || usedE.has(c.j)) continue;
    usedQ.add(c.i);
    usedE.add(c.j);
    sum += c.s;
    pairs.push({ query: q[c.i]!.source, entry: e[c.j]!.source, score: round(c.s) });
  }
  return { score: sum / longer, pairs };
}

/**
 * The best score over every form of both names. With a `floor`, forms that cannot reach it are
 * skipped (see `scoreVariant`): the answer is the same whenever the best score reaches the floor,
 * and below the floor otherwise.
 */
export function scoreNames(
  q: NameVariant[],
  e: NameVariant[],
  floor = 0,
  similarity?: TokenSimilarityOf,
): NameScore {
  let best: NameScore = NONE;
  for (let a = 0; a < q.length; a++)
    for (let b = 0; b < e.length; b++) {
      const s = scoreVariant(
        q[a]!,
        e[b]!,
        floor,
        similarity && ((i: number, j: number) => similarity(a, i, b, j)),
      );
      if (s.score > best.score) best = s;
    }
  return best;
}

/**
 * `tokenSimilarity` of token `i` of query form `qv` and token `j` of entry form `ev`, as a caller
 * that remembers earlier answers provides it.
 */
export type TokenSimilarityOf = (qv: number, i: number, ev: number, j: number) => number;

export type CountryEvidence = 'same' | 'different' | null;
export type BirthEvidence = 'same' | 'same-year' | 'different' | null;

export interface Evidence {
  country: CountryEvidence;
  birthDate: BirthEvidence;
  adjustment: number;
}

/**
 * Country and birth date agreement. An entry lists several countries (nationality, addresses)
 * and a full date or only a year (`1965`); only what both sides know is compared.
 */
export function evidence(
  query: { country?: string | null; birthDate?: string | null },
  entry: { countries: string[]; birthDates: string[] },
): Evidence {
  let adjustment = 0;
  let country: CountryEvidence = null;
  if (query.country && entry.countries.length) {
    country = entry.countries.includes(query.country.toUpperCase()) ? 'same' : 'different';
    adjustment += country === 'same' ? EVIDENCE.countrySame : EVIDENCE.countryDifferent;
  }
  let birthDate: BirthEvidence = null;
  if (query.birthDate && entry.birthDates.length) {
    const year = query.birthDate.slice(0, 4);
    if (entry.birthDates.includes(query.birthDate)) birthDate = 'same';
    else if (entry.birthDates.some((d) => d.slice(0, 4) === year)) birthDate = 'same-year';
    else birthDate = 'different';
    adjustment +=
      birthDate === 'same'
        ? EVIDENCE.birthSame
        : birthDate === 'same-year'
          ? EVIDENCE.birthSameYear
          : EVIDENCE.birthDifferent;
  }
  return { country, birthDate, adjustment };
}

/** The final score and whether it is a hit. */
export function verdict(nameScore: number, ev: Evidence): { score: number; hit: boolean } {
  const score = round(Math.max(0, Math.min(1, nameScore + ev.adjustment)));
  return { score, hit: nameScore >= NAME_FLOOR && score >= HIT_THRESHOLD };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
