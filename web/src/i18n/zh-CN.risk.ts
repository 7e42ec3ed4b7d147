import type { enRisk } from './en.risk.ts';

/** 收款、应收账款、信用额度、国家风险与收入集中度（docs/risk.md）。 */
export const zhCNRisk: typeof enRisk = {
  risk: {
    title: '风险',
    market: '市场',
    hint: '未收应收账款按今日汇率折算为 {{currency}}，按每期款项的到期日分账龄；没有汇率的金额单独列出，绝不直接相加。',
    receivables: '应收账款',
    overdue: '逾期',
    dso: '应收账款周转天数（DSO）',
    daysLate: '平均逾期天数',
    unconverted: '{{currency}} 无汇率：',
    countryRating: '国家风险评级',
    countryRatings: '国家风险评级（0 最低 – 7 最高）',
    ownRating: '本工作区自有评级',
    noRating: '本工作区未评级',
    noShipped:
      '出海不内置任何国家风险分类（无法确认其使用条款）：以下为本工作区自行录入或导入的评级。',
    buckets: {
      current: '未逾期',
      d1_30: '1–30 天',
      d31_60: '31–60 天',
      d61_90: '61–90 天',
      d90_plus: '90 天以上',
    },
    trend: { worse: '付款越来越晚', better: '付款越来越早', steady: '平稳' },
    card: {
      title: '信用与应收账款',
      limit: '信用额度',
      noLimit: '未设额度',
      setLimit: '设置信用额度',
      limitHint: '以报告货币计；留空即取消额度。',
      insurer: '信用保险公司',
      policy: '保单号',
      exposure: '风险敞口',
      overLimit: '超出额度',
      pending_one: '{{count}} 笔待审批',
      pending_other: '{{count}} 笔待审批',
      open: '未收应收账款',
    },
    concentration: {
      title: '近 12 个月收入集中度',
      byCustomer: '客户',
      byCountry: '国家',
      byRegion: '地区',
      warning: '高于 {{threshold}}：高度集中',
      customer: '客户',
      revenue: '收入',
      share: '占比',
      whatIf: '若失去 {{name}}：{{share}} 的收入受影响；其余部分的 HHI 为 {{hhi}}。',
    },
  },
};
