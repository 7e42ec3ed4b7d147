/** English for the field-error codes of payments, credit and country risk (src/domain/field-errors.ts). */
export const enRiskErrors = {
  order_cancelled: 'The order is cancelled',
  no_rate: 'No exchange rate for {{currency}} on {{date}}: add one under exchange rates',
  overpaid: 'More than the {{open, number}} (minor units of {{currency}}) still open on this order',
  credit_approval_pending: 'Waits for a manager’s credit approval',
  credit_approval_rejected: 'A manager refused credit for this',
  credit_approval_decided: 'Already decided ({{status}})',
  country_risk_rating: 'Enter a whole number from 0 (lowest risk) to 7 (highest)',
  csv_columns: 'The file must have the columns {{columns}}',
  churn_model_not_eligible:
    'Not enough history: {{have}} of {{need}} customers with 12 months of orders ({{churned}} churned; at least {{each}} of each outcome needed)',
  churn_model_missing: 'Train a churn model first',
};
