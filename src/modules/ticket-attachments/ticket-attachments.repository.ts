import type { Executor } from '../../db/dialect.ts';
import type { TicketAttachment, TicketAttachmentTable } from '../../db/schema.ts';

/** The one writer of `ticket_attachments`; callers have checked the ticket's access rule. */
export const ticketAttachmentsRepository = {
  ofTicket(db: Executor, workspaceId: string, ticketId: string): Promise<TicketAttachment[]> {
    return db
      .selectFrom('ticket_attachments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  find(
    db: Executor,
    workspaceId: string,
    ticketId: string,
    id: string,
  ): Promise<TicketAttachment | undefined> {
    return db
      .selectFrom('ticket_attachments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: TicketAttachmentTable): Promise<void> {
    await db.insertInto('ticket_attachments').values(row).execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('ticket_attachments')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Which of these stored names still have a row (the sweep deletes the files of the others). */
  async knownKeys(db: Executor, keys: string[]): Promise<Set<string>> {
    if (!keys.length) return new Set();
    const rows = await db
      .selectFrom('ticket_attachments')
      .select('storage_key')
      .where('storage_key', 'in', keys)
      .execute();
    return new Set(rows.map((r) => r.storage_key));
  },
};
