/** English for the field-error codes of sustainability (src/domain/field-errors.ts). */
export const enSustainabilityErrors = {
  http_url: 'Must be an http or https address',
  cbam_goods_only: 'Applies only to a CBAM report',
};
