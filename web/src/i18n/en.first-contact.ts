export const enFirstContact = {
  firstContact: {
    healthNew: 'New',
    healthNewHint: 'No touch yet, so no score: the first contact is planned below.',
    healthChurned: 'Churned',
    healthChurnedHint: 'Churned customers are not scored.',
    coldHint: 'No touch for longer than their cadence, or the first contact is overdue',
    policyFirstContact: 'First contact within',
    policyFirstContactHint:
      'A new customer of this policy gets a first follow-up this many business days after creation, in their own country’s calendar (weekends and holidays skipped). Empty: the first follow-up is one cadence after creation.',
    businessDays: 'business days',
  },
};
