import type { enDuplicates } from './en.duplicates.ts';

export const zhCNDuplicates: typeof enDuplicates = {
  duplicates: {
    title: '重复客户',
    hint: '您权限范围内疑似同一家公司的客户，把握大的排在前面：网站或邮箱相同的最可能是重复，其次是电话相同，再次是同一国家内公司名称相似（忽略公司类型后缀和拼写差异）。如果两家公司网站不同，仅名称相似不会列出——那通常是分公司或同名公司。合并时保留左侧客户，用右侧客户的信息补全空白字段，并转移联系人、联系记录和跟进任务；合并可以撤销。',
    none: '没有发现重复客户。',
    total_one: '共 {{count}} 对',
    total_other: '共 {{count}} 对',
    evidence: {
      domain: '同一网站域名 {{value}}',
      email: '同一邮箱 {{value}}',
      phone: '同一电话 {{value}}',
      name: '名称相似：{{a}} / {{b}}',
      nameSame: '名称相同：{{value}}',
      differs: '{{a}} / {{b}}',
    },
    strength: { strong: '很可能重复', medium: '可能重复', weak: '仅名称相似' },
    keepLeft: '保留左侧，合并右侧',
    keepRight: '保留右侧，合并左侧',
    merged: '已合并。',
    undo: '撤销',
    undone: '已撤销合并。',
    dismiss: '不是重复',
    dismissConfirm:
      '确定这是两家不同的公司吗？除非其中一家的网站、邮箱、电话或名称有变化，否则不会再提示。',
    dismissed: '已标记为不是重复客户。',
  },
};
