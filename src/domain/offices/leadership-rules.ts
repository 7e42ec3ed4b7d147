import type { Bilingual, Dimension } from '../culture/dimensions.ts';

export type LeadershipContext = 'decisions' | 'recognition' | 'planning' | 'targets' | 'work-life';

/**
 * Managing one's own local team, not selling to customers: same dimensions and thresholds as
 * the customer playbook (`THRESHOLDS` in culture/playbook-rules.ts: low ≤ 40, high ≥ 60, gap ≥ 25
 * points to headquarters), other advice. Texts live here, as data.
 */
export interface LeadershipRule {
  id: string;
  dimension: Dimension;
  when: { level: 'low' | 'high' } | { gap: 'higher' | 'lower' };
  context: LeadershipContext;
  do: Bilingual;
  avoid: Bilingual;
}

export const LEADERSHIP_CONTEXT_NAMES: Record<LeadershipContext, Bilingual> = {
  decisions: { en: 'Decisions and the manager’s role', zh: '决策与管理者角色' },
  recognition: { en: 'Recognition and motivation', zh: '认可与激励' },
  planning: { en: 'Planning and instructions', zh: '计划与工作指令' },
  targets: { en: 'Targets and time horizons', zh: '目标与时间跨度' },
  'work-life': { en: 'Work–life balance and team events', zh: '工作与生活平衡、团队活动' },
};

export const LEADERSHIP_RULES: LeadershipRule[] = [
  {
    id: 'team-pdi-high',
    dimension: 'pdi',
    when: { level: 'high' },
    context: 'decisions',
    do: {
      en: 'Give clear direction and let the local manager announce headquarters’ decisions; the team expects the boss to decide and to be seen deciding.',
      zh: '方向要明确，总部的决定由当地经理出面宣布；团队期待领导拍板，也希望看到领导拍板。',
    },
    avoid: {
      en: 'Asking the whole team to “just decide” without a mandate, or bypassing the local manager to instruct their staff.',
      zh: '没有授权就让全体员工“自己定”，或绕过当地经理直接给其下属布置工作。',
    },
  },
  {
    id: 'team-pdi-low',
    dimension: 'pdi',
    when: { level: 'low' },
    context: 'decisions',
    do: {
      en: 'Explain the reasons behind headquarters’ strategy and invite the team to question it; agree goals, then let people choose how to reach them.',
      zh: '讲清总部战略背后的理由，欢迎团队提出质疑；目标商定之后，怎么做交给员工自己决定。',
    },
    avoid: {
      en: 'Orders without reasons, or taking silence in a meeting for agreement.',
      zh: '只下命令不讲原因，或把会上没人说话当成大家都同意。',
    },
  },
  {
    id: 'team-pdi-gap-lower',
    dimension: 'pdi',
    when: { gap: 'lower' },
    context: 'decisions',
    do: {
      en: 'Expect far less deference than at headquarters: managers visiting from headquarters should be approachable, use first names and welcome being contradicted.',
      zh: '当地员工对上级的敬畏远不如国内：总部来的管理者要平易近人，直呼其名即可，被当面反驳也要坦然接受。',
    },
    avoid: {
      en: 'Treating open disagreement as insubordination, or relaying orders “because headquarters says so”.',
      zh: '把公开唱反调当作不服从，或用“这是总部的意思”来压人。',
    },
  },
  {
    id: 'team-pdi-gap-higher',
    dimension: 'pdi',
    when: { gap: 'higher' },
    context: 'decisions',
    do: {
      en: 'Expect more hierarchy than at headquarters: keep the local manager’s authority visible and route requests through them.',
      zh: '当地等级观念比总部更重：要维护当地经理的权威，工作安排通过经理下达。',
    },
    avoid: {
      en: 'Flat, informal instructions from headquarters straight to junior staff.',
      zh: '总部越级、随意地直接给基层员工派活。',
    },
  },
  {
    id: 'team-idv-high',
    dimension: 'idv',
    when: { level: 'high' },
    context: 'recognition',
    do: {
      en: 'Recognise people by name for their own results; set individual goals and talk about each person’s career path.',
      zh: '点名表扬个人取得的成绩；为每个人设定个人目标，并和他们谈各自的职业发展。',
    },
    avoid: {
      en: 'Only collective bonuses, or praising the team for what one person did.',
      zh: '只发集体奖金，或把某个人的功劳笼统算在团队头上。',
    },
  },
  {
    id: 'team-idv-low',
    dimension: 'idv',
    when: { level: 'low' },
    context: 'recognition',
    do: {
      en: 'Reward the team together and build belonging; give individual feedback, good or bad, in private.',
      zh: '奖励以团队为单位，营造归属感；对个人的表扬或批评都私下进行。',
    },
    avoid: {
      en: 'Singling someone out in front of colleagues, for praise or for blame.',
      zh: '当着同事的面单独点某个人，无论是表扬还是批评。',
    },
  },
  {
    id: 'team-mas-high',
    dimension: 'mas',
    when: { level: 'high' },
    context: 'recognition',
    do: {
      en: 'Tie rewards to measurable performance; visible status (titles, top-seller awards) motivates.',
      zh: '奖励与可量化的业绩挂钩；头衔、“销售冠军”之类看得见的荣誉很能激励人。',
    },
    avoid: {
      en: 'Vague feedback, or leaving top performers unrecognised.',
      zh: '反馈含糊其辞，或对业绩突出的人不闻不问。',
    },
  },
  {
    id: 'team-mas-low',
    dimension: 'mas',
    when: { level: 'low' },
    context: 'recognition',
    do: {
      en: 'Motivate through consensus, good working conditions and fairness; keep praise modest.',
      zh: '靠共识、良好的工作环境和公平来激励；表扬要适度，不宜张扬。',
    },
    avoid: {
      en: 'Public rankings and leaderboards, or celebrating long hours.',
      zh: '公开排名、业绩榜，或把加班当作美德来表扬。',
    },
  },
  {
    id: 'team-uai-high',
    dimension: 'uai',
    when: { level: 'high' },
    context: 'planning',
    do: {
      en: 'Give written instructions, clear processes and plans agreed in advance; announce changes early and explain them.',
      zh: '工作指令要落在书面上，流程清楚，计划提前商定；有变动要尽早通知并说明原因。',
    },
    avoid: {
      en: 'Last-minute changes of plan, or briefs that say “work it out as you go”.',
      zh: '临时改计划，或交代任务时只说“边做边看”。',
    },
  },
  {
    id: 'team-uai-low',
    dimension: 'uai',
    when: { level: 'low' },
    context: 'planning',
    do: {
      en: 'Set the goal and the limits, then leave room to improvise; a short brief is enough.',
      zh: '定好目标和边界，其余留出灵活发挥的空间；任务说明简短即可。',
    },
    avoid: {
      en: 'Thick rulebooks and step-by-step supervision.',
      zh: '规章制度繁琐，或一步一步盯着做。',
    },
  },
  {
    id: 'team-uai-gap-higher',
    dimension: 'uai',
    when: { gap: 'higher' },
    context: 'planning',
    do: {
      en: 'The team needs more structure than headquarters is used to giving: confirm in writing what was agreed on calls, with owners and dates.',
      zh: '当地团队需要的规范性比总部习惯给的更多：电话里商定的事要用书面确认，写明负责人和时间。',
    },
    avoid: {
      en: 'Headquarters’ habit of settling things verbally and adjusting later.',
      zh: '沿用总部口头拍板、事后再调的习惯。',
    },
  },
  {
    id: 'team-lto-high',
    dimension: 'lto',
    when: { level: 'high' },
    context: 'targets',
    do: {
      en: 'Share multi-year goals, invest in training and long customer relationships, and judge progress over years.',
      zh: '分享多年期目标，投入培训和长期客户关系，按年度乃至更长周期看进展。',
    },
    avoid: {
      en: 'Judging people on one quarter’s numbers alone.',
      zh: '只凭一个季度的数字评价员工。',
    },
  },
  {
    id: 'team-lto-low',
    dimension: 'lto',
    when: { level: 'low' },
    context: 'targets',
    do: {
      en: 'Break strategy into quarterly milestones with quick, visible wins, and reward them when they happen.',
      zh: '把战略拆成季度里程碑，争取看得见的阶段性成果，达成后及时奖励。',
    },
    avoid: {
      en: 'Targets and bonuses that only pay out years later.',
      zh: '目标和奖金要好几年后才兑现。',
    },
  },
  {
    id: 'team-lto-gap-lower',
    dimension: 'lto',
    when: { gap: 'lower' },
    context: 'targets',
    do: {
      en: 'Headquarters plans further ahead than the team does: translate the long plan into this year’s concrete targets and explain what it means for them now.',
      zh: '总部的规划比当地团队看得更远：要把长期规划落实为今年的具体指标，并说明它对员工眼下意味着什么。',
    },
    avoid: {
      en: 'Presenting a five-year vision and expecting the team to be motivated by it alone.',
      zh: '只讲五年愿景，就指望团队因此干劲十足。',
    },
  },
  {
    id: 'team-ivr-high',
    dimension: 'ivr',
    when: { level: 'high' },
    context: 'work-life',
    do: {
      en: 'Respect evenings, weekends and booked holidays; make team events relaxed and enjoyable, within working time.',
      zh: '尊重员工的晚上、周末和已批的假期；团队活动轻松愉快，安排在工作时间内。',
    },
    avoid: {
      en: 'Messages that expect answers after hours, or calling people back from leave.',
      zh: '下班后发消息还要求马上回复，或把休假的人叫回来上班。',
    },
  },
  {
    id: 'team-ivr-low',
    dimension: 'ivr',
    when: { level: 'low' },
    context: 'work-life',
    do: {
      en: 'Keep team events modest and purposeful; recognition through responsibility and stability motivates more than perks.',
      zh: '团队活动宜简朴、有明确目的；给予责任和稳定感，比福利待遇更能激励人。',
    },
    avoid: {
      en: 'Lavish parties presented as the main reward.',
      zh: '把铺张的聚会当作主要奖励。',
    },
  },
  {
    id: 'team-ivr-gap-higher',
    dimension: 'ivr',
    when: { gap: 'higher' },
    context: 'work-life',
    do: {
      en: 'The team values free time more than headquarters does: plan around their holidays and agree when people can be reached.',
      zh: '当地员工比总部更看重个人时间：工作安排要避开他们的假期，并事先约定什么时候可以联系。',
    },
    avoid: {
      en: 'Expecting weekend replies or holiday availability the way headquarters works.',
      zh: '按总部的习惯要求周末回消息、假期随叫随到。',
    },
  },
];
