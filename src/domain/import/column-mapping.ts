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

/**
 * A product catalogue with, optionally, one price per row (its quantity break) for the price list
 * the import names: several rows of one SKU give its breaks.
 */
export const PRODUCT_TARGETS = [
  'sku',
  'nameZh',
  'nameEn',
  'descriptionZh',
  'descriptionEn',
  'unit',
  'hsCode',
  'moq',
  'leadTimeDays',
  'weightKg',
  'volumeM3',
  'active',
  'unitPrice',
  'currency',
  'minQuantity',
] as const;
export type ProductTarget = (typeof PRODUCT_TARGETS)[number];

export const IMPORT_ENTITIES = ['customers', 'orders', 'products'] as const;
export type ImportEntity = (typeof IMPORT_ENTITIES)[number];

/** What a column of an entity's sheet can be mapped to. */
export function targetsOf(entity: ImportEntity): readonly string[] {
  return entity === 'customers'
    ? CUSTOMER_TARGETS
    : entity === 'orders'
      ? ORDER_TARGETS
      : PRODUCT_TARGETS;
}

/** The targets an entity's mapping must use. */
const REQUIRED: Record<ImportEntity, string[]> = {
  customers: ['name'],
  orders: ['orderNumber', 'amount', 'currency'],
  products: ['sku'],
};

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
  // Product catalogues (型号/货号 is the model or article number the SKU is matched by).
  sku: [
    'sku',
    'item no',
    'item number',
    'item code',
    'article no',
    'article number',
    'art no',
    'part no',
    'part number',
    'product code',
    'product no',
    'model',
    'model no',
    'model number',
    'code',
    '型号',
    '货号',
    '产品编号',
    '产品型号',
    '产品编码',
    '规格型号',
    '物料编码',
    '物料号',
    '料号',
    '编号',
    '款号',
    '商品编号',
  ],
  nameZh: [
    '品名',
    '中文品名',
    '中文名称',
    '中文名',
    '产品名称',
    '产品名',
    '商品名称',
    '名称',
    'chinese name',
    'name zh',
    'name cn',
    'product name zh',
    'product name cn',
  ],
  nameEn: [
    'name',
    'product',
    'product name',
    'item',
    'item name',
    'english name',
    'name en',
    'product name en',
    'english product name',
    '英文品名',
    '英文名称',
    '英文名',
  ],
  descriptionZh: ['描述', '产品描述', '中文描述', '规格', '规格描述', '产品说明', '详细说明'],
  descriptionEn: [
    'description',
    'product description',
    'english description',
    'description en',
    'specification',
    'specifications',
    'specs',
    'details',
    '英文描述',
  ],
  unit: ['unit', 'units', 'uom', 'unit of measure', 'unit of measurement', '单位', '计量单位'],
  hsCode: [
    'hs',
    'hs code',
    'hscode',
    'hs no',
    'hs number',
    'hts',
    'hts code',
    'customs code',
    'tariff code',
    'commodity code',
    '海关编码',
    'hs编码',
    '商品编码',
    '海关商品编码',
    '税号',
    '税则号',
  ],
  moq: [
    'moq',
    'min order',
    'minimum order',
    'minimum order quantity',
    'min order qty',
    'min qty',
    'minimum quantity',
    'moq pcs',
    'moq units',
    '最小起订量',
    '起订量',
    '最低起订量',
    '最小订单量',
    '最小订货量',
  ],
  leadTimeDays: [
    'lead time',
    'leadtime',
    'lead time days',
    'delivery time',
    'production time',
    '交期',
    '交期天',
    '交货期',
    '交货期天',
    '货期',
    '生产周期',
    '交货时间',
  ],
  weightKg: [
    'weight',
    'weight kg',
    'unit weight',
    'gross weight',
    'gross weight kg',
    'net weight',
    'net weight kg',
    'gw',
    'nw',
    'g w',
    'n w',
    '重量',
    '重量kg',
    '毛重',
    '毛重kg',
    '净重',
    '净重kg',
    '单重',
  ],
  volumeM3: [
    'volume',
    'volume m3',
    'volume cbm',
    'cbm',
    'm3',
    'measurement',
    'meas',
    '体积',
    '体积m3',
    '立方',
    '立方数',
  ],
  active: [
    'active',
    'enabled',
    'in stock',
    'available',
    '是否有效',
    '有效',
    '在售',
    '是否在售',
    '状态',
  ],
  unitPrice: [
    'unit price',
    'price',
    'price usd',
    'usd price',
    'fob',
    'fob price',
    'fob usd',
    'exw price',
    'sales price',
    'list price',
    '单价',
    '单价usd',
    '单价美元',
    '美元单价',
    '价格',
    '报价',
    'fob价',
    'fob单价',
    '出厂价',
    '销售单价',
  ],
  minQuantity: [
    'quantity break',
    'qty break',
    'break qty',
    'price break',
    'from qty',
    'qty from',
    'quantity from',
    'tier qty',
    '阶梯数量',
    '数量阶梯',
    '起始数量',
    '数量从',
    '价格阶梯',
  ],
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
  const targets = targetsOf(entity);
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
  const targets = targetsOf(entity);
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
  for (const r of REQUIRED[entity])
    if (!used.has(r)) errors.push(fieldError('/mapping', 'mapping_missing', { target: r }));
  return errors;
}
