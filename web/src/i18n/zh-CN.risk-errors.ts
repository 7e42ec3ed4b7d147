import type { enRiskErrors } from './en.risk-errors.ts';

/** 收款、信用额度与国家风险相关的字段错误文案。 */
export const zhCNRiskErrors: typeof enRiskErrors = {
  order_cancelled: '该订单已取消',
  no_rate: '没有 {{currency}} 在 {{date}} 的汇率，请先在汇率表中添加',
  overpaid: '超过该订单尚未收回的 {{open, number}}（{{currency}} 最小单位）',
  credit_approval_pending: '等待经理审批信用额度',
  credit_approval_rejected: '经理已拒绝此笔信用',
  credit_approval_decided: '已审批过（{{status}}）',
  country_risk_rating: '请输入 0（风险最低）到 7（风险最高）之间的整数',
  csv_columns: '文件必须包含以下列：{{columns}}',
  churn_model_not_eligible:
    '历史数据不足：有 12 个月订单的客户 {{have}} / {{need}} 个（其中流失 {{churned}} 个；留存与流失各需至少 {{each}} 个）',
  churn_model_missing: '请先训练流失模型',
};
