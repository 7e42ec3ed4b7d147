import { addDays } from '../calendar/dates.ts';
import {
  BUILT_IN_DATE_FIELDS,
  customDateKey,
  MAX_DATE_OFFSET,
  type DateTrigger,
} from './date-trigger.ts';
import { STAGES, TIERS, type Stage, type Tier } from '../enums.ts';
import { EVENT_TYPES, type EventType } from '../events.ts';
import { fieldError, type FieldError } from '../field-errors.ts';

/**
 * Automation rules: WHEN a trigger happens to a customer, IF its condition (a segment filter)
 * holds for the customer, THEN run the actions in order. Shapes and their checks live here; the
 * automations module stores, evaluates and runs them.
 */
export const TRIGGER_KINDS = [
  'event',
  'segment_enter',
  'segment_leave',
  'follow_up_overdue',
  'date_arrives',
] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

/** Record events a rule may start on: every domain event but its own `automation.fired`. */
export const TRIGGER_EVENTS: readonly EventType[] = EVENT_TYPES.filter(
  (t) => t !== 'automation.fired',
);

export type Trigger =
  | { kind: 'event'; eventType: EventType; fields?: string[] }
  | { kind: 'segment_enter' | 'segment_leave'; segmentId: string }
  | { kind: 'follow_up_overdue' }
  | DateTrigger;

export const ACTION_TYPES = [
  'create_follow_up',
  'assign_owner',
  'add_tag',
  'set_stage',
  'set_tier',
  'call_webhook',
] as const;
export type ActionType = (typeof ACTION_TYPES)[number];

export type Action =
  | { type: 'create_follow_up'; businessDays: number; note?: string }
  | { type: 'assign_owner'; userId: string }
  | { type: 'add_tag'; tag: string }
  | { type: 'set_stage'; stage: Stage }
  | { type: 'set_tier'; tier: Tier }
  | { type: 'call_webhook' };

export const RUN_STATUSES = ['ok', 'skipped', 'failed', 'loop_blocked'] as const;
export type RunStatus = (typeof RUN_STATUSES)[number];

/**
 * Events caused by an automation carry the depth of the chain (a person's change is 0, what a
 * rule did about it 1, …). Events at this depth or deeper start no rule: the run is logged
 * `loop_blocked`, so two rules undoing each other stop after a few rounds.
 */
export const MAX_AUTOMATION_DEPTH = 3;
export const MAX_ACTIONS = 10;
export const MAX_BUSINESS_DAYS = 365;

/** What a rule has already done in a chain: a rule never starts twice for one entity in it. */
export const chainKey = (ruleId: string, entityId: string) => `${ruleId}:${entityId}`;

/** The customer events whose changes can move a customer into or out of a segment. */
export const SEGMENT_EVENTS: EventType[] = [
  'customer.created',
  'customer.updated',
  'customer.restored',
  'customer.deleted',
  'customer.merged',
  'customer.unmerged',
  'contact.created',
  'contact.updated',
  'contact.deleted',
  'order.created',
  'order.updated',
  'order.deleted',
];

/** The event types a rule listens to. The overdue and date scans are schedules, not events. */
export function triggerEvents(trigger: Trigger): EventType[] {
  if (trigger.kind === 'event') return [trigger.eventType];
  if (trigger.kind === 'follow_up_overdue' || trigger.kind === 'date_arrives') return [];
  return SEGMENT_EVENTS;
}

/** An event trigger matches its type and, when fields are named, a change of one of them. */
export function eventMatches(
  trigger: Trigger,
  event: { type: string; changes: Record<string, unknown> },
): boolean {
  if (trigger.kind !== 'event' || trigger.eventType !== event.type) return false;
  if (!trigger.fields?.length) return true;
  return trigger.fields.some((f) => f in event.changes);
}

/** The date `n` business days after `from` in a calendar, and whether a closed day moved it. */
export function addBusinessDays(
  calendar: { isBusinessDay(date: string): boolean },
  from: string,
  n: number,
): { date: string; skipped: number } {
  let date = from;
  let skipped = 0;
  for (let counted = 0; counted < n;) {
    date = addDays(date, 1);
    if (calendar.isBusinessDay(date)) counted++;
    else skipped++;
  }
  return { date, skipped };
}

const isObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks a trigger document; field errors point into `/trigger`. */
export function validateTrigger(input: unknown, errors: FieldError[]): Trigger | null {
  if (!isObject(input)) {
    errors.push(fieldError('/trigger', 'type', { type: 'object' }));
    return null;
  }
  const kind = input.kind as TriggerKind;
  if (!TRIGGER_KINDS.includes(kind)) {
    errors.push(fieldError('/trigger/kind', 'one_of', { values: [...TRIGGER_KINDS] }));
    return null;
  }
  if (kind === 'follow_up_overdue') return { kind };
  if (kind === 'date_arrives') return validateDateTrigger(input, errors);
  if (kind === 'segment_enter' || kind === 'segment_leave') {
    if (typeof input.segmentId !== 'string' || !input.segmentId) {
      errors.push(fieldError('/trigger/segmentId', 'required'));
      return null;
    }
    return { kind, segmentId: input.segmentId };
  }
  const eventType = input.eventType as EventType;
  if (!TRIGGER_EVENTS.includes(eventType)) {
    errors.push(fieldError('/trigger/eventType', 'one_of', { values: [...TRIGGER_EVENTS] }));
    return null;
  }
  const fields = input.fields;
  if (fields === undefined || fields === null) return { kind, eventType };
  if (!Array.isArray(fields) || fields.some((f) => typeof f !== 'string' || !f.trim())) {
    errors.push(fieldError('/trigger/fields', 'list'));
    return null;
  }
  if (fields.length && !eventType.endsWith('.updated')) {
    errors.push(fieldError('/trigger/fields', 'automation_fields_on_update'));
    return null;
  }
  return { kind, eventType, fields: [...new Set(fields.map((f: string) => f.trim()))] };
}

/**
 * A date trigger names a built-in date or `custom:<key>`; the service checks that the custom
 * field exists and is a date field.
 */
function validateDateTrigger(input: Record<string, unknown>, errors: FieldError[]) {
  const field = input.field;
  const known =
    typeof field === 'string' &&
    ((BUILT_IN_DATE_FIELDS as readonly string[]).includes(field) || !!customDateKey(field));
  if (!known) errors.push(fieldError('/trigger/field', 'automation_date_field'));
  const offset = input.offsetDays ?? 0;
  const offsetOk =
    typeof offset === 'number' && Number.isInteger(offset) && Math.abs(offset) <= MAX_DATE_OFFSET;
  if (!offsetOk)
    errors.push(
      fieldError('/trigger/offsetDays', 'automation_date_offset', { max: MAX_DATE_OFFSET }),
    );
  const annual = input.annual ?? false;
  if (typeof annual !== 'boolean')
    errors.push(fieldError('/trigger/annual', 'type', { type: 'boolean' }));
  if (!known || !offsetOk || typeof annual !== 'boolean') return null;
  return { kind: 'date_arrives', field: field, offsetDays: offset, annual } as DateTrigger;
}

/** Checks the action list; references (users) are checked by the service against the database. */
export function validateActions(input: unknown, errors: FieldError[]): Action[] {
  if (!Array.isArray(input) || input.length === 0 || input.length > MAX_ACTIONS) {
    errors.push(fieldError('/actions', 'list_length', { min: 1, max: MAX_ACTIONS }));
    return [];
  }
  const out: Action[] = [];
  input.forEach((a: unknown, i) => {
    const at = `/actions/${i}`;
    if (!isObject(a) || !ACTION_TYPES.includes(a.type as ActionType)) {
      errors.push(fieldError(`${at}/type`, 'one_of', { values: [...ACTION_TYPES] }));
      return;
    }
    const action = validateAction(a, at, errors);
    if (action) out.push(action);
  });
  return out;
}

function validateAction(a: Record<string, unknown>, at: string, errors: FieldError[]) {
  const text = (key: string, max: number): string | null => {
    const v = a[key];
    if (typeof v === 'string' && v.trim() && v.trim().length <= max) return v.trim();
    errors.push(fieldError(`${at}/${key}`, 'text_length', { min: 1, max }));
    return null;
  };
  switch (a.type as ActionType) {
    case 'create_follow_up': {
      const n = a.businessDays;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > MAX_BUSINESS_DAYS) {
        errors.push(
          fieldError(`${at}/businessDays`, 'automation_business_days', { max: MAX_BUSINESS_DAYS }),
        );
        return null;
      }
      if (a.note !== undefined && a.note !== null && a.note !== '') {
        const note = text('note', 500);
        return note === null
          ? null
          : ({ type: 'create_follow_up', businessDays: n, note } as const);
      }
      return { type: 'create_follow_up', businessDays: n } as const;
    }
    case 'assign_owner': {
      const userId = text('userId', 64);
      return userId === null ? null : ({ type: 'assign_owner', userId } as const);
    }
    case 'add_tag': {
      const tag = text('tag', 50);
      return tag === null ? null : ({ type: 'add_tag', tag } as const);
    }
    case 'set_stage':
      if (!STAGES.includes(a.stage as Stage)) {
        errors.push(fieldError(`${at}/stage`, 'one_of', { values: [...STAGES] }));
        return null;
      }
      return { type: 'set_stage', stage: a.stage as Stage } as const;
    case 'set_tier':
      if (!TIERS.includes(a.tier as Tier)) {
        errors.push(fieldError(`${at}/tier`, 'one_of', { values: [...TIERS] }));
        return null;
      }
      return { type: 'set_tier', tier: a.tier as Tier } as const;
    case 'call_webhook':
      return { type: 'call_webhook' } as const;
  }
}
