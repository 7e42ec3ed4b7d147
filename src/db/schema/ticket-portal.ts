import type { Selectable } from 'kysely';
import type { TicketPriority, TicketType } from '../../domain/service/tickets.ts';

// The customer portal (migration 0042), written only by the ticket-portal module.

export interface TicketPortalLinkTable {
  workspace_id: string;
  ticket_id: string;
  /** SHA-256 (hex) of the token's secret part; the token itself is shown once and never kept */
  token_hash: string;
  /** BCP 47 tag asked for on the public form; null: the contact's, else the country's language */
  language: string | null;
  created_by: string | null;
  created_at: string;
}
export type TicketPortalLink = Selectable<TicketPortalLinkTable>;

export interface TicketFormTable {
  workspace_id: string;
  id: string;
  /** the form's public name in its address, unique in the workspace */
  form_key: string;
  name: string;
  enabled: number;
  /** JSON array of origins allowed to post from a browser (CORS) */
  allowed_origins: string;
  default_type: TicketType;
  default_priority: TicketPriority;
  /** owner of the lead customers the form creates for unknown senders */
  owner_id: string;
  created_at: string;
  updated_at: string;
}
export type TicketForm = Selectable<TicketFormTable>;
