import { zhCNReputation } from './zh-CN.reputation.ts';
import { zhCNIncidents } from './zh-CN.incidents.ts';
import { zhCNInsight } from './zh-CN.insight.ts';
import { zhCNEscalations } from './zh-CN.escalations.ts';
import { zhCNCampaigns } from './zh-CN.campaigns.ts';
import { zhCNEvents } from './zh-CN.events.ts';
import { zhCNPortal } from './zh-CN.portal.ts';
import { zhCNLoyalty } from './zh-CN.loyalty.ts';
import { zhCNProducts } from './zh-CN.products.ts';
import { zhCNAutomations } from './zh-CN.automations.ts';
import { zhCNHolidayNames } from './zh-CN.holidayNames.ts';
import type { CoreMessages, Messages } from './en.ts';
import { zhCNAdmin } from './zh-CN.admin.ts';
import { zhCNJobs } from './zh-CN.jobs.ts';
import { zhCNSanctions } from './zh-CN.sanctions.ts';
import { zhCNStakeholders } from './zh-CN.stakeholders.ts';
import { zhCNLocalValue } from './zh-CN.local-value.ts';
import { zhCNSustainability } from './zh-CN.sustainability.ts';
import { zhCNErrors } from './zh-CN.errors.ts';
import { zhCNMarkets } from './zh-CN.markets.ts';
import { zhCNMessages } from './zh-CN.messages.ts';
import { zhCNImports } from './zh-CN.imports.ts';
import { zhCNDuplicates } from './zh-CN.duplicates.ts';
import { zhCNValue } from './zh-CN.value.ts';
import { zhCNOffices } from './zh-CN.offices.ts';
import { zhCNRisk } from './zh-CN.risk.ts';
import { zhCNChurn } from './zh-CN.churn.ts';
import { zhCNChurnModel } from './zh-CN.churn-model.ts';
import { zhCNTimeZone } from './zh-CN.timezone.ts';
import { zhCNPolicies } from './zh-CN.policies.ts';
import { zhCNFirstContact } from './zh-CN.first-contact.ts';
import { zhCNZones } from './zh-CN.zones.ts';
import { zhCNSegments } from './zh-CN.segments.ts';
import { zhCNPhone } from './zh-CN.phone.ts';
import { zhCNAccuracy } from './zh-CN.accuracy.ts';
import { zhCNSmtpAccounts } from './zh-CN.smtp-accounts.ts';
import { zhCNDelivery } from './zh-CN.delivery.ts';
import { zhCNWebhooks } from './zh-CN.webhooks.ts';
import { zhCNPool } from './zh-CN.pool.ts';
import { zhCNGreetings } from './zh-CN.greetings.ts';
import { zhCNQuotes } from './zh-CN.quotes.ts';
import { zhCNTickets } from './zh-CN.tickets.ts';
import { zhCNFeedback } from './zh-CN.feedback.ts';
import { zhCNVisits } from './zh-CN.visits.ts';
import { zhCNTenders } from './zh-CN.tenders.ts';
import { zhCNMail } from './zh-CN.mail.ts';
import { zhCNOutbox } from './zh-CN.outbox.ts';
import { zhCNDeals } from './zh-CN.deals.ts';
import { zhCNTemplates } from './zh-CN.templates.ts';
import { zhCNVisaLetters } from './zh-CN.visa-letters.ts';

const zhCNCore: CoreMessages = {
  app: { name: '出海', tagline: '海外客户管理' },
  common: {
    save: '保存',
    cancel: '取消',
    create: '新建',
    edit: '编辑',
    delete: '删除',
    restore: '恢复',
    confirmDelete: '确定删除吗？',
    yes: '确定',
    no: '取消',
    loading: '加载中…',
    retry: '重试',
    none: '—',
    all: '全部',
    actions: '操作',
    saved: '已保存',
    deleted: '已删除',
    loadFailed: '数据加载失败',
    required: '必填',
    search: '搜索',
    clearFilters: '清除筛选',
    language: '语言',
  },
  nav: {
    groups: { customers: '客户', sales: '销售', markets: '市场', service: '服务' },
    tickets: '工单',
    feedback: '客户反馈',
    surveys: 'NPS 调研',
    slaPolicies: 'SLA 策略',
    escalationRules: '升级规则',
    ticketForms: '工单表单',
    quoteSettings: '报价设置',
    workspace: '公司设置',
    dashboard: '今日概览',
    countries: '国家与文化',
    customers: '客户',
    products: '产品',
    priceLists: '价格表',
    admin: '系统管理',
    users: '用户',
    teams: '团队',
    customFields: '自定义字段',
    policies: '跟进节奏',
    segments: '客户分组',
    imports: '导入',
    duplicates: '重复客户',
    value: '订单与价值',
    offices: '海外办公室',
    risk: '风险',
    deals: '商机',
    leadForms: '网站表单',
    pool: '公海',
    greetings: '节日问候',
    poolSettings: '公海规则',
    audit: '操作日志',
    jobs: '后台任务',
    sanctions: '制裁名单筛查',
    automations: '自动化规则',
    webhooks: 'Webhook',
    quotes: '报价单与 PI',
    profile: '个人设置',
    signOut: '退出登录',
    apiDocs: 'API 文档',
  },
  login: {
    title: '登录出海',
    email: '邮箱',
    password: '密码',
    submit: '登录',
    incorrect: '邮箱或密码不正确。',
    tooMany: '登录失败次数过多，请一分钟后再试。',
    demo: '演示账号：admin@demo.chuhai.dev / chuhai-demo-2026',
  },
  roles: { admin: '管理员', manager: '主管', rep: '业务员', agent: '客服专员' },
  stages: {
    lead: '线索',
    prospect: '潜在客户',
    customer: '成交客户',
    partner: '合作伙伴',
    churned: '已流失',
  },
  customers: {
    title: '客户',
    new: '新建客户',
    searchPlaceholder: '搜索名称（任意文字或拼音、首字母）、域名、邮箱或电话',
    trash: '回收站',
    showTrash: '查看回收站',
    columns: '显示列',
    loaded: '已加载 {{count}} 条',
    loadedAll: '共 {{count}} 条，已全部显示',
    loadingMore: '正在加载更多…',
    empty: '还没有客户。新建第一个客户，或导入客户名单。',
    emptyFiltered: '没有符合筛选条件的客户。',
    emptyTrash: '回收站是空的。',
    created: '客户已创建',
    movedToTrash: '已移入回收站，可随时从回收站恢复。',
    restored: '客户已恢复',
    deleteConfirm: '把这个客户移入回收站？',
    notFound: '客户不存在，或您没有查看权限。',
    backToList: '返回客户列表',
    inTrash: '该客户在回收站中。',
    profile: '基本信息',
    customFields: '自定义字段',
    localTime: '客户当地时间',
    localTimeUnknown: '请先设置时区，才能显示当地时间。',
    localAhead: '比您（{{zone}}）早 {{hours}} 小时',
    localBehind: '比您（{{zone}}）晚 {{hours}} 小时',
    localSame: '与您（{{zone}}）时间相同',
    workingHours: '当地正处于常规办公时间（09:00–18:00）',
    outsideHours: '当地不在常规办公时间（09:00–18:00）',
    fields: {
      name: '公司名称',
      nativeName: '本地名称',
      country: '国家/地区',
      region: '州/省',
      city: '城市',
      website: '网站',
      domain: '域名',
      industry: '行业',
      foundedOn: '成立日期',
      customerSince: '合作起始日期',
      datePlaceholder: 'YYYY-MM-DD',
      size: '公司规模',
      languages: '语言',
      timeZone: '时区',
      currency: '币种',
      stage: '客户阶段',
      tier: '客户等级',
      tags: '标签',
      source: '来源',
      owner: '负责人',
      team: '所属团队',
      createdAt: '创建时间',
      updatedAt: '更新时间',
    },
    hints: {
      timeZone: '国家只有一个时区时自动填写',
      currency: '默认使用该国货币',
      languages: '使用 BCP 47 语言代码，如 de、pt-BR、ar',
    },
  },
  contacts: {
    title: '联系人',
    add: '添加联系人',
    edit: '编辑联系人',
    empty: '还没有联系人。',
    primary: '主联系人',
    left: '已于 {{date}} 离职',
    deleteConfirm: '确定删除这个联系人吗？',
    fields: {
      firstName: '名',
      lastName: '姓',
      nativeName: '本地文字姓名',
      title: '职位',
      emails: '邮箱',
      phones: '电话',
      phonesHint: '按当地拨号习惯填写即可，例如巴西号码 11 91234-5678，保存时自动转为国际格式',
      whatsapp: 'WhatsApp',
      wechat: '微信',
      line: 'LINE',
      telegram: 'Telegram',
      preferredLanguage: '沟通语言',
      preferredChannel: '首选联系方式',
      birthday: '生日',
      birthdayHint: '月-日（MM-DD），知道年份可填 YYYY-MM-DD',
      leftAt: '离职日期',
      leftAtHint: 'YYYY-MM-DD；仍在职请留空。主联系人离职会计入流失风险原因。',
      primary: '设为主联系人',
    },
    channels: {
      email: '邮件',
      phone: '电话',
      whatsapp: 'WhatsApp',
      wechat: '微信',
      line: 'LINE',
      telegram: 'Telegram',
      visit: '拜访',
    },
  },
  profile: {
    title: '个人设置',
    language: '界面语言',
    changePassword: '修改密码',
    currentPassword: '当前密码',
    newPassword: '新密码',
    passwordChanged: '密码已修改',
    revokeTokens: '同时吊销我的 API 令牌',
    otherSessionsEnd: '其他已登录的设备将退出登录，当前设备保持登录。',
    tokens: 'API 令牌',
    tokensHint: '供脚本和系统集成使用：请求时带上 “Authorization: Bearer <令牌>”。',
    tokenName: '令牌名称',
    createToken: '生成令牌',
    tokenCreated: '请立即复制此令牌，关闭后将无法再次查看。',
    revoke: '吊销',
    revoked: '已吊销',
    lastUsed: '最近使用',
    never: '从未使用',
  },
};

export const zhCN: Messages = {
  ...zhCNCore,
  ...zhCNEscalations,
  ...zhCNAdmin,
  ...zhCNJobs,
  ...zhCNSanctions,
  ...zhCNStakeholders,
  ...zhCNIncidents,
  ...zhCNReputation,
  ...zhCNLocalValue,
  ...zhCNSustainability,
  ...zhCNAutomations,
  ...zhCNErrors,
  ...zhCNMarkets,
  ...zhCNSegments,
  ...zhCNImports,
  ...zhCNDuplicates,
  ...zhCNValue,
  ...zhCNRisk,
  ...zhCNInsight,
  ...zhCNChurn,
  ...zhCNChurnModel,
  ...zhCNOffices,
  ...zhCNHolidayNames,
  ...zhCNTimeZone,
  ...zhCNPolicies,
  ...zhCNFirstContact,
  ...zhCNZones,
  ...zhCNPhone,
  ...zhCNAccuracy,
  ...zhCNWebhooks,
  ...zhCNSmtpAccounts,
  ...zhCNDelivery,
  ...zhCNPool,
  ...zhCNGreetings,
  ...zhCNProducts,
  ...zhCNQuotes,
  ...zhCNTenders,
  ...zhCNEvents,
  ...zhCNCampaigns,
  ...zhCNTickets,
  ...zhCNPortal,
  ...zhCNFeedback,
  ...zhCNVisits,
  ...zhCNMail,
  ...zhCNOutbox,
  ...zhCNDeals,
  ...zhCNTemplates,
  ...zhCNLoyalty,
  ...zhCNVisaLetters,
  ...zhCNMessages,
};
