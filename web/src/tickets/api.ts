import { client, unwrap } from '../api/client.ts';
import { browserTimeZone } from '../lib/time-zone.ts';

export const STATUSES = [
  'new',
  'open',
  'pending_customer',
  'pending_third_party',
  'on_hold',
  'solved',
  'closed',
] as const;
export const PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const TYPES = [
  'question',
  'complaint',
  'defect',
  'rma',
  'installation',
  'spare_parts',
] as const;
export const CHANNELS = ['web', 'email', 'phone', 'chat', 'api', 'internal'] as const;
export const BREACHES = ['ok', 'warning', 'breached'] as const;
export const CALENDARS = ['customer', 'home', '24x7'] as const;

export const fetchTicket = (id: string) =>
  unwrap(
    client.GET('/tickets/{id}', {
      params: { path: { id }, query: { timeZone: browserTimeZone() } },
    }),
  );
export type TicketDetail = Awaited<ReturnType<typeof fetchTicket>>;
/** A ticket as lists answer it (the detail adds the conversation, history and contact). */
export type Ticket = Omit<
  TicketDetail,
  'comments' | 'statusChanges' | 'contact' | 'customerCountry' | 'customerTimeZone'
>;
export type Target = Ticket['sla']['firstResponse'];

export const ticketKeys = {
  all: () => ['tickets'] as const,
  list: (params: object) => ['tickets', 'list', params] as const,
  /** the tickets page's list, read a page at a time (an infinite query: its own key) */
  pages: (params: object) => ['tickets', 'pages', params] as const,
  one: (id: string) => ['tickets', 'one', id] as const,
  /** a customer's ticket events on their timeline */
  events: (customerId: string) => ['tickets', 'events', customerId] as const,
  policies: () => ['sla-policies'] as const,
};
