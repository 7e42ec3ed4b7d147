import { addDays, daysBetween } from '../calendar/dates.ts';
import type { ChurnInput } from './churn.ts';
import {
  auc,
  fitLogistic,
  isHeldOut,
  sigmoid,
  standardise,
  standardiser,
  type Standardiser,
} from './logistic.ts';

/**
 * The churn model trained on a workspace's own history (docs/risk.md, “The churn model”). Pure:
 * the risk module reads the facts (the same `ChurnInput` the rule-based score reads) and stores
 * the model. Definition version 1:
 *
 * - cut-off C = the training day − 180 days; the label window is the 180 days after C;
 * - a customer is a training example when their first order (non-cancelled) is at least 365 days
 *   before C (≥ 12 months of orders) and they ordered in the 365 days up to C (still buying);
 * - they are **churned** when they placed no order in (C, C + 180 days];
 * - the features are worked out from the orders up to C only. The other churn facts (mail,
 *   tickets, feedback, health, contacts) are known only as they are now, not as they were at C,
 *   so training on them would learn from the future: the model uses the order facts alone.
 */
export const CHURN_MODEL = {
  version: 1,
  horizonDays: 180,
  historyDays: 365,
  minCustomers: 200,
  /** each class needs this many examples, or the AUC says nothing */
  minEachClass: 20,
  holdoutPercent: 25,
  seed: 'churn-model-v1',
  lambda: 0.01,
} as const;

export const CHURN_FEATURES = [
  'days_since_last_order',
  'overdue_ratio',
  'order_days_last_year',
  'frequency_change',
  'value_change',
  'tenure_years',
] as const;
export type ChurnFeature = (typeof CHURN_FEATURES)[number];

const cap = (v: number, hi: number) => Math.min(hi, Math.max(0, v));
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/**
 * The feature vector as of `input.today` (orders after it are ignored), in CHURN_FEATURES' order.
 * Null for a customer without an order by then: the model has nothing to say about them.
 */
export function churnFeatures(input: ChurnInput): number[] | null {
  const today = input.today;
  const orders = input.orders
    .filter((o) => o.date <= today)
    .sort((a, b) => a.date.localeCompare(b.date));
  if (!orders.length) return null;
  const days = [...new Set(orders.map((o) => o.date))];
  const since = daysBetween(days[days.length - 1]!, today);
  const gaps = days.slice(1).map((d, i) => daysBetween(days[i]!, d));
  // The customer's own rhythm as the rule reads it; without one, a year is the rhythm.
  const gap = gaps.length >= 2 ? Math.max(1, median(gaps)) : 365;
  const ago = (d: string) => daysBetween(d, today);
  const lastYear = days.filter((d) => ago(d) < 365).length;
  const recent = orders.filter((o) => ago(o.date) < 180).length;
  const prior = orders.filter((o) => ago(o.date) >= 180 && ago(o.date) < 720).length;
  // Recent orders against the rate of the 540 days before; neutral (1) without a prior rate.
  const frequency = prior > 0 ? recent / ((prior * 180) / 540) : 1;
  const valued = orders.filter((o) => o.amountMinor !== null) as { amountMinor: number }[];
  const avg = (xs: { amountMinor: number }[]) =>
    xs.reduce((s, o) => s + o.amountMinor, 0) / xs.length;
  const before = valued.length >= 4 ? avg(valued.slice(-9, -3)) : 0;
  const value = before > 0 ? avg(valued.slice(-3)) / before : 1;
  return [
    Math.log1p(since),
    cap(since / gap, 10),
    Math.log1p(lastYear),
    cap(frequency, 3),
    cap(value, 3),
    cap(daysBetween(days[0]!, today) / 365, 3),
  ];
}

/**
 * A customer's training example for a model trained on `trainedOn`: null when they are not in
 * the population (definition above), else their features at the cut-off and whether they churned.
 * `input.orders` must hold the orders up to `trainedOn`; `input.today` is ignored.
 */
export function churnExample(
  input: ChurnInput,
  trainedOn: string,
): { features: number[]; churned: boolean } | null {
  const cutoff = addDays(trainedOn, -CHURN_MODEL.horizonDays);
  const dates = input.orders.map((o) => o.date).filter((d) => d <= trainedOn);
  const first = dates.reduce((a, b) => (a < b ? a : b), '9999-12-31');
  if (first > addDays(cutoff, -CHURN_MODEL.historyDays)) return null;
  if (!dates.some((d) => d > addDays(cutoff, -CHURN_MODEL.historyDays) && d <= cutoff)) return null;
  const features = churnFeatures({ ...input, today: cutoff });
  if (!features) return null;
  return { features, churned: !dates.some((d) => d > cutoff) };
}

export interface ChurnModel {
  version: number;
  features: readonly ChurnFeature[];
  intercept: number;
  coefficients: number[];
  scaler: Standardiser;
  auc: number;
  trainCount: number;
  holdoutCount: number;
  churnedCount: number;
  examples: number;
}

export type TrainOutcome =
  | { ok: true; model: ChurnModel }
  | {
      ok: false;
      reason: 'too_few_customers' | 'one_class' | 'holdout_one_class';
      examples: number;
      churned: number;
    };

/** Trains on the examples (customer id, features, label): fit on the rest, AUC on the held out. */
export function trainChurnModel(
  examples: { id: string; features: number[]; churned: boolean }[],
): TrainOutcome {
  const churned = examples.filter((e) => e.churned).length;
  const n = examples.length;
  if (n < CHURN_MODEL.minCustomers)
    return { ok: false, reason: 'too_few_customers', examples: n, churned };
  if (Math.min(churned, n - churned) < CHURN_MODEL.minEachClass)
    return { ok: false, reason: 'one_class', examples: n, churned };
  const held = (e: { id: string }) => isHeldOut(e.id, CHURN_MODEL.seed, CHURN_MODEL.holdoutPercent);
  const train = examples.filter((e) => !held(e));
  const test = examples.filter(held);
  const label = (e: { churned: boolean }) => (e.churned ? 1 : 0);
  // Means and scales from the training part only, so the hold-out stays unseen.
  const scaler = standardiser(train.map((e) => e.features));
  const fit = fitLogistic(
    train.map((e) => standardise(scaler, e.features)),
    train.map(label),
    { lambda: CHURN_MODEL.lambda },
  );
  const model = { intercept: fit.intercept, coefficients: fit.weights, scaler };
  const a = auc(
    test.map((e) => predictChurn(model, e.features).probability),
    test.map(label),
  );
  if (a === null) return { ok: false, reason: 'holdout_one_class', examples: n, churned };
  return {
    ok: true,
    model: {
      version: CHURN_MODEL.version,
      features: CHURN_FEATURES,
      ...model,
      auc: a,
      trainCount: train.length,
      holdoutCount: test.length,
      churnedCount: churned,
      examples: n,
    },
  };
}

/**
 * The probability of churning in the next 180 days, and each feature's contribution to the
 * log-odds (coefficient × standardised value: how far this customer's figure moves them from
 * the workspace's average customer).
 */
export function predictChurn(
  model: Pick<ChurnModel, 'intercept' | 'coefficients' | 'scaler'>,
  features: number[],
): { probability: number; contributions: number[] } {
  const z = standardise(model.scaler, features);
  const contributions = z.map((v, j) => v * model.coefficients[j]!);
  const logit = model.intercept + contributions.reduce((s, c) => s + c, 0);
  return { probability: sigmoid(logit), contributions };
}
