import type { enChurn } from './en.churn.ts';

/** 规则流失风险（docs/risk.md“流失风险”）；原因按稳定代码翻译。 */
export const zhCNChurn: typeof enChurn = {
  churn: {
    title: '流失风险',
    label: '流失风险',
    hint: '基于规则的 0–100 分：每条原因加上所示分数。仅含已下过单且未标记为流失的客户。',
    atRisk: '{{total}} 个客户中 {{atRisk}} 个有风险',
    empty: '此视图中没有下过单的客户',
    noReasons: '暂无预警信号',
    level: { low: '低', medium: '中', high: '高' },
    reason: {
      order_overdue:
        '已 {{daysSinceLastOrder}} 天未下单；通常每 {{typicalGapDays}} 天下一单（为平常间隔的 {{ratio}} 倍）',
      long_silence: '已 {{daysSinceLastOrder}} 天未下单（共 {{orders}} 单）',
      fewer_orders: '最近 {{days}} 天下了 {{recentOrders}} 单，按以往应有 {{expectedOrders}} 单',
      order_value_down: '近期订单平均金额比以前低 {{dropPercent}} %',
      low_health: '客户关系健康度为 {{health}}/100',
      unanswered_mail: '{{count}} 封客户邮件未回复，最早的已 {{oldestDays}} 天',
      open_tickets: '{{count}} 个工单未解决，最早的已 {{oldestDays}} 天',
      poor_feedback: '近期有 {{count}} 份差评问卷（最近一次 {{latestKind}} {{latestScore}}）',
      contact_unsubscribed: '主要联系人已退订我们的邮件',
      key_contact_gone: '主要联系人已不在：{{cause}}',
    },
    cause: {
      left: '已标记为离职',
      bounced: '其所有邮箱地址均已永久退信',
    },
    scoredOn: '评分截至 {{date}}，每次变更及每小时更新',
    action: {
      call_buyer: '致电采购负责人',
      answer_mail: '回复未回复的邮件',
      resolve_tickets: '解决未结工单',
      follow_up_feedback: '跟进差评反馈',
      find_key_contact: '找到新的关键联系人',
      review_offer: '复核价格与报价方案',
    },
    short: {
      order_overdue: '订单逾期未下',
      long_silence: '长期未下单',
      fewer_orders: '下单减少',
      order_value_down: '订单金额下降',
      low_health: '关系健康度低',
      unanswered_mail: '邮件未回复',
      open_tickets: '工单未结',
      poor_feedback: '反馈较差',
      contact_unsubscribed: '联系人已退订',
      key_contact_gone: '关键联系人已离开',
    },
    suggested: '建议：{{action}}',
    because: '原因：{{reason}}',
    nextAction: '流失风险（{{score}}）· {{reason}}：{{action}}',
    riskCard: '风险卡片',
    card: {
      title: '有流失风险的客户',
      hint: '您的客户的流失评分，风险最高的在前，并附建议行动',
      high: '高风险',
      medium: '中风险',
      empty: '暂无有风险的客户',
      all: '查看全部有风险的客户',
    },
  },
};
