import type { enDelivery } from './en.delivery.ts';

/** 中文：营销活动投递设置（审批阈值、退信地址）。 */
export const zhCNDelivery: typeof enDelivery = {
  delivery: {
    nav: '活动投递',
    title: '营销活动投递',
    threshold: {
      title: '审批阈值',
      hint: '收件人数超过此数的活动，需要另一位经理或管理员审批后才会发出。',
      label: '审批阈值',
      unit: '位收件人',
      saved: '审批阈值已保存',
      adminsOnly: '只有管理员可以修改阈值。',
    },
    suppression: {
      title: '退信地址',
      hint: '收件服务器永久拒收（硬退信）的地址。在这里移除之前，任何营销活动都不会再发往这些地址。',
      search: '按地址搜索',
      empty: '暂无退信地址。营销邮件的硬退信会显示在这里。',
      noMatch: '没有符合搜索条件的退信地址。',
      bouncedAt: '退信时间：{{time}}',
      campaign: '营销活动',
      remove: '移除',
      confirm: '确定让营销活动重新发往 {{address}} 吗？请在确认该地址已恢复正常后再操作。',
      removed: '已恢复向 {{address}} 发信',
      removeFailed: '移除失败',
      previous: '上一页',
      next: '下一页',
    },
  },
};
