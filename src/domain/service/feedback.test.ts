import { describe, expect, it } from 'vitest';
import { csatOf, npsBy, npsClass, npsOf } from './feedback.ts';

describe('NPS and CSAT with their counts', () => {
  it.each([
    [0, 'detractor'],
    [6, 'detractor'],
    [7, 'passive'],
    [8, 'passive'],
    [9, 'promoter'],
    [10, 'promoter'],
  ] as const)('an answer of %i is a %s', (score, cls) => expect(npsClass(score)).toBe(cls));

  it.each([[-1], [11], [7.5], [Number.NaN]])('refuses %d as an NPS answer', (score) =>
    expect(() => npsClass(score)).toThrow(RangeError),
  );

  it.each([
    ['half promoters, a quarter detractors', [10, 9, 10, 9, 8, 7, 3, 0], 25],
    ['all detractors', [0, 1, 2, 3, 6], -100],
    ['all passives', [7, 8, 7, 8, 7], 0],
    ['rounds to a whole number: 2 of 3 promoters… of 6', [10, 10, 9, 6, 7, 8], 33],
  ])('%s: NPS %i', (_what, scores, nps) => {
    const f = npsOf(scores);
    expect(f.nps).toBe(nps);
    expect(f.answers).toBe(scores.length);
    expect(f.promoters + f.passives + f.detractors).toBe(scores.length);
  });

  it('shows no figure under the minimum count, only the count', () => {
    expect(npsOf([10, 10, 10, 10])).toEqual({
      answers: 4,
      promoters: 4,
      passives: 0,
      detractors: 0,
      nps: null,
    });
    expect(npsOf([], 0).nps).toBeNull();
    expect(csatOf([5, 5])).toEqual({ answers: 2, average: null, satisfiedPercent: null });
  });

  it('CSAT: the mean of 1–5 and the share of 4 and 5', () => {
    expect(csatOf([5, 4, 3, 5, 1])).toEqual({ answers: 5, average: 3.6, satisfiedPercent: 60 });
    expect(() => csatOf([0, 5, 5, 5, 5])).toThrow(RangeError);
  });

  it('groups by market, each figure with its count, small markets without one', () => {
    const answers = [
      ...[10, 9, 9, 8, 2].map((score) => ({ country: 'DE', score })),
      ...[10, 3].map((score) => ({ country: 'BR', score })),
    ];
    expect(
      npsBy(
        answers,
        (a) => a.country,
        (a) => a.score,
      ).map((g) => [g.key, g.figure.answers, g.figure.nps]),
    ).toEqual([
      ['BR', 2, null],
      ['DE', 5, 40],
    ]);
  });
});
