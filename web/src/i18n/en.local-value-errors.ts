/** English for the field-error codes of the local value ledger (src/domain/field-errors.ts). */
export const enLocalValueErrors = {
  share_over_100: 'Is {{percent}} % of {{whole}}; a share cannot be over 100 %',
  not_for_kind: 'Does not apply to this kind of figure ({{kind}})',
  period_one_year: 'The period must end in the year it starts ({{year}})',
  currency_of_link: 'Must be {{currency}}, the currency of the linked deal or order',
  one_link: 'Link a deal or an order, not both',
};
