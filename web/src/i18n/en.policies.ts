export const enPolicies = {
  policyTable: {
    // The built-in policies, by their stable English names (src/domain/relationship/cadence.ts).
    defaults: {
      Leads: 'Leads',
      'Tier A': 'Tier A',
      'Tier B': 'Tier B',
      'Tier C': 'Tier C',
      Prospects: 'Prospects',
      'Everyone else': 'Everyone else',
    },
    remove: 'Remove policy',
  },
};
