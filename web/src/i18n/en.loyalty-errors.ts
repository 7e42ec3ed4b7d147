/** English for the field-error codes of the loyalty programme (src/domain/field-errors.ts). */
export const enLoyaltyErrors = {
  loyalty_over_balance: 'More than the balance ({{balance, number}} points)',
  loyalty_nonzero: 'Enter a whole number of points other than 0 (negative to deduct)',
  loyalty_points_per_unit: 'Must be more than 0 and at most 1,000, with at most 4 decimals',
  loyalty_tier_order: 'Must be higher than the tier before ({{previous, number}})',
  loyalty_self_referral: 'A customer cannot refer itself',
  loyalty_bonus_off: 'This bonus is off in the loyalty programme (0 points)',
  loyalty_bonus_granted: 'This already earned its bonus',
};
