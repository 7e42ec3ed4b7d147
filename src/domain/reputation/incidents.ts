/**
 * Crisis incidents (issue 19): the states an incident moves through, the checklist each kind
 * starts with, and the time to first response. Plain data and functions, table-tested.
 */

export const INCIDENT_KINDS = [
  'product_safety',
  'data_security',
  'labour_ethics',
  'political',
  'environmental',
  'other',
] as const;
export type IncidentKind = (typeof INCIDENT_KINDS)[number];

export const INCIDENT_STATUSES = ['monitoring', 'active', 'contained', 'closed'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type IncidentSeverity = (typeof INCIDENT_SEVERITIES)[number];

/**
 * Where an incident may go from each state. Forward as it runs its course; back to active when a
 * contained one flares up again; a closed one is reopened by monitoring it again.
 */
const NEXT: Record<IncidentStatus, IncidentStatus[]> = {
  monitoring: ['active', 'closed'],
  active: ['contained', 'closed'],
  contained: ['active', 'closed'],
  closed: ['monitoring'],
};

export function canMove(from: IncidentStatus, to: IncidentStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextStatuses(from: IncidentStatus): IncidentStatus[] {
  return [...NEXT[from]];
}

export interface ChecklistItem {
  key: string;
  en: string;
  zh: string;
}

const COMMON: ChecklistItem[] = [
  { key: 'owner', en: 'Name one owner and a deputy', zh: '指定一名负责人和一名副手' },
  {
    key: 'facts',
    en: 'Write down what is known, what is not, and the source of each fact',
    zh: '写下已知与未知的情况，以及每条事实的来源',
  },
  {
    key: 'holding',
    en: 'Approve a holding statement in every affected market’s language',
    zh: '以每个受影响市场的语言批准一份临时声明',
  },
  {
    key: 'customers',
    en: 'Tell the account owners of customers in the affected markets before the press does',
    zh: '在媒体报道之前通知受影响市场客户的负责人',
  },
];

/** What each kind of incident adds to the common steps; the workspace's playbook, as shipped. */
const BY_KIND: Record<IncidentKind, ChecklistItem[]> = {
  product_safety: [
    {
      key: 'batches',
      en: 'Identify the affected batches, serial numbers and shipments',
      zh: '确认受影响的批次、序列号和发货记录',
    },
    {
      key: 'regulator',
      en: 'Check the market’s duty to notify the product-safety regulator, and its deadline',
      zh: '核实当地向产品安全监管机构报告的义务及期限',
    },
    {
      key: 'recall',
      en: 'Decide on a stop-sale or recall with the local distributor',
      zh: '与当地经销商决定是否停售或召回',
    },
  ],
  data_security: [
    {
      key: 'scope',
      en: 'Establish which systems and whose data are affected',
      zh: '确认哪些系统、哪些人的数据受到影响',
    },
    {
      key: 'authority',
      en: 'Check the data-protection authority’s notification deadline (72 hours under the GDPR)',
      zh: '核实向数据保护机构报告的期限（GDPR 为 72 小时）',
    },
    {
      key: 'forensics',
      en: 'Preserve logs and evidence before anything is changed',
      zh: '在做任何改动之前保全日志和证据',
    },
  ],
  labour_ethics: [
    {
      key: 'audit',
      en: 'Commission an independent audit of the site or supplier named',
      zh: '委托对所涉工厂或供应商进行独立审核',
    },
    {
      key: 'workers',
      en: 'Hear the workers’ side through a channel they trust',
      zh: '通过员工信任的渠道听取他们的说法',
    },
  ],
  political: [
    {
      key: 'embassy',
      en: 'Brief the embassy’s commercial section and the chamber of commerce',
      zh: '向使馆经商处和商会通报情况',
    },
    {
      key: 'neutral',
      en: 'Keep every statement to the business; take no political side',
      zh: '所有声明只谈业务，不表明政治立场',
    },
  ],
  environmental: [
    {
      key: 'measure',
      en: 'Have the emission or spill measured by an accredited local laboratory',
      zh: '请当地有资质的实验室检测排放或泄漏',
    },
    {
      key: 'community',
      en: 'Meet the affected community’s representatives in person',
      zh: '当面会见受影响社区的代表',
    },
  ],
  other: [],
};

export function checklistFor(kind: IncidentKind): ChecklistItem[] {
  return [...COMMON, ...BY_KIND[kind]];
}

/**
 * Minutes from first seen to the first response (the first action taken or statement approved),
 * or null while nobody has responded. A response logged before the first-seen instant (entered
 * late) counts as immediate rather than negative.
 */
export function minutesToFirstResponse(firstSeen: string, firstResponse: string | null) {
  if (!firstResponse) return null;
  const ms = Date.parse(firstResponse) - Date.parse(firstSeen);
  return Math.max(0, Math.round(ms / 60_000));
}
