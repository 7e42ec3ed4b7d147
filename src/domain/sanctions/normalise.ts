import { legalFormSpan, stripLegalSubstrings } from '../identity/company-key.ts';
import { fold } from '../search/fold.ts';
import { syllables } from '../search/pinyin.ts';
import { ARABIC_OR_HEBREW, HAN } from '../search/scripts.ts';
import { withoutArticle } from '../search/tokens.ts';
import { arabicSkeleton, latinSkeleton, romanize } from '../search/transliterate.ts';

/**
 * A name reduced to comparable tokens, whatever script it was written in. The search module's
 * folding and transliterations are reused, so a name screened here meets a list entry the way a
 * search query meets a customer:
 *
 * - Latin: case, accents, ß/æ/ø folded (`fold`), then a few spellings lists and passports mix up
 *   merged on both sides (x = ks, a final or inner y = i, ph = f, doubled letters once), so
 *   `Alexei`, `Aleksey` and `Алексей` meet;
 * - Cyrillic and Greek: BGN/PCGN and ELOT 743 romanisation (`romanize`);
 * - Arabic, Persian, Hebrew: these scripts leave vowels unwritten, so the token keeps its
 *   consonant skeleton (`arabicSkeleton`, the article ال dropped) and is compared with the other
 *   side's skeleton (`latinSkeleton`): محمد and Mohammed are both `mhmd`;
 * - Chinese: toneless pinyin per character (`syllables`); how a Latin spelling groups the
 *   syllables varies (Li Wei, Wang Xiaoming, Zhongxing Tongxun), so each grouping is a variant;
 * - legal forms removed at the start and end as the duplicate finder's company key does
 *   (`legalFormSpan`, `stripLegalSubstrings`): ООО, GmbH, 有限公司, ذ.م.م.
 */
export interface NameToken {
  /** Latin spelling, for Jaro–Winkler against another Latin spelling. */
  text: string;
  /** Consonant skeleton, for comparisons where either side was Arabic, Persian or Hebrew. */
  skel: string;
  /** Written in an abjad: only the skeleton is reliable. */
  abjad: boolean;
  /** The word of the original name the token came from (for highlighting). */
  source: string;
}

export type NameVariant = NameToken[];

const latinSpelling = (w: string) =>
  w
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/(?<=.)y/g, 'i')
    .replace(/(.)\1+/g, '$1');

/** At most this many variants per name: groupings of Chinese syllables. */
const GROUPINGS = ['each', 'surname', 'pairs', 'whole'] as const;
type Grouping = (typeof GROUPINGS)[number];

function group(syl: string[], how: Grouping): string[] {
  if (syl.length < 2 || how === 'each') return syl;
  if (how === 'whole') return [syl.join('')];
  if (how === 'surname') return [syl[0]!, syl.slice(1).join('')];
  const out: string[] = [];
  for (let i = 0; i < syl.length; i += 2) out.push(syl.slice(i, i + 2).join(''));
  return out;
}

const ARTICLES = new Set(['al', 'el']);

interface Word {
  latin: string[] | null; // null: a Chinese run, grouped per variant
  syl: string[];
  abjad: boolean;
  source: string;
  /** The romanised word before spellings merge, as the legal-form list spells it. */
  plain: string;
}

function words(name: string): Word[] {
  const out: Word[] = [];
  for (const raw of name.split(/\s+/)) {
    for (const w of fold(stripLegalSubstrings(raw)).split(' ')) {
      if (!w) continue;
      if (HAN.test(w)) {
        const syl: string[] = [];
        for (const part of w.split(/(\p{Script=Han}+)/u)) {
          if (!part) continue;
          if (HAN.test(part)) syl.push(...syllables(part));
          else syl.push(latinSpelling(part));
        }
        out.push({ latin: null, syl, abjad: false, source: raw, plain: '\u0000' });
      } else if (ARABIC_OR_HEBREW.test(w)) {
        const bare = withoutArticle(w) ?? w;
        const skel = arabicSkeleton(bare);
        if (skel) out.push({ latin: [skel], syl: [], abjad: true, source: raw, plain: '\u0000' });
      } else {
        const roman = romanize(w) ?? w;
        const plain = roman.replace(/[@.+]/g, '');
        out.push({ latin: [latinSpelling(plain)], syl: [], abjad: false, source: raw, plain });
      }
    }
  }
  // The Arabic article written apart in Latin (Al-Hassan, El Sayed) goes, as ال does in Arabic.
  for (let i = out.length - 2; i >= 0; i--)
    if (ARTICLES.has(out[i]!.plain) && out[i + 1]!.latin && !out[i + 1]!.abjad) out.splice(i, 1);
  // Legal forms (ООО becomes `ooo`, `S.A.` the words `s a`) go from the start and the end.
  const [start, end] = legalFormSpan(out.map((w) => w.plain));
  return out.slice(start, end).filter((w) => w.latin === null || w.latin[0] !== '');
}

function toToken(text: string, abjad: boolean, source: string): NameToken {
  if (abjad) return { text, skel: text, abjad, source };
  const latin = latinSpelling(text);
  return { text: latin, skel: latinSkeleton(latin), abjad, source };
}

/** The comparable forms of a name: one, or one per grouping of its Chinese syllables. */
export function normaliseName(name: string): NameVariant[] {
  const ws = words(name);
  const hasHan = ws.some((w) => w.latin === null);
  const variants: NameVariant[] = [];
  const seen = new Set<string>();
  for (const how of hasHan ? GROUPINGS : (['each'] as const)) {
    const v: NameToken[] = [];
    for (const w of ws) {
      const parts = w.latin ?? group(w.syl, how);
      for (const p of parts) if (p) v.push(toToken(p, w.abjad, w.source));
    }
    // Initials (`J.`) say little on their own and are left out unless they are all there is.
    const meaningful = v.filter((t) => t.abjad || t.text.length > 1);
    const kept = meaningful.length ? meaningful : v;
    const key = kept.map((t) => t.text).join(' ');
    if (kept.length && !seen.has(key)) {
      seen.add(key);
      variants.push(kept);
    }
  }
  return variants;
}
