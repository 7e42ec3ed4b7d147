import type { DayStatus } from '../calendar/business-calendar.ts';
import { addDays } from '../calendar/dates.ts';
import { explainShift } from '../calendar/explain.ts';
import type { Bilingual } from '../culture/dimensions.ts';
import { fieldError, type FieldError } from '../field-errors.ts';

/** What sets a follow-up visit (回访) off. */
export const VISIT_TRIGGERS = [
  'ticket_solved',
  'installation_closed',
  'order_shipped',
  'order_delivered',
] as const;
export type VisitTrigger = (typeof VISIT_TRIGGERS)[number];

/** A call, or a visit in person. */
export const VISIT_KINDS = ['call', 'visit'] as const;
export type VisitKind = (typeof VISIT_KINDS)[number];

/** How a checklist item is answered: ticked or not, a score of 1 to 5, or words. */
export const CHECKLIST_TYPES = ['yes_no', 'score', 'text'] as const;
export type ChecklistType = (typeof CHECKLIST_TYPES)[number];

/** A visit's state as told on read: planned, overdue (missed), done, cancelled. */
export const VISIT_STATES = ['planned', 'overdue', 'done', 'cancelled'] as const;
export type VisitState = (typeof VISIT_STATES)[number];

export const MAX_VISIT_DAYS = 90;
export const SCORE = { min: 1, max: 5 } as const;
export const MAX_ANSWER_TEXT = 1000;

export interface ChecklistItem {
  /** stable within the rule: answers are keyed by it */
  key: string;
  label: string;
  type: ChecklistType;
  required: boolean;
}

export type ChecklistAnswers = Record<string, boolean | number | string>;

export interface VisitRuleTerms {
  id: string;
  trigger: VisitTrigger;
  enabled: boolean;
  /** ticket types a `ticket_solved` rule applies to; empty: any */
  ticketTypes: string[];
  /** customer tiers the rule applies to; empty: any */
  tiers: string[];
}

export interface VisitEvent {
  trigger: VisitTrigger;
  /** the ticket's type, for ticket triggers */
  ticketType?: string;
  tier: string | null;
}

/** The enabled rules an event sets off: its trigger, and the rule's ticket types and tiers. */
export function rulesFor<R extends VisitRuleTerms>(rules: R[], e: VisitEvent): R[] {
  return rules.filter(
    (r) =>
      r.enabled &&
      r.trigger === e.trigger &&
      (e.trigger !== 'installation_closed' || e.ticketType === 'installation') &&
      (!r.ticketTypes.length ||
        (e.ticketType !== undefined && r.ticketTypes.includes(e.ticketType))) &&
      (!r.tiers.length || (e.tier !== null && r.tiers.includes(e.tier))),
  );
}

/** Problems of a rule's terms beyond its schema: ticket types only on the ticket-solved trigger; keys once. */
export function ruleProblems(r: {
  trigger?: VisitTrigger;
  ticketTypes?: string[];
  checklist?: { key: string }[];
}): FieldError[] {
  const errors: FieldError[] = [];
  if (r.ticketTypes?.length && r.trigger !== undefined && r.trigger !== 'ticket_solved')
    errors.push(fieldError('/ticketTypes', 'visit_ticket_types'));
  const seen = new Set<string>();
  (r.checklist ?? []).forEach((item, i) => {
    if (seen.has(item.key))
      errors.push(fieldError(`/checklist/${i}/key`, 'duplicate_value', { value: item.key }));
    seen.add(item.key);
  });
  return errors;
}

const KIND_WORDS: Record<VisitKind, Bilingual> = {
  call: { en: 'Follow-up call', zh: '电话回访' },
  visit: { en: 'Follow-up visit', zh: '上门回访' },
};

/** "T-000012 was solved", "订单 PO-77 已交付": what happened, in both languages. */
export function eventWords(trigger: VisitTrigger, about: string): Bilingual {
  switch (trigger) {
    case 'ticket_solved':
      return { en: `${about} was solved`, zh: `工单 ${about} 已解决` };
    case 'installation_closed':
      return { en: `installation ${about} was closed`, zh: `安装工单 ${about} 已关闭` };
    case 'order_shipped':
      return { en: `order ${about} was shipped`, zh: `订单 ${about} 已发货` };
    case 'order_delivered':
      return { en: `order ${about} was delivered`, zh: `订单 ${about} 已交付` };
  }
}

export interface VisitPlanInput {
  /** the day the event happened, in the customer's own calendar (their zone) */
  eventDate: string;
  businessDays: number;
  /** the customer's business calendar: their weekend, public holidays and the workspace's overrides */
  calendar: { status(date: string): DayStatus };
  placeName: Bilingual;
  trigger: VisitTrigger;
  kind: VisitKind;
  /** the ticket's number or the order's */
  about: string;
}

export interface VisitPlan {
  dueDate: string;
  reason: Bilingual;
}

/**
 * A follow-up visit is due on the Nth business day after the event in the customer's calendar:
 * a German ticket solved on Wed 23 Dec + 2 is Mon 28 Dec (Christmas, Boxing Day, the weekend);
 * a Saudi order delivered on a Thursday + 1 is the Sunday. The day of the event never counts. The
 * reason names the closed days it stepped over.
 */
export function planVisit(input: VisitPlanInput): VisitPlan {
  const n = Math.min(MAX_VISIT_DAYS, Math.max(1, Math.trunc(input.businessDays)));
  let date = input.eventDate;
  const skipped: DayStatus[] = [];
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    const status = input.calendar.status(date);
    if (status.working) counted++;
    else skipped.push(status);
  }
  const kind = KIND_WORDS[input.kind];
  const what = eventWords(input.trigger, input.about);
  const base: Bilingual = {
    en: `${kind.en} ${n} business day${n === 1 ? '' : 's'} after ${what.en} on ${input.eventDate}`,
    zh: `${what.zh}（${input.eventDate}），${n} 个工作日后${kind.zh}`,
  };
  const moved = explainShift(skipped, date, input.placeName);
  return {
    dueDate: date,
    reason: moved ? { en: `${base.en} (${moved.en})`, zh: `${base.zh}（${moved.zh}）` } : base,
  };
}

/**
 * Checks a visit's checklist answers against its items: every required item answered, each in its
 * type (yes/no a boolean, a score a whole number 1–5, words 1 to 1,000 characters), nothing else.
 * Errors point at `/answers/<key>`.
 */
export function answerProblems(items: ChecklistItem[], answers: ChecklistAnswers): FieldError[] {
  const errors: FieldError[] = [];
  const known = new Map(items.map((i) => [i.key, i]));
  for (const key of Object.keys(answers))
    if (!known.has(key)) errors.push(fieldError(`/answers/${key}`, 'unknown_field'));
  for (const item of items) {
    const path = `/answers/${item.key}`;
    const v = answers[item.key];
    const blank = v === undefined || (typeof v === 'string' && !v.trim());
    if (blank) {
      if (item.required) errors.push(fieldError(path, 'required'));
      continue;
    }
    if (item.type === 'yes_no' && typeof v !== 'boolean')
      errors.push(fieldError(path, 'type', { type: 'boolean' }));
    if (item.type === 'score' && (typeof v !== 'number' || !Number.isInteger(v) || v < 1 || v > 5))
      errors.push(fieldError(path, 'survey_score', SCORE));
    if (item.type === 'text' && (typeof v !== 'string' || v.length > MAX_ANSWER_TEXT))
      errors.push(fieldError(path, 'text_length', { min: 1, max: MAX_ANSWER_TEXT }));
  }
  return errors;
}

/**
 * The answers as lines for the timeline, in the checklist's order and its own words (as the admin
 * wrote them): "✓ Pump runs quietly", "✗ Manual handed over", "Satisfaction: 4/5", "Notes: …".
 */
export function answerLines(items: ChecklistItem[], answers: ChecklistAnswers): string[] {
  return items.flatMap((item) => {
    const v = answers[item.key];
    if (v === undefined || (typeof v === 'string' && !v.trim())) return [];
    if (item.type === 'yes_no') return [`${v ? '✓' : '✗'} ${item.label}`];
    if (item.type === 'score') return [`${item.label}: ${String(v)}/${SCORE.max}`];
    return [`${item.label}: ${String(v).trim()}`];
  });
}

/**
 * A visit's state: done once its outcome is recorded (or its follow-up was marked done), cancelled
 * with its follow-up, else overdue when its date has passed in the customer's calendar — a missed
 * visit — or planned.
 */
export function visitState(v: {
  outcomeAt: string | null;
  followUpStatus: 'open' | 'snoozed' | 'done' | 'cancelled';
  dueDate: string;
  /** today in the customer's zone */
  today: string;
}): VisitState {
  if (v.outcomeAt || v.followUpStatus === 'done') return 'done';
  if (v.followUpStatus === 'cancelled') return 'cancelled';
  return v.dueDate < v.today ? 'overdue' : 'planned';
}
