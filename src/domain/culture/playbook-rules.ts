import type { Bilingual, Dimension } from './dimensions.ts';

export type Context =
  'first-contact' | 'meetings' | 'negotiation' | 'email' | 'decision-making' | 'follow-up';

/**
 * A rule fires on the target country's level of a dimension (low ≤ 40, high ≥ 60) or on its gap
 * to the home country (≥ 25 points either way). Thresholds and texts live here, as data.
 */
export interface PlaybookRule {
  id: string;
  dimension: Dimension;
  when: { level: 'low' | 'high' } | { gap: 'higher' | 'lower' };
  context: Context;
  do: Bilingual;
  avoid: Bilingual;
}

export const THRESHOLDS = { low: 40, high: 60, gap: 25 } as const;

export const CONTEXT_NAMES: Record<Context, Bilingual> = {
  'first-contact': { en: 'First contact', zh: '初次接触' },
  meetings: { en: 'Meetings', zh: '会议' },
  negotiation: { en: 'Negotiation', zh: '谈判' },
  email: { en: 'Email tone', zh: '邮件语气' },
  'decision-making': { en: 'Decision-making', zh: '决策方式' },
  'follow-up': { en: 'Follow-up pace', zh: '跟进节奏' },
};

export const RULES: PlaybookRule[] = [
  {
    id: 'pdi-low',
    dimension: 'pdi',
    when: { level: 'low' },
    context: 'first-contact',
    do: {
      en: 'Address the technical expert or project owner directly by name; expect juniors to challenge your proposal openly and answer with data.',
      zh: '直接联系技术负责人或项目负责人，称呼名字即可；对方年轻工程师当面质疑方案很正常，用数据回应。',
    },
    avoid: {
      en: 'Routing everything through the most senior person or leaning on titles and rank.',
      zh: '凡事只找最高层，或靠头衔、级别说话。',
    },
  },
  {
    id: 'pdi-high',
    dimension: 'pdi',
    when: { level: 'high' },
    context: 'decision-making',
    do: {
      en: 'Win the senior decision-maker early; use titles in formal letters; bring your own senior manager to key meetings.',
      zh: '尽早争取高层决策人的认可；正式函件写明职务称谓；关键会谈请我方领导出面。',
    },
    avoid: {
      en: 'Going around the boss to lower-level staff, or contradicting a senior person in public.',
      zh: '绕过老板直接找基层，或当众反驳对方领导。',
    },
  },
  {
    id: 'pdi-gap-lower',
    dimension: 'pdi',
    when: { gap: 'lower' },
    context: 'meetings',
    do: {
      en: 'Expect a flatter meeting than at home: anyone may speak and disagree; answer the question, whoever asks it.',
      zh: '对方会议比国内扁平得多：谁都可以发言、提出异议；回答问题本身，不看提问人职位。',
    },
    avoid: {
      en: 'Reading open disagreement as disrespect, or waiting for the boss to speak first.',
      zh: '把公开的不同意见当作不尊重，或等对方老板先表态。',
    },
  },
  {
    id: 'pdi-gap-higher',
    dimension: 'pdi',
    when: { gap: 'higher' },
    context: 'meetings',
    do: {
      en: 'Expect more hierarchy than at home: agree the agenda with the senior side first and follow protocol.',
      zh: '对方等级观念比国内更强：先与对方高层确定议程，遵守礼节和流程。',
    },
    avoid: {
      en: 'Treating every attendee as an equal decision-maker.',
      zh: '把所有参会者都当作同等的决策人。',
    },
  },
  {
    id: 'idv-high',
    dimension: 'idv',
    when: { level: 'high' },
    context: 'email',
    do: {
      en: 'Write directly and specifically; name the person responsible for each next step; argue from their company’s business case.',
      zh: '邮件直接、具体；每个下一步写明负责人；从对方公司的商业利益讲清价值。',
    },
    avoid: {
      en: 'Long relationship-building before business, or vague collective promises.',
      zh: '谈生意前长时间铺垫关系，或给出含糊的集体承诺。',
    },
  },
  {
    id: 'idv-low',
    dimension: 'idv',
    when: { level: 'low' },
    context: 'first-contact',
    do: {
      en: 'Build the relationship before the deal: an introduction through a trusted partner, visits, meals; look after the whole group.',
      zh: '先建立关系再谈生意：通过可信伙伴引荐，多拜访、多一起吃饭；照顾到对方整个团队。',
    },
    avoid: {
      en: 'Cold, purely transactional outreach, or pressing one person to commit alone.',
      zh: '冷冰冰只谈交易，或逼某一个人单独拍板。',
    },
  },
  {
    id: 'idv-gap-higher',
    dimension: 'idv',
    when: { gap: 'higher' },
    context: 'negotiation',
    do: {
      en: 'Keep business and friendship apart: a good dinner does not replace a good offer; be explicit about terms.',
      zh: '生意和交情分开：一顿好饭代替不了一份好报价；条款要讲清楚。',
    },
    avoid: {
      en: 'Relying on guanxi or favours to settle price and terms.',
      zh: '指望靠关系、人情来定价格和条款。',
    },
  },
  {
    id: 'mas-high',
    dimension: 'mas',
    when: { level: 'high' },
    context: 'negotiation',
    do: {
      en: 'Lead with performance, benchmarks and market leadership; expect firm, competitive bargaining.',
      zh: '突出性能指标、对标数据和行业地位；对方讨价还价会很强硬，提前准备底线。',
    },
    avoid: {
      en: 'Understating your strengths out of modesty.',
      zh: '过分谦虚，不敢讲自己的优势。',
    },
  },
  {
    id: 'mas-low',
    dimension: 'mas',
    when: { level: 'low' },
    context: 'meetings',
    do: {
      en: 'Stress partnership, reliability, working conditions and sustainability; seek consensus; keep a modest tone.',
      zh: '强调长期合作、可靠性、员工福祉和可持续发展；寻求共识，语气谦和。',
    },
    avoid: {
      en: 'Hard-sell superlatives and aggressive deadlines.',
      zh: '夸大其词的强推销和咄咄逼人的期限。',
    },
  },
  {
    id: 'uai-high',
    dimension: 'uai',
    when: { level: 'high' },
    context: 'first-contact',
    do: {
      en: 'Send specifications, certificates (CE, ISO…), test reports and written guarantees before price; follow the agreed agenda; put every commitment in writing.',
      zh: '先发技术规格、认证（CE、ISO 等）、检测报告和书面质保，再谈价格；按约定议程推进，承诺一律落到书面。',
    },
    avoid: {
      en: 'Improvising, changing specifications late, or vague answers such as “no problem”.',
      zh: '临场发挥、临时改规格，或用“没问题”这类含糊的回答。',
    },
  },
  {
    id: 'uai-low',
    dimension: 'uai',
    when: { level: 'low' },
    context: 'negotiation',
    do: {
      en: 'Stay flexible: samples, pilots and quick trials persuade more than thick documents.',
      zh: '灵活应对：样品、试单和快速试用比厚厚的文件更有说服力。',
    },
    avoid: {
      en: 'Heavy process and paperwork before a first order.',
      zh: '首单之前流程繁琐、文件过多。',
    },
  },
  {
    id: 'uai-gap-higher',
    dimension: 'uai',
    when: { gap: 'higher' },
    context: 'follow-up',
    do: {
      en: 'They need more certainty than your team is used to: confirm dates, specs and changes in writing after every call.',
      zh: '对方比我方更需要确定性：每次通话后都用书面形式确认日期、规格和变更。',
    },
    avoid: { en: 'Leaving details “to sort out later”.', zh: '细节“以后再说”。' },
  },
  {
    id: 'lto-low',
    dimension: 'lto',
    when: { level: 'low' },
    context: 'follow-up',
    do: {
      en: 'Show quick wins and near-term results; keep follow-ups short and concrete; respect fixed commitments and traditions.',
      zh: '展示短期见效的成果；跟进简短具体；尊重对方的既定安排和传统。',
    },
    avoid: {
      en: 'Selling only a ten-year vision or asking for patience on returns.',
      zh: '只讲十年愿景，或要求对方耐心等待回报。',
    },
  },
  {
    id: 'lto-high',
    dimension: 'lto',
    when: { level: 'high' },
    context: 'decision-making',
    do: {
      en: 'Present the long-term roadmap, capacity and after-sales commitment; they invest in durable partnerships.',
      zh: '展示长期规划、产能保障和售后承诺；对方愿意为长期合作投入。',
    },
    avoid: {
      en: 'Pushing for a quick close on a one-off deal.',
      zh: '为一锤子买卖催促对方快速成交。',
    },
  },
  {
    id: 'lto-gap-lower',
    dimension: 'lto',
    when: { gap: 'lower' },
    context: 'negotiation',
    do: {
      en: 'They weigh this quarter more than your team does: offer terms that pay off soon, such as a first-order discount or faster delivery.',
      zh: '对方比我方更看重眼前：给出见效快的条件，如首单折扣或更快交期。',
    },
    avoid: {
      en: 'Arguing mainly from long-term strategic value.',
      zh: '主要从长期战略价值来说服对方。',
    },
  },
  {
    id: 'ivr-high',
    dimension: 'ivr',
    when: { level: 'high' },
    context: 'meetings',
    do: {
      en: 'Keep the tone warm and upbeat; small talk and social events help; respect their evenings, weekends and holidays.',
      zh: '保持轻松积极的语气；适当寒暄、参加社交活动有帮助；尊重对方的下班时间、周末和假期。',
    },
    avoid: {
      en: 'Messaging at weekends or on holidays and expecting a reply.',
      zh: '周末或假期发消息还期待对方马上回复。',
    },
  },
  {
    id: 'ivr-low',
    dimension: 'ivr',
    when: { level: 'low' },
    context: 'email',
    do: {
      en: 'Stay formal and restrained; leave jokes out of writing until you know them well.',
      zh: '语气正式、克制；彼此熟悉之前，书面沟通中不要开玩笑。',
    },
    avoid: { en: 'Overly casual or humorous messages.', zh: '过于随意或幽默的邮件。' },
  },
];
