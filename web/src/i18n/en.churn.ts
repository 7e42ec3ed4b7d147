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
    /** the suggested action for the strongest reason (docs/risk.md, “High-risk customers surfaced”) */
    action: {
      call_buyer: 'Call the buyer',
      answer_mail: 'Answer the unanswered mail',
      resolve_tickets: 'Resolve the open tickets',
      follow_up_feedback: 'Follow up the poor feedback',
      find_key_contact: 'Find the new key contact',
      review_offer: 'Review price and offer',
    },
    /** the strongest reason in a few words, beside the action */
    short: {
      order_overdue: 'order overdue',
      long_silence: 'no order for long',
      fewer_orders: 'fewer orders',
      order_value_down: 'order value down',
      low_health: 'low health',
      unanswered_mail: 'unanswered mail',
      open_tickets: 'open tickets',
      poor_feedback: 'poor feedback',
      contact_unsubscribed: 'contact unsubscribed',
      key_contact_gone: 'key contact gone',
    },
    suggested: 'Suggested: {{action}}',
    because: 'because of: {{reason}}',
    nextAction: 'At risk ({{score}}) · {{reason}}: {{action}}',
    riskCard: 'Risk card',
    card: {
      title: 'Customers at risk',
      hint: 'Your customers’ churn scores, riskiest first, with what to do',
      high: 'High risk',
      medium: 'Medium risk',
      empty: 'No customer at risk',
      all: 'All customers at risk',
    },
  },
};
