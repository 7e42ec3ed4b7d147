import type { Selectable } from 'kysely';
import type {
  SlaCalendar,
  SlaRouting,
  TicketChannel,
  TicketPriority,
  TicketStatus,
  TicketType,
} from '../../domain/service/tickets.ts';

// Service tickets and SLA policies (migration 0038), written only by the tickets module.

export interface SlaPolicyTable {
  workspace_id: string;
  id: string;
  name: string;
  /** the first matching policy by position wins */
  position: number;
  /** JSON string arrays; an empty list matches any */
  priorities: string;
  types: string;
  countries: string;
  tiers: string;
  calendar: SlaCalendar;
  hours_start: string;
  hours_end: string;
  /** JSON: [{ start, end }] */
  breaks: string;
  first_response_minutes: number;
  resolution_minutes: number;
  /** 0080: business minutes to answer each later customer message; null: no such target */
  next_response_minutes: number | null;
  warn_percent: number;
  /** JSON: statuses in which the clock stands still */
  pause_statuses: string;
  /** 0054: `follow_sun` routes new tickets to the support team at work now */
  routing: SlaRouting;
  /** 0054: JSON ids of the teams follow the sun tries, in order; empty: all by position */
  routing_team_ids: string;
  created_at: string;
  updated_at: string;
}
export type SlaPolicy = Selectable<SlaPolicyTable>;

export interface TicketSequenceTable {
  workspace_id: string;
  last_value: number;
}

export interface TicketTable {
  workspace_id: string;
  id: string;
  number: string;
  customer_id: string;
  contact_id: string | null;
  subject: string;
  description: string;
  channel: TicketChannel;
  type: TicketType;
  priority: TicketPriority;
  status: TicketStatus;
  assignee_id: string | null;
  /** the office person doing it (0079; may be staff without a login); absent on old literals */
  assignee_person_id?: string | null;
  /** the support team handling it (0054); null: none */
  team_id: string | null;
  /** null: no stored policy matched, the built-in default applies */
  policy_id: string | null;
  policy_name: string;
  sla_calendar: SlaCalendar;
  /** whose calendar: the customer's country and region, or the home office's */
  sla_country: string;
  sla_region: string | null;
  sla_time_zone: string;
  sla_hours_start: string;
  sla_hours_end: string;
  sla_breaks: string;
  sla_pause_statuses: string;
  warn_percent: number;
  first_response_minutes: number;
  resolution_minutes: number;
  /** UTC instants; null while an open pause holds the clock */
  first_response_due_at: string | null;
  first_response_warn_at: string | null;
  resolution_due_at: string | null;
  resolution_warn_at: string | null;
  first_response_at: string | null;
  solved_at: string | null;
  /** 0080: the policy's next-response minutes (null: none) and the current cycle */
  next_response_minutes: number | null;
  /** when the customer wrote after a public staff reply (the cycle's start), or null */
  next_response_started_at: string | null;
  /** when staff answered that message publicly (null while the customer waits) */
  next_response_at: string | null;
  next_response_due_at: string | null;
  next_response_warn_at: string | null;
  next_due_at: string | null;
  created_by: string | null;
  created_at: string;
  updated_at: string;
}
export type Ticket = Selectable<TicketTable>;

export interface TicketCommentTable {
  workspace_id: string;
  id: string;
  ticket_id: string;
  /** staff: a user wrote it; customer: a user recorded the customer's message */
  author_kind: 'staff' | 'customer';
  author_id: string | null;
  public: number;
  body: string;
  created_at: string;
}
export type TicketComment = Selectable<TicketCommentTable>;

export interface TicketStatusChangeTable {
  workspace_id: string;
  id: string;
  ticket_id: string;
  from_status: TicketStatus | null;
  to_status: TicketStatus;
  at: string;
  by_user_id: string | null;
}
export type TicketStatusChange = Selectable<TicketStatusChangeTable>;
