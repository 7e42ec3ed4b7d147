import type { enChurnModel } from './en.churn-model.ts';

/** 基于本工作区历史训练的流失模型（docs/risk.md“流失模型”）。 */
export const zhCNChurnModel: typeof enChurnModel = {
  churnModel: {
    title: '流失模型（基于本公司历史训练）',
    definition:
      '基于本公司订单的逻辑回归。以 {{horizonDays}} 天前为截止日：截止日前已有至少 {{historyDays}} 天订单、且截止日前一年内下过单的客户，若截止日后 {{horizonDays}} 天内没有下单，即计为流失。留出 {{holdoutPercent}}% 的客户用于检验。',
    notEnough: '历史数据不足：有 12 个月订单的客户 {{have}} / {{need}} 个',
    notEnoughOutcomes: '流失 {{churned}} 个、留存 {{stayed}} 个；两类各需至少 {{each}} 个',
    eligible: '有 12 个月订单的客户 {{have}} 个（其中流失 {{churned}} 个）：可以训练',
    notCounted: '尚未统计本公司的历史数据',
    counting: '正在统计历史数据…',
    countedOn: '统计于 {{date}}（每晚自动统计，每次训练时也会重新统计）',
    checkNow: '立即统计',
    train: '用本公司历史训练',
    retrain: '重新训练',
    trained: '已训练；开启前不会显示',
    none: '尚未训练模型',
    auc: '留出客户上的 AUC',
    aucHint: '0.5 等于随机猜测，1 表示所有流失客户都排在最前',
    trainedOn:
      '{{date}} 用 {{examples}} 个客户训练（拟合 {{train}} 个，留出 {{holdout}} 个），耗时 {{seconds}} 秒',
    enabled: '在客户风险卡上显示',
    enabledHint:
      '开启后，每个客户的风险卡会在规则评分旁显示模型概率，但不会取代规则评分。重新训练后会自动关闭。',
    feature: '特征',
    coefficient: '权重',
    weightHint: '每增加一个标准差，流失对数几率的变化；正值表示风险升高',
    label: '流失模型',
    probability: '未来 {{days}} 天不下单的概率为 {{percent}}%',
    cardHint: '本工作区训练的模型（AUC {{auc}}，训练于 {{date}}）；以上方规则评分为准',
    raises: '升高',
    lowers: '降低',
    features: {
      days_since_last_order: '距上次下单天数（对数）',
      overdue_ratio: '距上次下单天数 ÷ 通常间隔',
      order_days_last_year: '过去一年的下单天数（对数）',
      frequency_change: '近 180 天订单数与此前频率之比',
      value_change: '近期订单金额与此前之比',
      tenure_years: '距首次下单年数（最多 3 年）',
    },
  },
};
