/**
 * The next-best-action rules as data: what each rule looks for (a condition kind with its
 * parameters), how urgent it is and what it says in each language. `evaluateActions` (actions.ts)
 * reads this table; adding or tuning a rule is an edit here, never in the evaluator. A workspace
 * switches rules off by id (insight settings).
 */
import type { ChurnActionCode } from '../risk/churn-actions.ts';
import { SURFACED_FROM } from '../risk/churn-actions.ts';

export type ActionLanguage = 'en' | 'zh';

export type Condition =
  /** a closing holiday in the customer's country starts between `minDays` and `maxDays` from today */
  | { kind: 'holiday_ahead'; minDays: number; maxDays: number }
  /** no touch for at least `minDays` (never touched counts), for customers of these tiers */
  | { kind: 'no_touch'; minDays: number; tiers: string[] }
  /** a sent quote expires within `maxBusinessDays` business days of the customer's calendar */
  | { kind: 'quote_expiring'; maxBusinessDays: number }
  /** an order is overdue by at least `minDays` */
  | { kind: 'payment_overdue'; minDays: number }
  /** the last order is older than `factor` × the customer's usual interval between orders */
  | { kind: 'reorder_due'; factor: number; minOrders: number }
  /** the stored churn score is at least `minScore`: the action for its strongest reason */
  | { kind: 'churn_risk'; minScore: number };

export interface ActionRule {
  id: string;
  /** higher first; ties keep the table's order */
  priority: number;
  when: Condition;
  /** per language, with `{param}` placeholders filled from what the condition found */
  text: Record<ActionLanguage, string>;
}

export const ACTION_RULES: readonly ActionRule[] = [
  {
    id: 'payment_overdue',
    priority: 90,
    when: { kind: 'payment_overdue', minDays: 1 },
    text: {
      en: 'Check payment: order {order} is {days} days overdue',
      zh: '核对付款：订单 {order} 已逾期 {days} 天',
    },
  },
  {
    id: 'churn_risk',
    priority: 85,
    when: { kind: 'churn_risk', minScore: SURFACED_FROM },
    text: {
      en: 'At risk (churn score {score}): {todo}',
      zh: '流失风险（评分 {score}）：{todo}',
    },
  },
  {
    id: 'quote_expiring',
    priority: 80,
    when: { kind: 'quote_expiring', maxBusinessDays: 2 },
    text: {
      en: 'Send the quote follow-up: quote {quote} expires in {days} business days',
      zh: '跟进报价：报价单 {quote} 将在 {days} 个工作日后到期',
    },
  },
  {
    id: 'greet_holiday',
    priority: 75,
    when: { kind: 'holiday_ahead', minDays: 0, maxDays: 1 },
    text: {
      en: 'Greet: {holiday} {when}',
      zh: '送上问候：{when}是{holiday}',
    },
  },
  {
    id: 'call_before_holiday',
    priority: 70,
    when: { kind: 'holiday_ahead', minDays: 2, maxDays: 7 },
    text: {
      en: 'Call before {holiday} (their holiday starts in {days} days)',
      zh: '在{holiday}前致电（对方假期 {days} 天后开始）',
    },
  },
  {
    id: 're_engage',
    priority: 60,
    when: { kind: 'no_touch', minDays: 45, tiers: ['A'] },
    text: {
      en: 'Re-engage: tier {tier}, no touch in {days} days',
      zh: '重新联系：{tier} 级客户，已 {days} 天未联系',
    },
  },
  {
    id: 'reorder_due',
    priority: 50,
    when: { kind: 'reorder_due', factor: 1.2, minOrders: 3 },
    text: {
      en: 'Ask about the next order: the last order was {days} days ago, usually every {interval}',
      zh: '询问下一笔订单：上次下单在 {days} 天前，通常每 {interval} 天一单',
    },
  },
];

export const ACTION_RULE_IDS = ACTION_RULES.map((r) => r.id);

/** The churn rule's suggested actions as its text's `{todo}` (the web words them from the code). */
export const CHURN_ACTION_TEXT: Record<ChurnActionCode, Record<ActionLanguage, string>> = {
  call_buyer: { en: 'call the buyer', zh: '致电采购负责人' },
  answer_mail: { en: 'answer the unanswered mail', zh: '回复未回复的邮件' },
  resolve_tickets: { en: 'resolve the open tickets', zh: '解决未结工单' },
  follow_up_feedback: { en: 'follow up the poor feedback', zh: '跟进差评反馈' },
  find_key_contact: { en: 'find the new key contact', zh: '找到新的关键联系人' },
  review_offer: { en: 'review price and offer', zh: '复核价格与报价方案' },
};
