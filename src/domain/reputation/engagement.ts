/**
 * Engaging a stakeholder (issue 19): what an interaction can be, and where a planned follow-up
 * falls in the stakeholder's own calendar. Plain functions, table-tested.
 */
import type { BusinessCalendar } from '../calendar/business-calendar.ts';
import { explainShift } from '../calendar/explain.ts';
import type { Bilingual } from '../culture/dimensions.ts';
import { addBusinessDays } from '../automations/rules.ts';

export const INTERACTION_KINDS = [
  'meeting',
  'call',
  'letter',
  'email',
  'visit',
  'event',
  'other',
] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const PLAN_STATUSES = ['open', 'done'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** The most business days ahead a follow-up may be planned by count. */
export const MAX_PLAN_BUSINESS_DAYS = 250;

export interface PlannedDay {
  requestedDate: string;
  dueDate: string;
  /** why the day moved (weekend, public holiday, the workspace's own days), or null */
  reason: Bilingual | null;
}

/**
 * A follow-up asked for `requested` is due that day when it is a business day in the
 * stakeholder's country, else on the next one, saying why it moved.
 */
export function planOnDay(
  calendar: Pick<BusinessCalendar, 'nextBusinessDay'>,
  requested: string,
  placeName: Bilingual,
): PlannedDay {
  const next = calendar.nextBusinessDay(requested);
  return {
    requestedDate: requested,
    dueDate: next.date,
    reason: explainShift(next.skipped, next.date, placeName),
  };
}

/**
 * A follow-up `n` business days after `today` (the stakeholder's local date): weekends and
 * holidays of their country are not counted; 0 is today or, if closed, the next business day.
 */
export function planInBusinessDays(
  calendar: Pick<BusinessCalendar, 'nextBusinessDay' | 'isBusinessDay'>,
  today: string,
  n: number,
  placeName: Bilingual,
): PlannedDay {
  if (n === 0) return planOnDay(calendar, today, placeName);
  const due = addBusinessDays(calendar, today, n).date;
  return {
    requestedDate: due,
    dueDate: due,
    reason: {
      en: `${n} business day${n === 1 ? '' : 's'} after ${today} in ${placeName.en}`,
      zh: `${placeName.zh}自 ${today} 起第 ${n} 个工作日`,
    },
  };
}

/** Open and due before the stakeholder's today. */
export function isOverdue(plan: { status: string; dueDate: string }, today: string): boolean {
  return plan.status === 'open' && plan.dueDate < today;
}
