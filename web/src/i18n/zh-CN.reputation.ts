import type { enReputation } from './en.reputation.ts';

/** 各市场声誉页（issue 19），简体中文。 */
export const zhCNReputation: typeof enReputation = {
  reputation: {
    nav: '声誉',
    title: '各市场声誉',
    intro:
      '某一市场的媒体和网络如何评价贵公司：按情感分类的每月提及量、报道最多的来源，以及负面提及集中出现时的预警。情感倾向由词表自动建议，您随时可以更正。',
    add: '记录提及',
    total: '提及（近 12 个月）',
    negativeShare: '负面占比',
    topSources: '主要来源',
    trend: '每月提及量：{{country}}',
    latest: '最新提及',
    none: '暂无提及',
    alert: '近 {{days}} 天内有 {{count}} 条负面提及（预警阈值 {{threshold}}）：建议登记危机事件。',
    openIncident: '登记事件',
    suggested: '系统建议：{{value}}',
    sentimentHint: '留空则根据标题和摘要自动建议。',
    sentiments: { negative: '负面', neutral: '中性', positive: '正面' },
    fields: {
      title: '标题',
      source: '来源',
      url: '链接',
      language: '语言（如 pt）',
      publishedOn: '发布日期',
      sentiment: '情感倾向',
      summary: '摘要',
    },
    incidentLink: '事件：{{title}}',
  },
};
