import { evidence, scoreNames, verdict, type TokenPair } from './match.ts';
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
}

/**
 * The list entries held in memory, with a blocking index so a name is scored only against the
 * entry names that share a token start with it: three letters of a Latin spelling
 * (`textKey`), or the first two consonants of a skeleton when one side was written in an abjad
 * (`skelKey`). A true hit shares at least one whole word, so its first letters agree; a name
 * misspelt in the first three letters of every word is not found (said in docs/risk.md).
 */
export class ScreenIndex {
  private readonly names: IndexedName[] = [];
  private readonly byText = new Map<string, number[]>();
  private readonly latinBySkel = new Map<string, number[]>();
  private readonly abjadBySkel = new Map<string, number[]>();
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
    const at = this.names.push({ entry, name, variants }) - 1;
    for (const v of variants)
      for (const t of v) {
        if (t.abjad) push(this.abjadBySkel, skelKey(t), at);
        else {
          push(this.byText, textKey(t), at);
          if (t.skel) push(this.latinBySkel, skelKey(t), at);
        }
      }
  }

  private candidates(q: NameVariant[]): number[] {
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    const out: number[] = [];
    const take = (list: number[] | undefined) => {
      if (!list) return;
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
    for (const i of this.candidates(q)) {
      const n = this.names[i]!;
      const s = scoreNames(q, n.variants);
      if (s.score < 0.5) continue;
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

function push(map: Map<string, number[]>, key: string, at: number) {
  const list = map.get(key);
  if (!list) map.set(key, [at]);
  else if (list[list.length - 1] !== at) list.push(at);
}
