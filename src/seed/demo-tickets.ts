import type { Container } from '../app/container.ts';
import type { Customer } from '../db/schema.ts';
import { demoScope } from '../domain/scope.ts';
import type { TicketPriority, TicketStatus, TicketType } from '../domain/service/tickets.ts';
import { customerRecords } from '../modules/customers/customer-records.service.ts';

// What an exporter's support desk hears from abroad, and where each ticket stands now.
// prettier-ignore
const TICKETS: [subject: string, type: TicketType, priority: TicketPriority, status: TicketStatus, reply?: string][] = [
  ['Pump vibrates above 2,900 rpm after installation', 'defect', 'high', 'open', 'Could you send a video of the pump running and the foundation drawing?'],
  ['Spare mechanical seals for 12 pumps', 'spare_parts', 'normal', 'pending_customer', 'Please confirm the seal size from the nameplate: 35 or 45 mm.'],
  ['Commissioning visit for the booster sets', 'installation', 'normal', 'open'],
  ['Invoice shows the wrong Incoterm (FOB instead of CIF)', 'complaint', 'high', 'open', 'Sorry for the mistake; a corrected invoice follows today.'],
  ['Which grease for the motor bearings?', 'question', 'low', 'solved', 'Lithium complex grease, NLGI 2; 15 g per bearing every 4,000 hours.'],
  ['Two valves arrived with broken handwheels', 'rma', 'urgent', 'open'],
  ['Meter readings drift after the firmware update', 'defect', 'urgent', 'pending_third_party', 'Our firmware team is checking the logs you sent.'],
  ['Training for the new maintenance staff', 'question', 'normal', 'on_hold'],
  ['Customs asks for the certificate of origin', 'question', 'high', 'solved', 'The certificate of origin (Form E) is attached.'],
  ['Replacement impeller for pump serial 24-0915', 'spare_parts', 'normal', 'open'],
  ['Noise complaint from the building residents', 'complaint', 'normal', 'new'],
  ['Inverter shows error E031 at noon', 'defect', 'high', 'new'],
];

/**
 * A support queue for the demo: two SLA policies, two escalation rules (urgent and high tickets counted 24x7 for tier A
 * customers; everyone else in the customer's own business hours) and a dozen tickets across
 * markets in every state, with replies, made through the services as an agent would.
 */
export async function seedDemoTickets(services: Container, workspaceId: string): Promise<number> {
  const scope = demoScope(workspaceId);
  await services.sla.create(scope, {
    name: 'Tier A, urgent and high: around the clock',
    priorities: ['urgent', 'high'],
    tiers: ['A'],
    calendar: '24x7',
    hours: { start: '00:00', end: '23:59' },
    firstResponseMinutes: 60,
    resolutionMinutes: 24 * 60,
  });
  await services.sla.create(scope, {
    name: 'Everyone: the customer’s business hours',
    calendar: 'customer',
    hours: { start: '09:00', end: '18:00' },
    breaks: [{ start: '12:00', end: '13:00' }],
    firstResponseMinutes: 4 * 60,
    resolutionMinutes: 5 * 8 * 60,
  });
  // Escalations the SLA job applies every 5 minutes: the desk hears of a ticket nearing its
  // target, and a breached urgent one moves up to its manager's attention.
  await services.escalations.create(scope, {
    name: 'Warn the desk at 80 %',
    trigger: 'warning',
    notify: true,
  });
  await services.escalations.create(scope, {
    name: 'Breached: raise the priority',
    trigger: 'breach',
    raisePriority: true,
    notify: true,
  });
  const customers: Customer[] = await customerRecords.inWorkspace(services.db, workspaceId);
  const buyers = customers.filter((c) => c.stage === 'customer');
  const pool = buyers.length ? buyers : customers;
  let made = 0;
  for (const [i, [subject, type, priority, status, reply]] of TICKETS.entries()) {
    const c = pool[(i * 7) % pool.length];
    if (!c) break;
    const ticket = await services.tickets.create(scope, {
      customerId: c.id,
      subject,
      description: subject,
      channel: i % 3 === 0 ? 'email' : i % 3 === 1 ? 'phone' : 'web',
      type,
      priority,
    });
    if (reply) await services.tickets.comment(scope, ticket.id, { body: reply, public: true });
    if (status !== 'new' && status !== 'open')
      await services.tickets.update(scope, ticket.id, { status });
    made++;
  }
  return made;
}
