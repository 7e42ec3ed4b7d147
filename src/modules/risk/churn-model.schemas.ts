import { Type } from '@sinclair/typebox';
import { CHURN_FEATURES } from '../../domain/risk/churn-model.ts';
import { Nullable, OneOf } from '../../http/schema-helpers.ts';

const Feature = OneOf(CHURN_FEATURES);

/** A trained churn model: what explains it and how well it did on held-out customers. */
export const ChurnModelOut = Type.Object({
  version: Type.Integer({ description: 'the churn definition version it was trained under' }),
  trainedOn: Type.String({ format: 'date' }),
  trainedAt: Type.String(),
  trainedBy: Type.String(),
  trainMs: Type.Integer({ description: 'how long training took, reading the facts included' }),
  auc: Type.Number({
    description: 'ROC AUC on the held-out customers (0.5: no better than chance)',
  }),
  examples: Type.Integer({ description: 'customers with 12 months of orders at the cut-off' }),
  trainCount: Type.Integer(),
  holdoutCount: Type.Integer(),
  churnedCount: Type.Integer(),
  enabled: Type.Boolean(),
  enabledAt: Nullable(Type.String()),
  enabledBy: Nullable(Type.String()),
  intercept: Type.Number(),
  coefficients: Type.Array(
    Type.Object({
      feature: Feature,
      coefficient: Type.Number({ description: 'change in log-odds per standard deviation' }),
      mean: Type.Number(),
      scale: Type.Number(),
    }),
  ),
});

export const ChurnModelStatusOut = Type.Object({
  definition: Type.Object({
    version: Type.Integer(),
    horizonDays: Type.Integer({
      description: 'churned: no order in this many days after the cut-off',
    }),
    historyDays: Type.Integer({ description: 'orders needed before the cut-off' }),
    holdoutPercent: Type.Integer(),
    features: Type.Array(Feature),
  }),
  eligibility: Nullable(
    Type.Object(
      {
        eligible: Type.Boolean(),
        customersWithHistory: Type.Integer(),
        churned: Type.Integer(),
        needed: Type.Integer(),
        neededEachOutcome: Type.Integer(),
        checkedOn: Type.String({
          format: 'date',
          description: 'the day the history was counted as of',
        }),
        checkedAt: Type.String(),
      },
      {
        description:
          'as last counted (nightly, on “check now” and by each training); null until first counted',
      },
    ),
  ),
  checking: Type.Boolean({ description: 'a count of the history is queued or running' }),
  model: Nullable(ChurnModelOut),
});

/** The model's view of one customer, beside (never instead of) the rule-based score. */
export const ModelChurnOut = Type.Object({
  probability: Type.Number({ minimum: 0, maximum: 1 }),
  horizonDays: Type.Integer(),
  auc: Type.Number(),
  trainedOn: Type.String({ format: 'date' }),
  contributions: Type.Array(
    Type.Object({
      feature: Feature,
      value: Type.Number(),
      contribution: Type.Number({ description: 'log-odds against the average customer' }),
    }),
  ),
});
