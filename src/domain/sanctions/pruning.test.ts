import { describe, expect, it } from 'vitest';
import { jaroWinkler, jaroWinklerBound } from './jaro-winkler.ts';
import { evidence, NAME_FLOOR, scoreNames, verdict } from './match.ts';
import { normaliseName } from './normalise.ts';
import { ScreenIndex, type ScreenEntry } from './screen-index.ts';

// Screening skips names that cannot reach NAME_FLOOR and token pairs that cannot reach
// TOKEN_MIN. These tests hold the shortcuts to the full computation: never a hit lost or changed.

const PAIRS: [string, string][] = [
  ['Алексей Иванов', 'IVANOV, Alexey'],
  ['محمد علي', 'Mohammed Ali'],
  ['أسامة بن لادن', 'Usama bin Laden'],
  ['王小明', 'WANG Xiaoming'],
  ['华为技术有限公司', 'Huawei Jishu Co., Ltd.'],
  ['Smith Industries', 'Smyth Industries Ltd'],
  ['Kim Jong Un', 'KIM Jong-un'],
  ['Banco Nacional de Cuba', 'BANCO NACIONAL DE CUBA S.A.'],
  ['Aleksei Smirnov', 'Aleksei Cmirnov'],
  ['Global Trading LLC', 'Global Logistics LLC'],
  ['Golden Star Trading Co', 'Golden Sun Trading Co'],
  ['Rosneft', 'Rosneft Oil Trading Company'],
  ['Aleksandr Ivanov', 'Aleksei Ivanov'],
  ['Mohamed Hassan Ali Omar Said Salem', 'Muhammad Hasan Ali Omar Saeed Salim Nasser'],
  ['A B C D E F', 'A B C D E F G'],
];

describe('scoring with a floor', () => {
  it.each(PAIRS)('%s / %s: the same score at or over NAME_FLOOR', (a, b) => {
    const full = scoreNames(normaliseName(a), normaliseName(b));
    const floored = scoreNames(normaliseName(a), normaliseName(b), NAME_FLOOR);
    if (full.score >= NAME_FLOOR) expect(floored).toEqual(full);
    else expect(floored.score).toBeLessThan(NAME_FLOOR);
  });
});

describe('the Jaro–Winkler bound', () => {
  it.each([
    ['martha', 'marhta'],
    ['dwayne', 'duane'],
    ['smirnov', 'cmirnov'],
    ['aaaa', 'aaab'],
    ['abc', 'cba'],
    ['mhmd', 'mhmmd'],
    ['a', 'a'],
  ])('%s / %s: never below the score', (a, b) => {
    expect(jaroWinklerBound(a, b)).toBeGreaterThanOrEqual(jaroWinkler(a, b));
  });

  it('holds for 20,000 generated pairs', () => {
    const rnd = lcg(7);
    const word = () => {
      let w = '';
      for (let n = 2 + Math.floor(rnd() * 9); n > 0; n--)
        w += 'aeioubdklmnrst'[Math.floor(rnd() * 14)];
      return w;
    };
    for (let i = 0; i < 20_000; i++) {
      const a = word();
      const b = rnd() < 0.5 ? word() : a.slice(0, 2) + word().slice(0, 3) + a.slice(2);
      expect(jaroWinklerBound(a, b)).toBeGreaterThanOrEqual(jaroWinkler(a, b));
    }
  });
});

describe('the screening index against scoring every blocked name in full', () => {
  // Few syllables on purpose, so names resemble each other and many are near the threshold.
  const rnd = lcg(42);
  const SYL = ['ka', 'lo', 'mi', 'ren', 'dor', 'vas', 'tel', 'an', 'sel', 'dum', 'kal', 'lor'];
  const word = () => SYL[Math.floor(rnd() * 12)]! + SYL[Math.floor(rnd() * 12)]!;
  const name = () => {
    const n = 1 + Math.floor(rnd() * 4);
    return Array.from({ length: n }, word).join(' ') + (rnd() < 0.2 ? ' Trading LLC' : '');
  };
  const entries: ScreenEntry[] = Array.from({ length: 300 }, (_, i) => ({
    id: `e${i}`,
    listId: 'own',
    names: [name(), name()],
    countries: ['RU'],
    birthDates: [],
  }));
  const index = new ScreenIndex(entries);
  const keys = (n: string) =>
    new Set(normaliseName(n).flatMap((v) => v.map((t) => t.text.slice(0, 3))));

  // The reference: every entry name sharing a token's first three letters, scored in full.
  const listed = entries.flatMap((e) =>
    e.names.map((n) => ({ e, n, forms: normaliseName(n), keys: keys(n) })),
  );
  const reference = (query: string) => {
    const qk = keys(query);
    const q = normaliseName(query);
    const best = new Map<string, { entryId: string; score: number; name: string }>();
    for (const { e, n, forms, keys: ek } of listed) {
      if (![...ek].some((k) => qk.has(k))) continue;
      const v = verdict(scoreNames(q, forms).score, evidence({ country: 'RU' }, e));
      const prev = best.get(e.id);
      if (v.hit && !(prev && prev.score >= v.score))
        best.set(e.id, { entryId: e.id, score: v.score, name: n });
    }
    return [...best.values()].sort(
      (a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId),
    );
  };

  it('finds the same hits for 500 generated names', () => {
    let hits = 0;
    for (let i = 0; i < 500; i++) {
      const query = name();
      const got = index
        .screen({ name: query, country: 'RU' })
        .map((h) => ({ entryId: h.entryId, score: h.score, name: h.name }))
        .sort((a, b) => b.score - a.score || a.entryId.localeCompare(b.entryId));
      expect(got, query).toEqual(reference(query));
      hits += got.length;
    }
    expect(hits).toBeGreaterThan(25);
  });
});

function lcg(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}
