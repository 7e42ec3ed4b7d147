import { compact, fold } from './fold.ts';
import { bigrams, CJK_CHAR, dictionaryWords } from './scripts.ts';
import { KIND, MAX_TOKEN, withoutArticle } from './tokens.ts';
import { latinSkeleton } from './transliterate.ts';

/** A condition on a record's tokens, rendered by each database (FTS5 query, tsquery). */
export type Match =
  | { token: string; prefix: boolean }
  | { and: Match[] }
  | { or: Match[] }
  | { not: Match; but: Match };

/**
 * A search as tiers, best first: exact name, name prefix, word prefix, then substrings,
 * pinyin and transliterations. Results are shown tier by tier (each tier by recency) and a
 * record appears only in the first tier it matches.
 */
export interface SearchPlan {
  tiers: Match[];
}

const clip = (s: string) => s.slice(0, MAX_TOKEN);
const t = (token: string, prefix = true): Match => ({ token: clip(token), prefix });
const and = (m: Match[]): Match => (m.length === 1 ? m[0]! : { and: m });
const or = (m: Match[]): Match => (m.length === 1 ? m[0]! : { or: m });

const PHONE = /^[+\d][\d\s\-().]*$/;

/** A folded query's words: dictionary words for Thai and its kin, Arabic without its article. */
export function queryWords(folded: string): string[] {
  return folded
    .split(' ')
    .flatMap(dictionaryWords)
    .map((w) => withoutArticle(w) ?? w);
}

/** The plan for what a user typed; undefined when nothing searchable is left. */
export function searchPlan(q: string): SearchPlan | undefined {
  const trimmed = q.trim();
  const digits = trimmed.replace(/\D/g, '');
  if (PHONE.test(trimmed) && digits.length >= 3) {
    // 0049… is +49…; a national 030… drops its trunk 0 (indexed numbers carry neither).
    const bare = digits.replace(/^00?/, '');
    return { tiers: [bare !== digits && bare.length >= 3 ? or([t(digits), t(bare)]) : t(digits)] };
  }
  if (trimmed.includes('@') || /^[\w-]+(\.[\w-]+)+$/.test(trimmed))
    return { tiers: [t(trimmed.toLowerCase())] };
  const folded = fold(trimmed);
  if (!folded) return undefined;
  const whole = compact(folded);
  const words = queryWords(folded);
  const tiers: Match[] = [
    t(KIND.name + whole, false),
    t(KIND.name + whole),
    and(words.map((w) => t(w))),
  ];
  const other: Match[] = [];
  if (words.some((w) => [...w].filter((c) => CJK_CHAR.test(c)).length >= 2))
    other.push(
      and(
        words.map((w) => {
          const grams = bigrams(w);
          return grams.length ? and(grams.map((g) => t(KIND.bigram + g, false))) : t(w);
        }),
      ),
    );
  if (/^[a-z]+$/.test(whole)) {
    other.push(t(KIND.pinyin + whole), t(KIND.initials + whole));
    other.push(and(words.map((w) => t(KIND.roman + w))));
    // A skeleton of two letters is a whole word (`dubai` is دبي) or it would match half of Arabic.
    const skeletons = words.map(latinSkeleton);
    if (skeletons.every((s) => s.length >= 2))
      other.push(and(skeletons.map((s) => t(KIND.skeleton + s, s.length >= 3))));
  }
  if (other.length) tiers.push(or(other));
  return { tiers };
}

/** Tier `i` without the records of the tiers before it. */
export function tierMatch(plan: SearchPlan, i: number): Match {
  const tier = plan.tiers[i]!;
  return i === 0 ? tier : { not: or(plan.tiers.slice(0, i)), but: tier };
}

/** Every tier at once: a record matching any of them (for counts and other orders). */
export function anyTier(plan: SearchPlan): Match {
  return or(plan.tiers);
}
