/** Which writing system a run of text is in decides how it is indexed. */
export const HAN = /\p{Script=Han}/u;
export const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Scripts written without spaces between words, searched by any substring (bigrams). */
export const CJK_CHAR =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]/u;
export const CJK_RUN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー]+/gu;
/** Scripts written without spaces, split into words by a dictionary (Intl.Segmenter). */
export const SEGMENTED = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
export const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
export const ARABIC_OR_HEBREW = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) segmenters.set(locale, (s = new Intl.Segmenter(locale, { granularity: 'word' })));
  return s;
}

/** A folded word split into dictionary words when it is Thai, Lao, Khmer or Burmese. */
export function dictionaryWords(word: string): string[] {
  if (!SEGMENTED.test(word)) return [word];
  const out: string[] = [];
  for (const s of segmenter('th').segment(word)) if (s.isWordLike) out.push(s.segment);
  return out.length ? out : [word];
}

/** Every pair of neighbouring characters of each CJK run in a word. */
export function bigrams(word: string): string[] {
  const out: string[] = [];
  for (const run of word.match(CJK_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  }
  return out;
}
