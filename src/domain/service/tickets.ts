import type { DayReason } from '../calendar/business-calendar.ts';
import {
  slaDue,
  slaElapsed,
  type Pause,
  type SkippedDay,
  type SlaClock,
  type TimeSpan,
} from './sla-clock.ts';

export const TICKET_CHANNELS = ['web', 'email', 'phone', 'chat', 'api', 'internal'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];
export const TICKET_TYPES = [
  'question',
  'complaint',
  'defect',
  'rma',
  'installation',
  'spare_parts',
] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];
export const TICKET_STATUSES = [
  'new',
  'open',
  'pending_customer',
  'pending_third_party',
  'on_hold',
  'solved',
  'closed',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];
export const SLA_CALENDARS = ['customer', 'home', '24x7'] as const;
export type SlaCalendar = (typeof SLA_CALENDARS)[number];
/** How a policy routes its new tickets: not at all, or to the support team at work now. */
export const SLA_ROUTINGS = ['none', 'follow_sun'] as const;
export type SlaRouting = (typeof SLA_ROUTINGS)[number];
export const BREACH_STATES = ['ok', 'warning', 'breached'] as const;
export type BreachState = (typeof BREACH_STATES)[number];

/** A year of minutes: the longest target a policy or a preview may ask for. */
export const MAX_SLA_MINUTES = 525_600;
export const DEFAULT_PAUSE_STATUSES: TicketStatus[] = ['pending_customer', 'on_hold'];
/** Statuses in which a ticket's targets are met: the resolution clock has stopped. */
const DONE: TicketStatus[] = ['solved', 'closed'];

/** The terms one ticket's SLA counts by: a policy's, copied onto the ticket when it opens. */
export interface SlaTerms {
  policyId: string | null;
  name: string;
  calendar: SlaCalendar;
  hours: TimeSpan;
  breaks: TimeSpan[];
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** 0080: business minutes to answer each later customer message; null: no such target */
  nextResponseMinutes: number | null;
  warnPercent: number;
  pauseStatuses: TicketStatus[];
}

export interface PolicyConditions {
  priorities: string[];
  types: string[];
  countries: string[];
  tiers: string[];
}

/**
 * What applies when no policy of the workspace matches (or it has none): the customer's calendar,
 * 09:00–17:00, first response within 4 business hours, resolution within 5 business days of 8 h.
 */
export const DEFAULT_TERMS: SlaTerms = {
  policyId: null,
  name: 'Default',
  calendar: 'customer',
  hours: { start: '09:00', end: '17:00' },
  breaks: [],
  firstResponseMinutes: 240,
  resolutionMinutes: 2400,
  nextResponseMinutes: null,
  warnPercent: 80,
  pauseStatuses: DEFAULT_PAUSE_STATUSES,
};

/** The first policy (in the order given) whose every non-empty condition list holds the ticket. */
export function matchPolicy<P extends PolicyConditions>(
  policies: P[],
  t: { priority: string; type: string; country: string; tier: string | null },
): P | undefined {
  const holds = (list: string[], v: string | null) =>
    !list.length || (v !== null && list.includes(v));
  return policies.find(
    (p) =>
      holds(p.priorities, t.priority) &&
      holds(p.types, t.type) &&
      holds(p.countries, t.country) &&
      holds(p.tiers, t.tier),
  );
}

export interface StatusChange {
  to: TicketStatus;
  at: Date;
}

/**
 * The stretches the clock stood still: from each change into a pausing status (or a solved or
 * closed one: a reopened ticket's resolution clock does not count the time it was solved) until
 * the next change out of it; the last one open while the ticket is still there.
 */
export function pausesOf(changes: StatusChange[], pauseStatuses: TicketStatus[]): Pause[] {
  const stops = new Set<TicketStatus>([...pauseStatuses, ...DONE]);
  const sorted = [...changes].sort((a, b) => a.at.getTime() - b.at.getTime());
  const out: Pause[] = [];
  sorted.forEach((c, i) => {
    if (stops.has(c.to)) out.push({ from: c.at, to: sorted[i + 1]?.at ?? null });
  });
  return out;
}

export interface TargetState {
  minutes: number;
  /** null: an open pause holds the clock, there is no due instant yet */
  due: Date | null;
  warnAt: Date | null;
  /** when the target was met (first public staff reply, solved), or null */
  metAt: Date | null;
  skipped: SkippedDay[];
  pausedMinutes: number;
}

export interface TicketSla {
  firstResponse: TargetState;
  resolution: TargetState;
  /** the current or last next-response cycle's target; null: no target or no cycle yet */
  nextResponse: TargetState | null;
  /** the earliest due instant of a target still running (null: none runs) */
  nextDue: Date | null;
}

/**
 * Due and warning instants of both targets from the ticket's opening, its status history and
 * when targets were met. A met target's due instant is counted with the pauses before it only
 * (what was due at the time); a running one's with every pause so far.
 */
export function ticketSla(
  clock: SlaClock,
  terms: SlaTerms,
  openedAt: Date,
  changes: StatusChange[],
  met: {
    firstResponseAt: Date | null;
    solvedAt: Date | null;
    /** the next-response cycle: when the customer's wait began and when it was answered */
    nextResponse?: { startedAt: Date; metAt: Date | null } | null;
  },
): TicketSla {
  const pauses = pausesOf(changes, terms.pauseStatuses);
  const target = (minutes: number, metAt: Date | null, start = openedAt): TargetState => {
    // Pauses that began once the target was met do not move it.
    const before = metAt ? pauses.filter((p) => p.from < metAt) : pauses;
    const capped = metAt
      ? before.map((p) => ({ from: p.from, to: p.to && p.to < metAt ? p.to : metAt }))
      : before;
    const due = slaDue(clock, start, minutes, capped);
    const warn = slaDue(clock, start, Math.ceil((minutes * terms.warnPercent) / 100), capped);
    return {
      minutes,
      due: due?.due ?? null,
      warnAt: warn?.due ?? null,
      metAt,
      skipped: due?.skipped ?? [],
      pausedMinutes: due?.pausedMinutes ?? 0,
    };
  };
  const firstResponse = target(terms.firstResponseMinutes, met.firstResponseAt);
  const resolution = target(terms.resolutionMinutes, met.solvedAt);
  const cycle = met.nextResponse;
  const nextResponse =
    terms.nextResponseMinutes && cycle
      ? target(terms.nextResponseMinutes, cycle.metAt, cycle.startedAt)
      : null;
  const running = [firstResponse, resolution, ...(nextResponse ? [nextResponse] : [])]
    .filter((t) => !t.metAt && t.due)
    .map((t) => t.due!.getTime());
  return {
    firstResponse,
    resolution,
    nextResponse,
    nextDue: running.length ? new Date(Math.min(...running)) : null,
  };
}

/** One target now: breached (due passed unmet, or met late), warning (past the warning instant), ok. */
export function targetBreach(
  t: Pick<TargetState, 'due' | 'warnAt' | 'metAt'>,
  now: Date,
): BreachState {
  if (!t.due) return 'ok';
  if (t.metAt) return t.metAt > t.due ? 'breached' : 'ok';
  if (now >= t.due) return 'breached';
  return t.warnAt && now >= t.warnAt ? 'warning' : 'ok';
}

export function worst(states: BreachState[]): BreachState {
  return states.includes('breached') ? 'breached' : states.includes('warning') ? 'warning' : 'ok';
}

/** Business minutes of a running target still left now (negative when overdue), pauses not counted. */
export function minutesLeft(
  clock: SlaClock,
  openedAt: Date,
  minutes: number,
  pauses: Pause[],
  now: Date,
): number {
  return minutes - slaElapsed(clock, openedAt, now, pauses);
}

/** A skipped day's reasons as short words: holiday names, "weekend", a workspace day's name. */
export function reasonText(r: DayReason): string {
  switch (r.kind) {
    case 'weekend':
      return 'weekend';
    case 'holiday':
      return r.name;
    case 'workspace-holiday':
    case 'workspace-working-day':
    case 'correction':
      return r.name;
    case 'business-week':
      return 'outside the business week';
    default:
      return 'closed';
  }
}
