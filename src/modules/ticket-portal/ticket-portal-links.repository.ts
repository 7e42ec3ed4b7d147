import type { Executor } from '../../db/dialect.ts';
import type { TicketPortalLink } from '../../db/schema.ts';

/** The one writer of `ticket_portal_links`: one link per ticket, found by its token's hash. */
export const ticketPortalLinksRepository = {
  byHash(db: Executor, workspaceId: string, tokenHash: string) {
    return db
      .selectFrom('ticket_portal_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('token_hash', '=', tokenHash)
      .executeTakeFirst();
  },

  ofTicket(db: Executor, workspaceId: string, ticketId: string) {
    return db
      .selectFrom('ticket_portal_links')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
  },

  /** Creates the ticket's link or replaces its token (the old one stops working at once). */
  async put(db: Executor, row: TicketPortalLink): Promise<void> {
    await db
      .insertInto('ticket_portal_links')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'ticket_id']).doUpdateSet({
          token_hash: row.token_hash,
          language: row.language,
          created_by: row.created_by,
          created_at: row.created_at,
        }),
      )
      .execute();
  },

  async remove(db: Executor, workspaceId: string, ticketId: string): Promise<boolean> {
    const r = await db
      .deleteFrom('ticket_portal_links')
      .where('workspace_id', '=', workspaceId)
      .where('ticket_id', '=', ticketId)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
