import { fieldError, type FieldError } from '../field-errors.ts';

/**
 * Guessing which spreadsheet column holds what, from headers written in English or Chinese by
 * trade-show staff, agents and old systems. The guess is a starting point the user edits; a
 * mapping they save for a source wins over guessing next time.
 */
export const CUSTOMER_TARGETS = [
  'name',
  'nativeName',
  'country',
  'region',
  'city',
  'website',
  'industry',
  'size',
  'stage',
  'tier',
  'tags',
  'source',
  'contactName',
  'contactFirstName',
  'contactLastName',
  'contactTitle',
  'email',
  'phone',
  'whatsapp',
  'wechat',
  'language',
  'notes',
] as const;
export type CustomerTarget = (typeof CUSTOMER_TARGETS)[number];

export const ORDER_TARGETS = [
  'orderNumber',
  'orderDate',
  'amount',
  'currency',
  'status',
  'paidDate',
  'customerName',
  'customerDomain',
  'country',
] as const;
export type OrderTarget = (typeof ORDER_TARGETS)[number];

export type ImportEntity = 'customers' | 'orders';

/** Header words per target, compared after folding case, spaces and punctuation. */
const SYNONYMS: Record<string, string[]> = {
  name: [
    'company',
    'company name',
    'companyname',
    'customer',
    'customer name',
    'account',
    'account name',
    'organisation',
    'organization',
    'firm',
    'buyer',
    '公司',
    '公司名称',
    '公司名',
    '客户',
    '客户名称',
    '客户名',
    '企业名称',
    '单位名称',
    '买家',
  ],
  nativeName: [
    'native name',
    'local name',
    'name local',
    '本地名称',
    '当地名称',
    '原文名称',
    '外文名称',
  ],
  country: [
    'country',
    'country region',
    'nation',
    'land',
    'pais',
    'país',
    '国家',
    '国家地区',
    '国家/地区',
    '国别',
    '地区国家',
  ],
  region: ['region', 'state', 'province', 'state province', '省', '省份', '州', '州省', '地区'],
  city: ['city', 'town', '城市', '市'],
  website: [
    'website',
    'web',
    'url',
    'homepage',
    'site',
    'web site',
    '网址',
    '网站',
    '官网',
    '公司网址',
  ],
  industry: ['industry', 'sector', 'business', '行业', '所属行业'],
  size: ['size', 'company size', 'employees', 'headcount', '规模', '公司规模', '员工人数'],
  stage: ['stage', 'status', 'lifecycle', '阶段', '客户阶段', '状态'],
  tier: ['tier', 'grade', 'level', 'class', 'abc', '等级', '客户等级', '级别'],
  tags: ['tags', 'tag', 'labels', 'label', '标签'],
  source: ['source', 'lead source', 'channel', 'origin', '来源', '客户来源', '渠道'],
  contactName: [
    'contact',
    'contact name',
    'contact person',
    'name',
    'full name',
    '联系人',
    '联系人姓名',
    '姓名',
  ],
  contactFirstName: ['first name', 'firstname', 'given name', 'forename', '名'],
  contactLastName: ['last name', 'lastname', 'surname', 'family name', '姓'],
  contactTitle: ['title', 'job title', 'position', 'role', '职位', '职务', '头衔'],
  email: [
    'email',
    'e mail',
    'mail',
    'email address',
    'e-mail',
    '邮箱',
    '电子邮箱',
    '电子邮件',
    '邮件',
  ],
  phone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'cell',
    'phone number',
    '电话',
    '手机',
    '手机号',
    '联系电话',
    '电话号码',
  ],
  whatsapp: ['whatsapp', 'whats app', 'wa'],
  wechat: ['wechat', 'weixin', '微信', '微信号'],
  language: [
    'language',
    'languages',
    'preferred language',
    'contact language',
    'spoken language',
    'sprache',
    'idioma',
    'langue',
    'lingua',
    '语言',
    '语种',
    '沟通语言',
    '联系人语言',
    '客户语言',
  ],
  // Free text about the customer: kept as a note on its timeline, one per row.
  notes: [
    'notes',
    'note',
    'remarks',
    'remark',
    'comments',
    'comment',
    'memo',
    'bemerkungen',
    'bemerkung',
    'notizen',
    'notiz',
    'observaciones',
    'observações',
    'remarques',
    '备注',
    '备注信息',
    '说明',
    '附注',
    '跟进记录',
    '沟通记录',
    '客户备注',
  ],
  orderNumber: [
    'order',
    'order no',
    'order number',
    'po',
    'po number',
    'invoice',
    'invoice no',
    '订单号',
    '订单编号',
    '合同号',
    '发票号',
  ],
  orderDate: ['order date', 'date', 'po date', '下单日期', '订单日期', '日期'],
  amount: [
    'amount',
    'total',
    'value',
    'order value',
    'price',
    '金额',
    '订单金额',
    '总额',
    '总金额',
  ],
  currency: ['currency', 'cur', 'ccy', '币种', '货币'],
  status: ['status', 'order status', 'state', '状态', '订单状态'],
  paidDate: ['paid date', 'payment date', 'paid on', '付款日期', '收款日期', '到账日期'],
  customerName: [
    'customer',
    'customer name',
    'company',
    'buyer',
    '客户',
    '客户名称',
    '公司名称',
    '买家',
  ],
  customerDomain: ['customer domain', 'domain', 'website', '网址', '域名'],
};

export function foldHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-./:：()（）*#]+/g, ' ')
    .trim();
}

const compact = (s: string) => s.replace(/ /g, '');

/**
 * The target each header most likely holds, each target used at most once (the first column that
 * claims it wins); null for columns to skip. Exact synonyms win over headers that merely contain one.
 */
export function guessMapping(
  headers: string[],
  entity: ImportEntity,
): Record<string, string | null> {
  const targets: readonly string[] = entity === 'customers' ? CUSTOMER_TARGETS : ORDER_TARGETS;
  const out: Record<string, string | null> = {};
  const taken = new Set<string>();
  const folded = headers.map((h) => compact(foldHeader(h)));
  // Pass 1: exact synonyms; pass 2: a header containing a longer synonym ("Buyer company name").
  for (const pass of [1, 2] as const) {
    headers.forEach((header, i) => {
      if (out[header]) return;
      const h = folded[i] ?? '';
      if (!h) return;
      let best: { target: string; len: number } | null = null;
      // The longest matching synonym decides; when its target is already taken the column is
      // left unmapped rather than given a weaker guess ("Company name 2" is not a contact name).
      for (const target of targets) {
        for (const word of SYNONYMS[target] ?? []) {
          const w = compact(foldHeader(word));
          const hit = pass === 1 ? h === w : w.length >= 4 && h.includes(w);
          if (hit && (!best || w.length > best.len)) best = { target, len: w.length };
        }
      }
      if (best && !taken.has(best.target)) {
        out[header] = best.target;
        taken.add(best.target);
      }
    });
  }
  // A sheet with a bare "Name" column and no company column lists companies by name: the
  // customer's name is required, and reading it as a person's would make the import impossible.
  if (entity === 'customers' && !taken.has('name')) {
    const bare = headers.find(
      (h, i) => (out[h] === 'contactName' || !out[h]) && folded[i] === 'name',
    );
    if (bare) out[bare] = 'name';
  }
  for (const header of headers) out[header] ??= null;
  return out;
}

/** Checks a user's mapping: known targets, each used once. */
export function checkMapping(
  mapping: Record<string, string | null>,
  entity: ImportEntity,
): FieldError[] {
  const targets: readonly string[] = entity === 'customers' ? CUSTOMER_TARGETS : ORDER_TARGETS;
  const errors: FieldError[] = [];
  const used = new Map<string, string>();
  for (const [header, target] of Object.entries(mapping)) {
    if (target === null) continue;
    if (!targets.includes(target))
      errors.push(fieldError(`/mapping/${header}`, 'mapping_target', { target, values: targets }));
    else if (used.has(target))
      errors.push(
        fieldError(`/mapping/${header}`, 'mapping_twice', {
          target,
          column: used.get(target) ?? '',
        }),
      );
    else used.set(target, header);
  }
  const required = entity === 'customers' ? ['name'] : ['orderNumber', 'amount', 'currency'];
  for (const r of required)
    if (!used.has(r)) errors.push(fieldError('/mapping', 'mapping_missing', { target: r }));
  return errors;
}
