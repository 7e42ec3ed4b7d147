/** Chinese for the field-error codes of the local value ledger (src/domain/field-errors.ts). */
export const zhCNLocalValueErrors = {
  share_over_100: '占 {{whole}} 的 {{percent}}%；比例不能超过 100%',
  not_for_kind: '不适用于此类指标（{{kind}}）',
  period_one_year: '期间必须在开始的同一年内结束（{{year}} 年）',
  currency_of_link: '必须是 {{currency}}，即所关联商机或订单的币种',
  one_link: '只能关联一个商机或一个订单，不能同时关联',
};
