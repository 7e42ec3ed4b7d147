/**
 * Jaro–Winkler similarity (0–1) of two strings, with the usual prefix scale 0.1 over at most
 * four characters. Written out here rather than taken from a package: it runs millions of times
 * in a screening run, so it reuses two flag buffers instead of allocating per call.
 */
let flagsA = new Uint8Array(64);
let flagsB = new Uint8Array(64);

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  if (la > flagsA.length || lb > flagsB.length) {
    flagsA = new Uint8Array(Math.max(la, lb) * 2);
    flagsB = new Uint8Array(Math.max(la, lb) * 2);
  }
  flagsA.fill(0, 0, la);
  flagsB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const lo = Math.max(0, i - window);
    const hi = Math.min(lb - 1, i + window);
    const c = a.charCodeAt(i);
    for (let j = lo; j <= hi; j++) {
      if (!flagsB[j] && b.charCodeAt(j) === c) {
        flagsA[i] = 1;
        flagsB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (!matches) return 0;
  let t = 0;
  for (let i = 0, j = 0; i < la; i++) {
    if (!flagsA[i]) continue;
    while (!flagsB[j]) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) t++;
    j++;
  }
  const jaro = (matches / la + matches / lb + (matches - t / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/**
 * An upper bound of `jaroWinkler(a, b)` at a fraction of its cost, to skip pairs that cannot
 * reach a threshold. A character can only match one the other string also holds, so the matches
 * are at most the characters of each whose letter (hashed to 32 bits, which only overcounts)
 * occurs in the other; transpositions are taken as none; the prefix is the real one.
 */
export function jaroWinklerBound(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (!la || !lb) return 0;
  let maskA = 0;
  let maskB = 0;
  for (let i = 0; i < la; i++) maskA |= 1 << (a.charCodeAt(i) & 31);
  for (let j = 0; j < lb; j++) maskB |= 1 << (b.charCodeAt(j) & 31);
  let inB = 0;
  let inA = 0;
  for (let i = 0; i < la; i++) if (maskB & (1 << (a.charCodeAt(i) & 31))) inB++;
  for (let j = 0; j < lb; j++) if (maskA & (1 << (b.charCodeAt(j) & 31))) inA++;
  const m = Math.min(inA, inB);
  if (!m) return 0;
  const jaro = (m / la + m / lb + 1) / 3;
  let prefix = 0;
  while (prefix < 4 && prefix < la && prefix < lb && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}
