import type { enPolicies } from './en.policies.ts';

export const zhCNPolicies: typeof enPolicies = {
  policyTable: {
    defaults: {
      Leads: '新线索',
      'Tier A': 'A 级客户',
      'Tier B': 'B 级客户',
      'Tier C': 'C 级客户',
      Prospects: '潜在客户',
      'Everyone else': '其他客户',
    },
    remove: '删除规则',
  },
};
