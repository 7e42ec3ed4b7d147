import type { Container } from '../app/container.ts';
import type {
  Customer,
  TicketCommentTable,
  TicketStatusChangeTable,
  TicketTable,
} from '../db/schema.ts';
import { newId } from '../domain/ids.ts';
import { demoScope } from '../domain/scope.ts';
import type { TicketPriority, TicketType } from '../domain/service/tickets.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';
import { ticketRecords } from '../modules/tickets/ticket-records.service.ts';
import type { Random } from './random.ts';

// prettier-ignore
const SUBJECTS: [string, TicketType][] = [
  ['Pump leaks at the shaft seal', 'defect'], ['Spare impellers for the booster set', 'spare_parts'],
  ['How to reset the inverter fault log?', 'question'], ['Delivery arrived with a dented housing', 'rma'],
  ['Commissioning of the new line', 'installation'], ['Late delivery of the last container', 'complaint'],
  ['Manual in Spanish, please', 'question'], ['Motor overheats at full load', 'defect'],
  ['Replacement control board', 'spare_parts'], ['Wrong voltage label on two units', 'complaint'],
];
const PRIORITIES: TicketPriority[] = ['low', 'normal', 'normal', 'normal', 'high', 'urgent'];
const HOURS = { start: '09:00', end: '18:00' };
const BREAKS = [{ start: '12:00', end: '13:00' }];
export const HISTORY_TICKETS = 420;

/**
 * A year of finished tickets across the demo's markets, with SLA outcomes like a real desk's:
 * due instants counted by the app's own SLA function in each customer's calendar (the demo's
 * business-hours policy: 4 hours to answer, 5 days to resolve), most targets met, about one
 * first response in eight and one resolution in six late. Written in one batch (not ticket by
 * ticket through the service) so `npm start` stays fast; numbered before the live queue.
 */
export async function seedDemoTicketHistory(
  services: Container,
  workspaceId: string,
  rnd: Random,
  staffIds: string[],
  now = new Date(),
): Promise<number> {
  const scope = demoScope(workspaceId);
  const customers: Customer[] = await customerRecords.inWorkspace(services.db, workspaceId);
  const buyers = customers.filter((c) => c.stage === 'customer');
  const pool = buyers.length ? buyers : customers;
  if (!pool.length) return 0;
  const tickets: TicketTable[] = [];
  const comments: TicketCommentTable[] = [];
  const changes: TicketStatusChangeTable[] = [];
  const day = 86_400_000;
  for (let i = 0; i < HISTORY_TICKETS; i++) {
    const c = pool[(i * 13) % pool.length]!;
    const [subject, type] = SUBJECTS[i % SUBJECTS.length]!;
    // Oldest first, spread over the year before the last two weeks.
    const opened = new Date(now.getTime() - (365 - (i * 350) / HISTORY_TICKETS) * day);
    opened.setUTCHours(rnd.int(0, 23), rnd.int(0, 59), 0, 0);
    const start = opened.toISOString();
    const at = async (minutes: number) =>
      (
        await services.sla.due(scope, {
          country: c.country,
          region: c.region ?? undefined,
          calendar: 'customer',
          start,
          minutes,
          hours: HOURS,
          breaks: BREAKS,
          ...(c.time_zone ? { timeZone: c.time_zone } : {}),
        })
      ).due;
    const [firstDue, firstWarn, resDue, resWarn] = await Promise.all([
      at(240),
      at(192),
      at(2400),
      at(1920),
    ]);
    const span = (due: string, late: boolean) => {
      const f = late ? 1.05 + rnd.next() * 0.9 : 0.1 + rnd.next() * 0.85;
      return new Date(opened.getTime() + f * (Date.parse(due) - opened.getTime())).toISOString();
    };
    const answered = span(firstDue, rnd.chance(0.12));
    let solved = span(resDue, rnd.chance(0.17));
    if (solved <= answered) solved = new Date(Date.parse(answered) + 3_600_000).toISOString();
    const closed = new Date(Date.parse(solved) + 3 * day).toISOString();
    const id = newId();
    const assignee = staffIds.length ? staffIds[i % staffIds.length]! : null;
    tickets.push({
      workspace_id: workspaceId,
      id,
      number: `T-${String(i + 1).padStart(6, '0')}`,
      customer_id: c.id,
      contact_id: null,
      subject,
      description: subject,
      channel: (['email', 'phone', 'web', 'chat'] as const)[i % 4]!,
      type,
      priority: PRIORITIES[i % PRIORITIES.length]!,
      status: closed < now.toISOString() ? 'closed' : 'solved',
      assignee_id: assignee,
      team_id: null,
      policy_id: null,
      policy_name: 'Everyone: the customer’s business hours',
      sla_calendar: 'customer',
      sla_country: c.country,
      sla_region: c.region,
      sla_time_zone: c.time_zone ?? 'UTC',
      sla_hours_start: HOURS.start,
      sla_hours_end: HOURS.end,
      sla_breaks: JSON.stringify(BREAKS),
      sla_pause_statuses: '["pending_customer","on_hold"]',
      warn_percent: 80,
      first_response_minutes: 240,
      resolution_minutes: 2400,
      next_response_minutes: null,
      next_response_started_at: null,
      next_response_at: null,
      next_response_due_at: null,
      next_response_warn_at: null,
      first_response_due_at: firstDue,
      first_response_warn_at: firstWarn,
      resolution_due_at: resDue,
      resolution_warn_at: resWarn,
      first_response_at: answered,
      solved_at: solved,
      next_due_at: null,
      created_by: assignee,
      created_at: start,
      updated_at: solved,
    });
    comments.push({
      workspace_id: workspaceId,
      id: newId(),
      ticket_id: id,
      author_kind: 'staff',
      author_id: assignee,
      public: 1,
      body: 'Thank you, we are looking into it and will come back with the next steps.',
      created_at: answered,
    });
    const change = (from: TicketTable['status'] | null, to: TicketTable['status'], when: string) =>
      changes.push({
        workspace_id: workspaceId,
        id: newId(),
        ticket_id: id,
        from_status: from,
        to_status: to,
        at: when,
        by_user_id: assignee,
      });
    change(null, 'new', start);
    change('new', 'open', answered);
    change('open', 'solved', solved);
    if (closed < now.toISOString()) change('solved', 'closed', closed);
  }
  await services.db
    .transaction()
    .execute((tx) => ticketRecords.insertHistory(tx, tickets, { comments, changes }));
  return tickets.length;
}
