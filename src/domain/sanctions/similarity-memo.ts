import { lengthsCanReach, tokenSimilarity, type TokenSimilarityOf } from './match.ts';
import type { NameToken, NameVariant } from './normalise.ts';

/** Bits of a 32-bit mask: one per query token, so longer queries are not remembered. */
const MAX_TOKENS = 32;

/**
 * One query's token similarities against the distinct tokens of a list (its vocabulary), each
 * computed once: common words (`Trading`, `Mohammed`) recur in hundreds of a query's candidate
 * names. Per vocabulary token it also keeps which query tokens are similar to it at all (a bit
 * mask), which bounds a candidate's score before the names are paired (`couldReach`).
 */
export class SimilarityMemo {
  private sims = new Float64Array(0);
  private masks = new Uint32Array(0);
  private stamps = new Uint32Array(0);
  private stamp = 0;
  private tokens: NameToken[] = [];
  private starts: number[] = [];
  private bits: number[] = [];

  constructor(private readonly vocabulary: readonly NameToken[]) {}

  /** Starts a query; false when it has too many tokens to be remembered. */
  begin(q: NameVariant[]): boolean {
    this.tokens = [];
    this.starts = [];
    this.bits = [];
    for (const v of q) {
      this.starts.push(this.tokens.length);
      let bits = 0;
      for (const t of v) bits |= 1 << (this.tokens.push(t) - 1);
      this.bits.push(bits >>> 0);
    }
    if (this.tokens.length > MAX_TOKENS) return false;
    const size = this.vocabulary.length;
    if (this.stamps.length < size) {
      this.masks = new Uint32Array(size);
      this.stamps = new Uint32Array(size);
    }
    if (this.sims.length < size * this.tokens.length)
      this.sims = new Float64Array(size * this.tokens.length);
    this.stamp = (this.stamp + 1) >>> 0 || 1;
    return true;
  }

  /** Which query tokens are similar to vocabulary token `id`, computing its row if new. */
  private mask(id: number): number {
    if (this.stamps[id] === this.stamp) return this.masks[id]!;
    const k = this.tokens.length;
    const entry = this.vocabulary[id]!;
    let mask = 0;
    for (let t = 0; t < k; t++) {
      const s = tokenSimilarity(this.tokens[t]!, entry);
      this.sims[id * k + t] = s;
      if (s > 0) mask |= 1 << t;
    }
    this.masks[id] = mask >>> 0;
    this.stamps[id] = this.stamp;
    return mask >>> 0;
  }

  /** `tokenSimilarity` for a candidate whose forms' tokens have these vocabulary ids. */
  similarityFor(ids: number[][]): TokenSimilarityOf {
    return (a, i, b, j) => {
      const id = ids[b]![j]!;
      this.mask(id);
      return this.sims[id * this.tokens.length + this.starts[a]! + i]!;
    };
  }

  /**
   * Whether some pair of forms could score `floor`: the sum of a pairing is at most the number
   * of query tokens with a similar entry token, and at most the number of entry tokens with a
   * similar query token (each pair adds at most 1), so below it the names cannot reach it.
   */
  couldReach(q: NameVariant[], ids: number[][], floor: number): boolean {
    for (let a = 0; a < q.length; a++) {
      const qLen = q[a]!.length;
      for (const form of ids) {
        if (!lengthsCanReach(qLen, form.length, floor)) continue;
        let rows = 0;
        let columns = 0;
        for (const id of form) {
          const m = this.mask(id) & this.bits[a]!;
          if (m) columns++;
          rows |= m;
        }
        const paired = Math.min(popcount(rows), columns);
        if (paired / Math.max(qLen, form.length) >= floor) return true;
      }
    }
    return false;
  }
}

function popcount(n: number): number {
  let c = 0;
  for (let m = n >>> 0; m; m &= m - 1) c++;
  return c;
}
