/** English for the rule-based churn risk (docs/risk.md, “Churn risk”); reasons by stable code. */
export const enChurn = {
  churn: {
    title: 'Churn risk',
    label: 'Churn risk',
    hint: 'A rule-based score 0–100: each reason adds the points shown. Customers who have bought and are not marked churned.',
    atRisk: '{{atRisk}} of {{total}} at risk',
    empty: 'No customer with orders in this view',
    noReasons: 'No warning signs',
    level: { low: 'low', medium: 'medium', high: 'high' },
    reason: {
      order_overdue:
        'No order for {{daysSinceLastOrder}} days; usually orders every {{typicalGapDays}} days ({{ratio}}× the usual gap)',
      long_silence: 'No order for {{daysSinceLastOrder}} days ({{orders}} order(s) in all)',
      fewer_orders:
        '{{recentOrders}} order(s) in the last {{days}} days, {{expectedOrders}} expected from earlier buying',
      order_value_down: 'Recent orders are worth {{dropPercent}} % less on average than before',
      low_health: 'Relationship health is {{health}} of 100',
      unanswered_mail: '{{count}} customer email(s) unanswered, the oldest {{oldestDays}} days',
      open_tickets: '{{count}} open ticket(s), the oldest {{oldestDays}} days',
      poor_feedback:
        '{{count}} poor survey answer(s) lately (latest {{latestKind}} {{latestScore}})',
      contact_unsubscribed: 'The primary contact unsubscribed from our mail',
      key_contact_gone: 'The primary contact is gone: {{cause}}',
    },
    cause: {
      left: 'marked as having left the company',
      bounced: 'every address of theirs bounced for good',
    },
    scoredOn: 'Scores as of {{date}}, kept up to date on every change and hourly',
  },
};
