import type { enFirstContact } from './en.first-contact.ts';

export const zhCNFirstContact: typeof enFirstContact = {
  firstContact: {
    healthNew: '新客户',
    healthNewHint: '还没有联系记录，暂不评分；首次联系任务见下方待跟进。',
    healthChurned: '已流失',
    healthChurnedHint: '已流失客户不计算健康度。',
    coldHint: '超过跟进节奏仍未联系，或首次联系已逾期的客户',
    policyFirstContact: '新客户首次联系',
    policyFirstContactHint:
      '新建的客户会在此数量的工作日内生成首次联系任务，按客户所在国家的日历计算（自动跳过周末和节假日）。留空则按跟进间隔安排第一次跟进。',
    businessDays: '个工作日内',
  },
};
