import { fold } from './name-match.ts';
import { LEXICONS, type Lexicon } from './sentiment-lexicon.ts';

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export type Sentiment = (typeof SENTIMENTS)[number];
/** The languages the suggestion has a lexicon for. */
export const SENTIMENT_LANGUAGES = Object.keys(LEXICONS);

export interface Suggestion {
  sentiment: Sentiment;
  /** the sum of the matched words' weights, each turned around after a negator */
  score: number;
  /** the lexicon the text was read with; null when the language has none (then neutral) */
  language: string | null;
}

interface Compiled {
  exact: Map<string, number>;
  prefix: [string, number][];
  infix: [string, number][];
  negators: Set<string>;
  /** Chinese: entries searched in the running text, longest first */
  runs: [string, number][];
}

const NEGATION_WINDOW_WORDS = 3;
const NEGATION_WINDOW_CHARS = 6;
const compiled = new Map<string, Compiled>();

function compile(lang: string, lex: Lexicon): Compiled {
  const c: Compiled = { exact: new Map(), prefix: [], infix: [], negators: new Set(), runs: [] };
  const entries = [
    ...Object.entries(lex.positive),
    ...Object.entries(lex.negative).map(([k, v]) => [k, -v] as [string, number]),
  ];
  for (const [raw, weight] of entries) {
    if (lang === 'zh') c.runs.push([raw, weight]);
    else if (raw.startsWith('*')) c.infix.push([fold(raw.slice(1, -1)), weight]);
    else if (raw.endsWith('*')) c.prefix.push([fold(raw.slice(0, -1)), weight]);
    else c.exact.set(fold(raw), weight);
  }
  c.runs.sort((a, b) => b[0].length - a[0].length);
  for (const n of lex.negators) c.negators.add(lang === 'zh' ? n : fold(n));
  return c;
}

function lexicon(lang: string): Compiled | null {
  const lex = LEXICONS[lang];
  if (!lex) return null;
  let c = compiled.get(lang);
  if (!c) compiled.set(lang, (c = compile(lang, lex)));
  return c;
}

function wordWeight(c: Compiled, word: string): number {
  const exact = c.exact.get(word);
  if (exact !== undefined) return exact;
  for (const [p, weight] of c.prefix) if (word.startsWith(p)) return weight;
  for (const [p, weight] of c.infix) if (word.includes(p)) return weight;
  return 0;
}

/** Words: a negator turns around the sentiment words in the next three words. */
function scoreWords(c: Compiled, text: string): number {
  let score = 0;
  let sinceNegator = Infinity;
  for (const word of fold(text).split(' ')) {
    sinceNegator++;
    if (c.negators.has(word)) {
      sinceNegator = 0;
      continue;
    }
    const weight = wordWeight(c, word);
    score += sinceNegator <= NEGATION_WINDOW_WORDS ? -weight : weight;
  }
  return score;
}

/**
 * Chinese has no spaces: entries are found in the running text, longest first and without
 * overlaps; a negator (不, 没有, 未 …) outside any entry within the six characters before one turns
 * it around ("并不成功", "未发现问题").
 */
function scoreRuns(c: Compiled, text: string): number {
  const taken = new Uint8Array(text.length);
  const hits: [number, number][] = [];
  for (const [entry, weight] of c.runs) {
    for (let at = text.indexOf(entry); at >= 0; at = text.indexOf(entry, at + 1)) {
      if (taken.subarray(at, at + entry.length).some((t) => t)) continue;
      taken.fill(1, at, at + entry.length);
      hits.push([at, weight]);
    }
  }
  let score = 0;
  for (const [at, weight] of hits) {
    const before = text.slice(Math.max(0, at - NEGATION_WINDOW_CHARS), at);
    const start = Math.max(0, at - NEGATION_WINDOW_CHARS);
    let negated = false;
    for (const n of c.negators)
      for (let i = before.indexOf(n); i >= 0 && !negated; i = before.indexOf(n, i + 1))
        if (!taken.subarray(start + i, start + i + n.length).some((t) => t)) negated = true;
    score += negated ? -weight : weight;
  }
  return score;
}

/** The primary subtag of a BCP 47 tag, lower case: "pt-MZ" → "pt", "zh-Hans-CN" → "zh". */
export const baseLanguage = (tag: string) => tag.split(/[-_]/)[0]!.toLowerCase();

/** The sentiment a lexicon suggests for a headline (and summary) in a language. */
export function suggestSentiment(text: string, languageTag: string): Suggestion {
  const lang = baseLanguage(languageTag);
  const c = lexicon(lang);
  if (!c) return { sentiment: 'neutral', score: 0, language: null };
  const score = lang === 'zh' ? scoreRuns(c, text) : scoreWords(c, text);
  return {
    sentiment: score > 0 ? 'positive' : score < 0 ? 'negative' : 'neutral',
    score,
    language: lang,
  };
}
