/**
 * The win/loss reasons every workspace starts with, in the order the taxonomy lists them. An
 * admin renames or deactivates them and adds others; `code` stays so the seed, the analysis and
 * scripts can name a default reason whatever the workspace calls it.
 */
export const DEFAULT_TENDER_REASONS = [
  { code: 'price', en: 'Price', zh: '价格' },
  { code: 'local_presence', en: 'Local presence', zh: '本地存在（分支机构 / 本地团队）' },
  { code: 'local_content', en: 'Local content', zh: '本地含量' },
  { code: 'joint_venture', en: 'Joint venture required', zh: '要求合资' },
  { code: 'financing', en: 'Financing terms', zh: '融资条件' },
  { code: 'technical_fit', en: 'Technical fit', zh: '技术符合度' },
  { code: 'delivery_time', en: 'Delivery time', zh: '交货期' },
  { code: 'relationship', en: 'Relationship', zh: '客户关系' },
  { code: 'political', en: 'Political / reputation', zh: '政治因素 / 声誉' },
  { code: 'references', en: 'References', zh: '业绩案例' },
] as const;

export type DefaultReasonCode = (typeof DEFAULT_TENDER_REASONS)[number]['code'];
