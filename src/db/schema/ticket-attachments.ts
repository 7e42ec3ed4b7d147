import type { Selectable } from 'kysely';

// Files attached to tickets and comments (migration 0063), written only by the
// ticket-attachments module.
export interface TicketAttachmentTable {
  workspace_id: string;
  id: string;
  ticket_id: string;
  /** the comment it belongs to; null: the ticket's own */
  comment_id: string | null;
  /** as the uploader named it (cleaned); only ever sent back in Content-Disposition */
  file_name: string;
  /** from the extension, never the browser's word */
  content_type: string;
  size: number;
  /** the random file name under the attachments folder */
  storage_key: string;
  created_by: string | null;
  created_at: string;
}
export type TicketAttachment = Selectable<TicketAttachmentTable>;

// Escalation rules and their firings (migration 0064), written only by the ticket-escalations module.
export interface EscalationRuleTable {
  workspace_id: string;
  id: string;
  name: string;
  position: number;
  enabled: number;
  trigger: 'warning' | 'breach';
  target: 'any' | 'first_response' | 'resolution' | 'next_response';
  /** JSON string arrays; empty: any */
  priorities: string;
  team_ids: string;
  reassign_to_id: string | null;
  raise_priority: number;
  notify: number;
  created_at: string;
  updated_at: string;
}
export type EscalationRuleRow = Selectable<EscalationRuleTable>;

export interface TicketEscalationTable {
  workspace_id: string;
  ticket_id: string;
  rule_id: string;
  target: 'first_response' | 'resolution' | 'next_response';
  trigger: 'warning' | 'breach';
  rule_name: string;
  fired_at: string;
  /** next response (0088): the instant the customer's wait began; one firing per rule and cycle */
  cycle_at?: string | null;
}
