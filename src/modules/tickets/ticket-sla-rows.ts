import type { Executor } from '../../db/dialect.ts';
import type { TicketStatusChange, TicketTable } from '../../db/schema.ts';
import type { SlaClock, TimeSpan } from '../../domain/service/sla-clock.ts';
import { ticketSla, type SlaTerms, type TicketStatus } from '../../domain/service/tickets.ts';
import type { Place, SlaService } from './sla.service.ts';
import { ticketsRepository as repo } from './tickets.repository.ts';

// A ticket row's SLA: the terms copied onto it when it opened, its clock, and the due instants
// kept on it for the time-left order (recounted after every status change and public reply).

export function termsOfRow(t: TicketTable): SlaTerms {
  return {
    policyId: t.policy_id,
    name: t.policy_name,
    calendar: t.sla_calendar,
    hours: { start: t.sla_hours_start, end: t.sla_hours_end },
    breaks: JSON.parse(t.sla_breaks) as TimeSpan[],
    firstResponseMinutes: t.first_response_minutes,
    resolutionMinutes: t.resolution_minutes,
    nextResponseMinutes: t.next_response_minutes,
    warnPercent: t.warn_percent,
    pauseStatuses: JSON.parse(t.sla_pause_statuses) as TicketStatus[],
  };
}

export const placeOf = (t: TicketTable): Place => ({
  country: t.sla_country,
  region: t.sla_region,
  timeZone: t.sla_time_zone,
});

export const changesOf = (rows: TicketStatusChange[]) =>
  rows.map((c) => ({ to: c.to_status, at: new Date(c.at) }));

export const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** What a ticket's targets were met by, from its row (the next-response cycle too). */
export const metOf = (t: TicketTable) => ({
  firstResponseAt: t.first_response_at ? new Date(t.first_response_at) : null,
  solvedAt: t.solved_at ? new Date(t.solved_at) : null,
  nextResponse: t.next_response_started_at
    ? {
        startedAt: new Date(t.next_response_started_at),
        metAt: t.next_response_at ? new Date(t.next_response_at) : null,
      }
    : null,
});

/** The ticket's SLA clock: its policy's calendar at its place, hours and breaks. */
export function ticketClock(sla: SlaService, db: Executor, t: TicketTable): Promise<SlaClock> {
  const terms = termsOfRow(t);
  return sla.clock(db, t.workspace_id, terms.calendar, placeOf(t), terms.hours, terms.breaks);
}

/** Recounts both targets from the status history and keeps the due instants on the row. */
export async function recountTicket(sla: SlaService, db: Executor, t: TicketTable): Promise<void> {
  const clock = await ticketClock(sla, db, t);
  const changes = changesOf(await repo.statusChanges(db, t.workspace_id, t.id));
  const s = ticketSla(clock, termsOfRow(t), new Date(t.created_at), changes, metOf(t));
  await repo.update(db, t.workspace_id, t.id, {
    first_response_due_at: iso(s.firstResponse.due),
    first_response_warn_at: iso(s.firstResponse.warnAt),
    resolution_due_at: iso(s.resolution.due),
    resolution_warn_at: iso(s.resolution.warnAt),
    next_response_due_at: iso(s.nextResponse?.due ?? null),
    next_response_warn_at: iso(s.nextResponse?.warnAt ?? null),
    next_due_at: iso(s.nextDue),
  });
}
