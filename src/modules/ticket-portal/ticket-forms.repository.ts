import type { Updateable } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { TicketForm, TicketFormTable } from '../../db/schema.ts';

/** The one writer of `ticket_forms`: the workspace's public "new ticket" forms. */
export const ticketFormsRepository = {
  list(db: Executor, workspaceId: string): Promise<TicketForm[]> {
    return db
      .selectFrom('ticket_forms')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<TicketForm | undefined> {
    return db
      .selectFrom('ticket_forms')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  byKey(db: Executor, workspaceId: string, key: string): Promise<TicketForm | undefined> {
    return db
      .selectFrom('ticket_forms')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('form_key', '=', key)
      .executeTakeFirst();
  },

  async insert(db: Executor, row: TicketForm): Promise<void> {
    await db.insertInto('ticket_forms').values(row).execute();
  },

  async update(
    db: Executor,
    workspaceId: string,
    id: string,
    patch: Updateable<TicketFormTable>,
  ): Promise<void> {
    await db
      .updateTable('ticket_forms')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
    const r = await db
      .deleteFrom('ticket_forms')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
