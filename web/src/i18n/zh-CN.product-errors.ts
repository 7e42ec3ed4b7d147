import type { enProductErrors } from './en.product-errors.ts';

/** 产品、价格表及其导入的字段错误。 */
export const zhCNProductErrors: typeof enProductErrors = {
  product_name: '请至少填写一种语言的品名',
  break_twice: '同一产品的起订数量 {{quantity, number}} 重复了',
  not_before_start: '不能早于 {{start}}',
  price_list_scope: '价格表只能适用于某个国家或某个客户分组，不能同时指定两者',
  price_list_currency_locked: '此价格表已有 {{currency}} 报价，如需其他币种请新建价格表',
  product_twice: '此产品重复出现',
  unknown_unit: '“{{value}}”不是可识别的单位（可用：{{values, list}}）',
  not_quantity: '“{{value}}”不是不小于 1 的整数数量',
  price_list_currency: '{{value}} 与价格表币种（{{currency}}）不一致',
};
