import { describe, expect, it } from 'vitest';
import {
  auc,
  fitLogistic,
  isHeldOut,
  sigmoid,
  solve,
  standardise,
  standardiser,
} from './logistic.ts';

describe('AUC (Mann–Whitney)', () => {
  it.each([
    // [case, scores, labels, expected]
    ['perfect ranking', [0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1], 1],
    ['reversed ranking', [0.9, 0.8, 0.2, 0.1], [0, 0, 1, 1], 0],
    // pairs (pos, neg): (0.8 > 0.1) (0.8 > 0.9 no) (0.3 > 0.1) (0.3 > 0.9 no) → 2 of 4
    ['half right', [0.1, 0.9, 0.8, 0.3], [0, 0, 1, 1], 0.5],
    ['all tied: a coin', [0.5, 0.5, 0.5, 0.5], [0, 1, 0, 1], 0.5],
    // one pos 0.5, negs 0.5 (tie, ½) and 0.2 (right) → 1.5 / 2
    ['a tie counts half', [0.5, 0.5, 0.2], [1, 0, 0], 0.75],
    // 3 pos × 2 neg = 6 pairs, pos 0.4 loses to neg 0.6 only → 5/6
    ['one pair wrong', [0.9, 0.7, 0.4, 0.6, 0.1], [1, 1, 1, 0, 0], 5 / 6],
  ] as const)('%s', (_, scores, labels, expected) => {
    expect(auc([...scores], [...labels])).toBeCloseTo(expected, 12);
  });

  it('says nothing without both classes', () => {
    expect(auc([0.1, 0.2], [1, 1])).toBeNull();
    expect(auc([], [])).toBeNull();
  });
});

describe('standardisation', () => {
  it('centres on the mean and scales by the population standard deviation', () => {
    // column 0: 1, 3 → mean 2, sd 1; column 1 constant → scale 1, so it adds nothing
    const s = standardiser([
      [1, 5],
      [3, 5],
    ]);
    expect(s).toEqual({ means: [2, 5], scales: [1, 1] });
    expect(standardise(s, [4, 5])).toEqual([2, 0]);
  });
});

describe('logistic regression (IRLS, L2)', () => {
  it('solves a linear system', () => {
    // 2x + y = 5, x + 3y = 10 → x = 1, y = 3
    const x = solve(
      [
        [2, 1],
        [1, 3],
      ],
      [5, 10],
    );
    expect(x[0]).toBeCloseTo(1, 12);
    expect(x[1]).toBeCloseTo(3, 12);
  });

  it('learns nothing from a feature unrelated to the label: the intercept is the log-odds', () => {
    // 3 of 4 positive at every x → p = 0.75, intercept ln 3, weight 0
    const X = [[-1], [-1], [-1], [-1], [1], [1], [1], [1]];
    const y = [1, 1, 1, 0, 1, 1, 1, 0] as const;
    const fit = fitLogistic(X, [...y], { lambda: 0 });
    expect(fit.converged).toBe(true);
    expect(fit.intercept).toBeCloseTo(Math.log(3), 8);
    expect(fit.weights[0]).toBeCloseTo(0, 8);
  });

  it('matches the hand-computed odds ratio of a binary feature', () => {
    // x = −1: 1 of 4 positive (odds 1/3); x = +1: 3 of 4 (odds 3). Unpenalised:
    // intercept 0, weight (ln 3 − ln ⅓) / 2 = ln 3.
    const X = [[-1], [-1], [-1], [-1], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0] as const;
    const fit = fitLogistic(X, [...y], { lambda: 0 });
    expect(fit.intercept).toBeCloseTo(0, 8);
    expect(fit.weights[0]).toBeCloseTo(Math.log(3), 8);
  });

  it('keeps separable data finite with L2 and ranks it perfectly', () => {
    const X = [[-2], [-1], [-0.5], [0.5], [1], [2]];
    const y = [0, 0, 0, 1, 1, 1] as const;
    const fit = fitLogistic(X, [...y], { lambda: 0.1 });
    expect(fit.converged).toBe(true);
    expect(Number.isFinite(fit.weights[0])).toBe(true);
    expect(fit.weights[0]).toBeGreaterThan(0);
    const p = X.map((x) => sigmoid(fit.intercept + fit.weights[0]! * x[0]!));
    expect(auc(p, [...y])).toBe(1);
  });

  it('shrinks the weights as λ grows', () => {
    const X = [[-1], [-1], [-1], [-1], [1], [1], [1], [1]];
    const y = [1, 0, 0, 0, 1, 1, 1, 0] as const;
    const w = [0, 0.1, 1].map((lambda) => fitLogistic(X, [...y], { lambda }).weights[0]!);
    expect(w[0]).toBeGreaterThan(w[1]!);
    expect(w[1]).toBeGreaterThan(w[2]!);
  });
});

describe('hold-out split', () => {
  it('is deterministic per customer and close to the asked share', () => {
    const ids = Array.from({ length: 4000 }, (_, i) => `cust-${i}`);
    const held = ids.filter((id) => isHeldOut(id, 'seed', 25));
    expect(held.length / ids.length).toBeGreaterThan(0.22);
    expect(held.length / ids.length).toBeLessThan(0.28);
    expect(ids.filter((id) => isHeldOut(id, 'seed', 25))).toEqual(held);
    // another seed holds out other customers
    expect(ids.filter((id) => isHeldOut(id, 'other', 25))).not.toEqual(held);
  });
});
