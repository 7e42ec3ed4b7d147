import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/dates.ts';
import type { ChurnInput } from './churn.ts';
import {
  CHURN_MODEL,
  churnExample,
  churnFeatures,
  predictChurn,
  trainChurnModel,
} from './churn-model.ts';

const quiet = {
  health: null,
  unansweredMail: { count: 0, oldestDays: 0 },
  openTickets: { count: 0, oldestDays: 0 },
  poorAnswers: [],
  primaryUnsubscribed: false,
} satisfies Omit<ChurnInput, 'today' | 'orders'>;

const on = (today: string, dates: string[], amount = 1000_00): ChurnInput => ({
  ...quiet,
  today,
  orders: dates.map((date) => ({ date, amountMinor: amount })),
});

/** `n` orders every `gap` days ending `endAgo` days before `today`. */
const every = (today: string, gap: number, n: number, endAgo: number) =>
  Array.from({ length: n }, (_, i) => addDays(today, -(endAgo + (n - 1 - i) * gap)));

const T = '2026-06-30';

describe('churn model features', () => {
  it.each([
    // [case, orders, expected features]
    // every 30 days, the last 60 days ago: log1p(60), 60/30 = 2, 11 order days in the last year
    // (60…360 days ago), recent 180 days: 4 (60, 90, 120, 150) vs prior 540: 8 at 30-day steps
    // up to 390 → expected 8 × 180 / 540 = 2.67 → 1.5; value flat → 1; tenure 390/365
    [
      'a monthly buyer gone quiet for 60 days',
      every(T, 30, 12, 60),
      [Math.log1p(60), 2, Math.log1p(11), 1.5, 1, 390 / 365],
    ],
    // one order 100 days ago: no rhythm → a year is the gap; no prior rate → neutral
    [
      'a single order',
      [addDays(T, -100)],
      [Math.log1p(100), 100 / 365, Math.log1p(1), 1, 1, 100 / 365],
    ],
  ])('%s', (_, dates, expected) => {
    const f = churnFeatures(on(T, dates))!;
    f.forEach((v, j) => expect(v).toBeCloseTo(expected[j]!, 10));
  });

  it('ignores orders after the day and has nothing without any order', () => {
    expect(churnFeatures(on(T, [addDays(T, 5)]))).toBeNull();
    expect(churnFeatures(on(T, []))).toBeNull();
  });
});

describe('churn label (definition version 1)', () => {
  const cutoff = addDays(T, -CHURN_MODEL.horizonDays);
  it.each([
    // [case, order dates, expected: null (not in the population) or churned]
    [
      'bought before and after the cut-off: stayed',
      [addDays(cutoff, -400), addDays(cutoff, -30), addDays(cutoff, 30)],
      false,
    ],
    [
      'bought up to the cut-off, then nothing: churned',
      [addDays(cutoff, -400), addDays(cutoff, -30)],
      true,
    ],
    [
      'an order on the training day counts as staying',
      [addDays(cutoff, -400), addDays(cutoff, -1), T],
      false,
    ],
    [
      'under 12 months of orders at the cut-off: left out',
      [addDays(cutoff, -300), addDays(cutoff, 10)],
      null,
    ],
    [
      'no order in the year before the cut-off: already gone, left out',
      [addDays(cutoff, -500), addDays(cutoff, -366)],
      null,
    ],
  ] as const)('%s', (_, dates, expected) => {
    const ex = churnExample(on(T, [...dates]), T);
    expect(ex === null ? null : ex.churned).toBe(expected);
  });
});

describe('training', () => {
  /** A planted signal: customers silent for a long time at the cut-off churn more often. */
  const examples = (n: number) =>
    Array.from({ length: n }, (_, i) => {
      const silence = (i * 37) % 300;
      const noise = ((i * 7919) % 100) / 100;
      return {
        id: `c${i}`,
        features: [Math.log1p(silence), noise, 1],
        churned: silence / 300 + noise * 0.4 > 0.7,
      };
    });

  it('finds the signal: AUC on the held-out customers well above 0.5, a positive weight on silence', () => {
    const out = trainChurnModel(examples(400));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.model.auc).toBeGreaterThan(0.8);
    expect(out.model.coefficients[0]).toBeGreaterThan(0);
    expect(out.model.trainCount + out.model.holdoutCount).toBe(400);
    expect(out.model.holdoutCount).toBeGreaterThan(60);
    // a constant feature adds nothing
    expect(out.model.coefficients[2]).toBeCloseTo(0, 8);
    const risky = predictChurn(out.model, [Math.log1p(290), 0.5, 1]);
    const safe = predictChurn(out.model, [Math.log1p(5), 0.5, 1]);
    expect(risky.probability).toBeGreaterThan(safe.probability);
    expect(risky.contributions[0]).toBeGreaterThan(0);
  });

  it('is the same model on every run', () => {
    expect(trainChurnModel(examples(300))).toEqual(trainChurnModel(examples(300)));
  });

  it.each([
    ['too few customers', examples(199), 'too_few_customers'],
    ['everyone stayed', examples(300).map((e) => ({ ...e, churned: false })), 'one_class'],
  ] as const)('refuses %s', (_, ex, reason) => {
    const out = trainChurnModel([...ex]);
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.reason).toBe(reason);
  });
});
