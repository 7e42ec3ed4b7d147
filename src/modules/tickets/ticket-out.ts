import type { Executor } from '../../db/dialect.ts';
import type { TicketStatusChange } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import {
  minutesLeft,
  pausesOf,
  targetBreach,
  ticketSla,
  worst,
  type TargetState,
} from '../../domain/service/tickets.ts';
import { officePeople } from '../relationship/office-people.ts';
import { zoneOf } from '../relationship/planning.service.ts';
import { userRecords } from '../users/user-records.service.ts';
import { localOf, skippedOut, type SlaService } from './sla.service.ts';
import { changesOf, iso, metOf, termsOfRow, ticketClock } from './ticket-sla-rows.ts';
import { teamNamesOf } from './ticket-teams.ts';
import { ticketsRepository as repo, type TicketRow } from './tickets.repository.ts';
import type { TicketOut } from './tickets.schemas.ts';

/**
 * Tickets as the API answers them: names of assignees, teams and office people, and each
 * target's due instant in the customer's and the viewer's zone with its state and time left.
 */
export async function ticketsOut(
  sla: SlaService,
  db: Executor,
  scope: Scope,
  rows: TicketRow[],
  now: Date,
  sentZone?: string,
): Promise<TicketOut[]> {
  const home = await sla.homePlace(db, scope.workspaceId);
  const viewerZone = await userRecords.viewerTimeZone(db, scope, sentZone, home.timeZone);
  const names = await userRecords.namesOf(
    db,
    scope.workspaceId,
    rows.flatMap((r) => (r.assignee_id ? [r.assignee_id] : [])),
  );
  const teams = await teamNamesOf(db, scope.workspaceId, rows);
  const people = new Map(
    (
      await officePeople.peopleByIds(db, scope.workspaceId, [
        ...new Set(rows.flatMap((r) => (r.assignee_person_id ? [r.assignee_person_id] : []))),
      ])
    ).map((p) => [p.id, p.name]),
  );
  const history = new Map<string, TicketStatusChange[]>();
  for (const c of await repo.statusChangesOf(
    db,
    scope.workspaceId,
    rows.map((r) => r.id),
  ))
    history.set(c.ticket_id, [...(history.get(c.ticket_id) ?? []), c]);
  const out: TicketOut[] = [];
  for (const r of rows) {
    const terms = termsOfRow(r);
    const clock = await ticketClock(sla, db, r);
    const changes = changesOf(history.get(r.id) ?? []);
    const opened = new Date(r.created_at);
    const s = ticketSla(clock, terms, opened, changes, metOf(r));
    const pauses = pausesOf(changes, terms.pauseStatuses);
    const target = (t: TargetState, start = opened) => ({
      minutes: t.minutes,
      due: iso(t.due),
      dueCustomer: localOf(
        t.due,
        zoneOf({ time_zone: r.customer_time_zone, country: r.customer_country }),
      ),
      dueViewer: localOf(t.due, viewerZone),
      warnAt: iso(t.warnAt),
      metAt: iso(t.metAt),
      state: targetBreach(t, now),
      minutesLeft: t.metAt ? null : minutesLeft(clock, start, t.minutes, pauses, now),
      pausedMinutes: t.pausedMinutes,
      skipped: skippedOut(t.skipped),
    });
    const firstResponse = target(s.firstResponse);
    const resolution = target(s.resolution);
    const cycleStart = r.next_response_started_at;
    const nextResponse =
      s.nextResponse && cycleStart
        ? { ...target(s.nextResponse, new Date(cycleStart)), startedAt: cycleStart }
        : null;
    out.push({
      id: r.id,
      number: r.number,
      customerId: r.customer_id,
      customerName: r.customer_name,
      contactId: r.contact_id,
      subject: r.subject,
      description: r.description,
      channel: r.channel,
      type: r.type,
      priority: r.priority,
      status: r.status,
      assigneeId: r.assignee_id,
      assigneeName: r.assignee_id ? (names.get(r.assignee_id) ?? null) : null,
      assigneePersonId: r.assignee_person_id ?? null,
      assigneePersonName: r.assignee_person_id ? (people.get(r.assignee_person_id) ?? null) : null,
      teamId: r.team_id,
      teamName: r.team_id ? (teams.get(r.team_id) ?? null) : null,
      sla: {
        policyId: r.policy_id,
        policyName: r.policy_name,
        calendar: r.sla_calendar,
        country: r.sla_country,
        timeZone: r.sla_time_zone,
        hours: terms.hours,
        breaks: terms.breaks,
        pauseStatuses: terms.pauseStatuses,
        paused: terms.pauseStatuses.includes(r.status),
        state: worst([firstResponse.state, resolution.state, nextResponse?.state ?? 'ok']),
        firstResponse,
        resolution,
        nextResponse,
      },
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    });
  }
  return out;
}
