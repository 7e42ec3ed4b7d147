/** Chinese for the field-error codes of sustainability (src/domain/field-errors.ts). */
export const zhCNSustainabilityErrors = {
  http_url: '必须是 http 或 https 地址',
  cbam_goods_only: '仅适用于 CBAM 报告',
};
