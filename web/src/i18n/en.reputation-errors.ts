/** English for the field-error codes of stakeholders' engagement and incidents (issue 19). */
export const enReputationErrors = {
  due_or_business_days: 'Give a due date or a number of business days (one of them)',
  before_today_there: 'Is before today ({{today}}) in the stakeholder’s country',
};
