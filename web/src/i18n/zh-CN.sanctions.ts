import type { enSanctions } from './en.sanctions.ts';

/** 制裁名单筛查管理页（名单、复核队列）的中文。 */
export const zhCNSanctions: typeof enSanctions = {
  sanctions: {
    title: '制裁名单筛查',
    intro:
      '导入您下载的官方名单文件（本产品不会联网获取）。客户和联系人在新建、导入时以及名单每次变更时都会被筛查。',
    upload: '导入名单',
    format: '格式',
    formats: {
      'ofac-sdn-xml': '美国 OFAC SDN 名单（XML）',
      'ofac-sdn-csv': '美国 OFAC SDN 名单（CSV，sdn.csv）',
      'eu-xml': '欧盟金融制裁综合名单（XML）',
      'un-xml': '联合国安理会综合制裁名单（XML）',
      csv: '自有关注名单（CSV：id、name、aliases、country、birthDate）',
    },
    listName: '名单名称（可选）',
    chooseFile: '选择文件',
    imported:
      '{{name}} 第 {{version}} 版：读取 {{read}} 条 —— 新增 {{added}}，变更 {{changed}}，移除 {{removed}}，未变 {{unchanged}}',
    lists: '名单',
    noLists: '尚未导入名单',
    published: '发布日期',
    entries: '条目数',
    version: '版本',
    uploadedAt: '导入时间',
    queue: '复核队列',
    statuses: { open: '待复核', confirmed: '已确认', dismissed: '已排除' },
    noReviews: '没有待复核的命中',
    subject: '被筛查的名称',
    customer: '客户',
    entry: '名单条目',
    score: '相似度',
    evidence: '佐证',
    country: { same: '国家相同', different: '国家不同' },
    birthDate: { same: '出生日期相同', 'same-year': '出生年份相同', different: '出生日期不同' },
    sources: { create: '新建时', import: '导入时', 'list-update': '名单更新时' },
    confirm: '确认命中',
    dismiss: '排除',
    reason: '为何认定为名单上的对象？（记入审计日志）',
    reasonRequired: '请填写禁止交易的原因',
    confirmed: '已确认：该客户不能再报价或下单',
    dismissed: '已排除：除非名单条目变更，否则不再提示',
    importHits: '{{count}} 个新客户或联系人与制裁名单相符，请管理员在“管理 → 制裁名单筛查”中复核',
    more: '显示更多',
  },
};
