import { compact, fold, foldText } from './fold.ts';
import { syllables } from './pinyin.ts';
import { queryWords } from './query.ts';
import { romanizeChar } from './transliterate.ts';

/** A part of a text to mark, as UTF-16 offsets [start, end) into the original text. */
export type Range = [number, number];

/** A text seen another way (folded, as pinyin, romanised), each piece tied to its source. */
interface View {
  text: string;
  /** per UTF-16 unit of `text`: the offset and length of the source character behind it */
  source: number[];
  len: number[];
  /** per UTF-16 unit of `text`: whether a source character's output starts there */
  starts: boolean[];
}

function view(text: string, piece: (ch: string, i: number) => string): View {
  const v: View = { text: '', source: [], len: [], starts: [] };
  let i = 0;
  for (const ch of text) {
    const out = piece(ch, i);
    for (let k = 0; k < out.length; k++) {
      v.source.push(i);
      v.len.push(ch.length);
      v.starts.push(k === 0);
    }
    v.text += out;
    i += ch.length;
  }
  return v;
}

const letterOrSpace = (s: string) => s.replace(/[^\p{L}\p{N}]/gu, ' ');

// Per character, so each is folded once per process rather than once per listed name.
const folded = new Map<string, string>();
function foldChar(ch: string): string {
  let out = folded.get(ch);
  if (out === undefined) {
    out = letterOrSpace(foldText(ch)) || ' ';
    if (folded.size < 50_000) folded.set(ch, out);
  }
  return out;
}

function foldedView(text: string): View {
  return view(text, foldChar);
}

function pinyinView(text: string, initials: boolean): View {
  const reading = new Map<number, string>();
  for (const m of text.matchAll(/\p{Script=Han}+/gu)) {
    let at = m.index;
    for (const s of syllables(m[0])) {
      reading.set(at, initials ? s.slice(0, 1) : s.replace(/ü/g, 'u'));
      at += 1;
    }
  }
  return view(text, (ch, i) => reading.get(i) ?? ' ');
}

function romanView(text: string): View {
  // Folded first, so accented letters (ή, ϊ) romanise like their base letters.
  return view(text, (ch) => {
    const folded = foldChar(ch);
    return romanizeChar(folded) ?? folded;
  });
}

/** The source range of the first `needle` in the view at a word start, a piece start or anywhere. */
function find(v: View, needle: string, at: 'word' | 'piece' | 'anywhere'): Range | null {
  for (let i = v.text.indexOf(needle); i >= 0; i = v.text.indexOf(needle, i + 1)) {
    const ok =
      at === 'anywhere' || (at === 'piece' ? v.starts[i] : i === 0 || v.text[i - 1] === ' ');
    if (!ok) continue;
    const last = i + needle.length - 1;
    return [v.source[i]!, v.source[last]! + v.len[last]!];
  }
  return null;
}

/**
 * Where a query matched a name, for marking it in a list. Each query word is looked for at a
 * word start, then anywhere (CJK substrings); then the query as pinyin, initials and
 * transliteration. Empty when the record matched through another field.
 */
export function highlight(text: string, q: string): Range[] {
  const query = fold(q);
  if (!query || !text) return [];
  const words = queryWords(query);
  const base = foldedView(text);
  const hits = words.map((w) => find(base, w, 'word') ?? find(base, w, 'anywhere'));
  if (hits.every(Boolean)) return merge(hits as Range[], text.length);
  const whole = compact(query);
  if (/^[a-z]+$/.test(whole) && /\p{Script=Han}/u.test(text)) {
    const hit =
      find(pinyinView(text, false), whole, 'piece') ?? find(pinyinView(text, true), whole, 'piece');
    if (hit) return merge([hit], text.length);
  }
  const roman = romanView(text);
  const romanHits = words.map((w) => find(roman, w, 'word'));
  if (romanHits.every(Boolean)) return merge(romanHits as Range[], text.length);
  return [];
}

function merge(ranges: Range[], length: number): Range[] {
  const sorted = ranges
    .map(([s, e]): Range => [s, Math.min(e, length)])
    .sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([...r]);
  }
  return out;
}
