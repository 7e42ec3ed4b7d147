/** Chinese for the field-error codes of stakeholders' engagement and incidents (issue 19). */
export const zhCNReputationErrors = {
  due_or_business_days: '请填写截止日期或工作日天数（二选一）',
  before_today_there: '早于利益相关方所在国家的今天（{{today}}）',
};
