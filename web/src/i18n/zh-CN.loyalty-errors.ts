import type { enLoyaltyErrors } from './en.loyalty-errors.ts';

/** 会员积分相关的字段错误文案。 */
export const zhCNLoyaltyErrors: typeof enLoyaltyErrors = {
  loyalty_over_balance: '超过当前积分余额（{{balance, number}} 分）',
  loyalty_nonzero: '请输入不为 0 的整数积分（负数表示扣减）',
  loyalty_points_per_unit: '须大于 0 且不超过 1000，最多 4 位小数',
  loyalty_tier_order: '须高于上一等级的门槛（{{previous, number}}）',
  loyalty_self_referral: '客户不能推荐自己',
  loyalty_bonus_off: '积分计划中此项奖励未启用（0 分）',
  loyalty_bonus_granted: '此项已发放过奖励',
};
