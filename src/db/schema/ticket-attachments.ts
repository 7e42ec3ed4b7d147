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
