/** English for the field-error codes of products, price lists and their import. */
export const enProductErrors = {
  product_name: 'Give the product a name in at least one language',
  break_twice: 'Minimum quantity {{quantity, number}} is listed twice for this product',
  not_before_start: 'Must not be before {{start}}',
  price_list_scope: 'A price list applies to a country or to a segment, not both',
  price_list_currency_locked:
    'The list already holds prices in {{currency}}; make a new list for another currency',
  product_twice: 'This product is listed twice',
  unknown_unit: '“{{value}}” is not a unit we know (use {{values, list}})',
  not_quantity: '“{{value}}” is not a whole quantity of at least 1',
  price_list_currency: '{{value}} is not the price list’s currency ({{currency}})',
};
