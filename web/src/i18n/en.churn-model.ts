/** English for the churn model trained on the workspace's history (docs/risk.md, “The churn model”). */
export const enChurnModel = {
  churnModel: {
    title: 'Churn model (trained on your history)',
    definition:
      'A logistic regression on your own orders. A customer with at least {{historyDays}} days of orders at a cut-off {{horizonDays}} days ago, who bought in the year before it, counts as churned when they placed no order in the {{horizonDays}} days after it. {{holdoutPercent}} % of customers are held out to measure it.',
    notEnough: 'Not enough history: {{have}} of {{need}} customers with 12 months of orders',
    notEnoughOutcomes:
      '{{churned}} churned and {{stayed}} stayed; at least {{each}} of each are needed',
    eligible: '{{have}} customers with 12 months of orders ({{churned}} churned): enough to train',
    notCounted: 'Your history has not been counted yet',
    counting: 'Counting your history…',
    countedOn: 'Counted on {{date}} (nightly, and whenever you train)',
    checkNow: 'Count now',
    train: 'Train on our history',
    retrain: 'Train again',
    trained: 'Trained; it stays off until switched on',
    none: 'No model trained yet',
    auc: 'AUC on held-out customers',
    aucHint: '0.5 is no better than chance, 1 ranks every churner first',
    trainedOn:
      'Trained on {{date}} from {{examples}} customers ({{train}} to fit, {{holdout}} held out) in {{seconds}} s',
    enabled: 'Shown on customers’ risk cards',
    enabledHint:
      'When on, each customer’s risk card shows the model’s probability beside the rule-based score, never instead of it. Training again switches it off.',
    feature: 'Feature',
    coefficient: 'Weight',
    weightHint: 'Change in log-odds of churning per standard deviation; positive raises the risk',
    label: 'Churn model',
    probability: '{{percent}} % chance of no order in the next {{days}} days',
    cardHint:
      'The workspace’s trained model (AUC {{auc}}, trained {{date}}); the rule-based score above stays the reference',
    raises: 'raises',
    lowers: 'lowers',
    features: {
      days_since_last_order: 'Days since the last order (log)',
      overdue_ratio: 'Days since the last order ÷ usual gap',
      order_days_last_year: 'Order days in the last year (log)',
      frequency_change: 'Orders in the last 180 days against the earlier rate',
      value_change: 'Recent order value against earlier',
      tenure_years: 'Years since the first order (up to 3)',
    },
  },
};
