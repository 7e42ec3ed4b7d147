import {
  evidence,
  lengthsCanReach,
  NAME_FLOOR,
  scoreNames,
  verdict,
  type TokenPair,
} from './match.ts';
import { SimilarityMemo } from './similarity-memo.ts';
import { normaliseName, type NameToken, type NameVariant } from './normalise.ts';

export interface ScreenEntry {
  id: string;
  listId: string;
  /** The primary name first, then aliases and other spellings. */
  names: string[];
  countries: string[];
  birthDates: string[];
}

export interface ScreenQuery {
  name: string;
  country?: string | null;
  birthDate?: string | null;
}

export interface ScreenHit {
  listId: string;
  entryId: string;
  /** The entry's name (or alias) that matched. */
  name: string;
  score: number;
  nameScore: number;
  matchedOn: {
    tokens: TokenPair[];
    country: 'same' | 'different' | null;
    birthDate: 'same' | 'same-year' | 'different' | null;
  };
}

interface IndexedName {
  entry: ScreenEntry;
  name: string;
  variants: NameVariant[];
  /** Each token's number in the index's vocabulary, per form. */
  tokenIds: number[][];
}

/** Postings of one blocking key, by token count of the names' forms (index = count). */
type Postings = (number[] | undefined)[];

/**
 * The list entries held in memory, with a blocking index so a name is scored only against the
 * entry names that share a token start with it: three letters of a Latin spelling
 * (`textKey`), or the first two consonants of a skeleton when one side was written in an abjad
 * (`skelKey`). A true hit shares at least one whole word, so its first letters agree; a name
 * misspelt in the first three letters of every word is not found (said in docs/risk.md).
 *
 * Each key's postings are kept apart by the token count of the name's forms, and a query looks
 * only at counts that can reach `NAME_FLOOR` against one of its own (`lengthsCanReach`): a
 * two-word customer is never scored against a three-word company however many words they share
 * (`Trading`), since 2/3 is below the floor. The others could not be hits, so the hits are the
 * same as scoring every name that shares a key.
 */
export class ScreenIndex {
  private readonly names: IndexedName[] = [];
  private readonly byText = new Map<string, Postings>();
  private readonly latinBySkel = new Map<string, Postings>();
  private readonly abjadBySkel = new Map<string, Postings>();
  private longest = 0;
  // Distinct entry tokens: common words (`Trading`, `Mohammed`) recur across hundreds of the
  // candidates of one query, and their similarity to a query token is computed once per query.
  private readonly vocabulary = new Map<string, number>();
  private readonly vocabularyTokens: NameToken[] = [];
  private readonly memo = new SimilarityMemo(this.vocabularyTokens);
  // Marks which names a query already collected, stamped per query instead of cleared.
  private marks = new Uint32Array(0);
  private stamp = 0;

  constructor(entries: Iterable<ScreenEntry>) {
    for (const entry of entries) for (const name of entry.names) this.add(entry, name);
    this.marks = new Uint32Array(this.names.length);
  }

  get size(): number {
    return this.names.length;
  }

  private add(entry: ScreenEntry, name: string) {
    const variants = normaliseName(name);
    if (!variants.length) return;
    const tokenIds = variants.map((v) => v.map((t) => this.tokenId(t)));
    const at = this.names.push({ entry, name, variants, tokenIds }) - 1;
    // A name is found through any form's keys, under every form's token count.
    const counts = [...new Set(variants.map((v) => v.length))];
    for (const n of counts) this.longest = Math.max(this.longest, n);
    for (const v of variants)
      for (const t of v)
        for (const n of counts) {
          if (t.abjad) push(this.abjadBySkel, skelKey(t), n, at);
          else {
            push(this.byText, textKey(t), n, at);
            if (t.skel) push(this.latinBySkel, skelKey(t), n, at);
          }
        }
  }

  private tokenId(t: NameToken): number {
    // What `tokenSimilarity` reads of a token.
    const key = `${t.abjad ? 'a' : 'l'}${t.text}\u0000${t.skel}`;
    let id = this.vocabulary.get(key);
    if (id === undefined) {
      this.vocabulary.set(key, (id = this.vocabulary.size));
      this.vocabularyTokens.push(t);
    }
    return id;
  }

  private candidates(q: NameVariant[]): number[] {
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    const counts: number[] = [];
    for (let n = 1; n <= this.longest; n++)
      if (q.some((v) => lengthsCanReach(v.length, n, NAME_FLOOR))) counts.push(n);
    const out: number[] = [];
    const take = (postings: Postings | undefined) => {
      if (!postings) return;
      let list: number[] = [];
      for (const n of counts) {
        const part = postings[n];
        if (part) list = list.length ? list.concat(part) : part;
      }
      // In name order, as one list per key would give: of two equal scores of one entry, the
      // first name's is the one reported.
      if (list.length && counts.length > 1) list = [...list].sort((a, b) => a - b);
      for (const i of list)
        if (this.marks[i] !== this.stamp) {
          this.marks[i] = this.stamp;
          out.push(i);
        }
    };
    for (const v of q)
      for (const t of v) {
        if (t.abjad) take(this.latinBySkel.get(skelKey(t)));
        else take(this.byText.get(textKey(t)));
        if (t.skel) take(this.abjadBySkel.get(skelKey(t)));
      }
    return out;
  }

  /** Every entry the query hits, best first; one hit per entry (its best-matching name). */
  screen(query: ScreenQuery): ScreenHit[] {
    const q = normaliseName(query.name);
    if (!q.length) return [];
    const best = new Map<string, ScreenHit>();
    const candidates = this.candidates(q);
    const remembered = this.memo.begin(q);
    for (const i of candidates) {
      const n = this.names[i]!;
      // Below NAME_FLOOR no evidence makes a hit, so names that cannot reach it are not scored.
      if (remembered && !this.memo.couldReach(q, n.tokenIds, NAME_FLOOR)) continue;
      const s = scoreNames(
        q,
        n.variants,
        NAME_FLOOR,
        remembered ? this.memo.similarityFor(n.tokenIds) : undefined,
      );
      if (s.score < NAME_FLOOR) continue;
      const ev = evidence(query, n.entry);
      const v = verdict(s.score, ev);
      if (!v.hit) continue;
      const prev = best.get(n.entry.id);
      if (prev && prev.score >= v.score) continue;
      best.set(n.entry.id, {
        listId: n.entry.listId,
        entryId: n.entry.id,
        name: n.name,
        score: v.score,
        nameScore: Math.round(s.score * 1000) / 1000,
        matchedOn: { tokens: s.pairs, country: ev.country, birthDate: ev.birthDate },
      });
    }
    return [...best.values()].sort((a, b) => b.score - a.score);
  }
}

const textKey = (t: NameToken) => 't' + t.text.slice(0, 3);
const skelKey = (t: NameToken) => 's' + t.skel.slice(0, 2);

function push(map: Map<string, Postings>, key: string, count: number, at: number) {
  let postings = map.get(key);
  if (!postings) map.set(key, (postings = []));
  const list = postings[count];
  if (!list) postings[count] = [at];
  else if (list[list.length - 1] !== at) list.push(at);
}
