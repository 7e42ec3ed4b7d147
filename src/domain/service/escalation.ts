import { TICKET_PRIORITIES, type TicketPriority } from './tickets.ts';

/**
 * Escalation rules: when a ticket's SLA target reaches its warning instant (the policy's
 * warning percentage of the target, default 80 %) or its due instant, a rule may reassign the
 * ticket, raise its priority and notify the assignee and their managers. Each rule fires once
 * per ticket and target — for the next-response target, once per cycle (each customer message
 * that starts a wait is a new cycle); the SLA job calls `planEscalation` and carries it out.
 */
export const ESCALATION_TRIGGERS = ['warning', 'breach'] as const;
export type EscalationTrigger = (typeof ESCALATION_TRIGGERS)[number];
export const ESCALATION_TARGETS = ['any', 'first_response', 'resolution', 'next_response'] as const;
export type EscalationTarget = (typeof ESCALATION_TARGETS)[number];
export type SlaTarget = Exclude<EscalationTarget, 'any'>;

export interface EscalationRule {
  id: string;
  name: string;
  trigger: EscalationTrigger;
  target: EscalationTarget;
  /** the ticket's priority must be one of these; empty: any */
  priorities: TicketPriority[];
  /** the ticket's support team must be one of these; empty: any (also no team) */
  teamIds: string[];
  /** give the ticket to this user; null: leave the assignee */
  reassignToId: string | null;
  /** one step up (low → normal → high → urgent) */
  raisePriority: boolean;
  /** a follow-up for the assignee and their managers */
  notify: boolean;
}

/** A target's stored instants: due and warning (null while paused or without a clock), met. */
export interface TargetInstants {
  dueAt: string | null;
  warnAt: string | null;
  metAt: string | null;
}

export interface EscalationTicket {
  priority: TicketPriority;
  assigneeId: string | null;
  teamId: string | null;
  firstResponse: TargetInstants;
  resolution: TargetInstants;
  /** the current next-response cycle (null: none running or kept); `cycleAt` is when it began */
  nextResponse?: (TargetInstants & { cycleAt: string }) | null;
}

export interface Firing {
  ruleId: string;
  ruleName: string;
  target: SlaTarget;
  trigger: EscalationTrigger;
  /** next response: the cycle it fired in (the instant the customer's wait began) */
  cycleAt?: string;
}

export interface EscalationPlan {
  fired: Firing[];
  /** the new priority, or null: unchanged */
  priority: TicketPriority | null;
  /** the new assignee, or undefined: unchanged */
  assigneeId: string | undefined;
  notify: boolean;
}

/** How far a running target has gone at `now` (instants are ISO text of one shape). */
export function reached(t: TargetInstants, now: string): EscalationTrigger | null {
  if (t.metAt) return null;
  if (t.dueAt && t.dueAt <= now) return 'breach';
  if (t.warnAt && t.warnAt <= now) return 'warning';
  return null;
}

/**
 * The key a firing is remembered by: a rule fires once per ticket and target, and for the next
 * response once per cycle (the key names the instant the customer's wait began).
 */
export const firingKey = (ruleId: string, target: SlaTarget, cycleAt?: string | null) =>
  target === 'next_response' ? `${ruleId}:${target}@${cycleAt ?? ''}` : `${ruleId}:${target}`;

const ALL_TARGETS: SlaTarget[] = ['first_response', 'resolution', 'next_response'];

export function raise(p: TicketPriority, steps = 1): TicketPriority {
  const i = Math.min(TICKET_PRIORITIES.indexOf(p) + steps, TICKET_PRIORITIES.length - 1);
  return TICKET_PRIORITIES[i]!;
}

/**
 * What the rules (in their order) do to a ticket at `now`, given the firings already done. A
 * warning rule also fires on a breached target (the job may run after both instants passed).
 * Reassigning: the first firing rule that names someone else; priority: one step per firing
 * rule that raises, up to urgent. Rules are matched on the ticket as it was before this run.
 */
export function planEscalation(
  ticket: EscalationTicket,
  rules: EscalationRule[],
  done: ReadonlySet<string>,
  now: string,
): EscalationPlan {
  const next = ticket.nextResponse ?? null;
  const states: Record<SlaTarget, EscalationTrigger | null> = {
    first_response: reached(ticket.firstResponse, now),
    resolution: reached(ticket.resolution, now),
    next_response: next ? reached(next, now) : null,
  };
  const fired: Firing[] = [];
  let steps = 0;
  let assigneeId: string | undefined;
  let notify = false;
  for (const rule of rules) {
    if (rule.priorities.length && !rule.priorities.includes(ticket.priority)) continue;
    if (rule.teamIds.length && !(ticket.teamId && rule.teamIds.includes(ticket.teamId))) continue;
    const targets: SlaTarget[] = rule.target === 'any' ? ALL_TARGETS : [rule.target];
    for (const target of targets) {
      const state = states[target];
      if (!state || (rule.trigger === 'breach' && state !== 'breach')) continue;
      const cycleAt = target === 'next_response' ? next?.cycleAt : undefined;
      if (done.has(firingKey(rule.id, target, cycleAt))) continue;
      fired.push({
        ruleId: rule.id,
        ruleName: rule.name,
        target,
        trigger: rule.trigger,
        ...(cycleAt ? { cycleAt } : {}),
      });
      if (rule.raisePriority) steps++;
      if (assigneeId === undefined && rule.reassignToId && rule.reassignToId !== ticket.assigneeId)
        assigneeId = rule.reassignToId;
      if (rule.notify) notify = true;
    }
  }
  const priority = steps ? raise(ticket.priority, steps) : null;
  return {
    fired,
    priority: priority && priority !== ticket.priority ? priority : null,
    assigneeId,
    notify,
  };
}
