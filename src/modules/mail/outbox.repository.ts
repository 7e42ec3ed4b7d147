import type { Executor } from '../../db/dialect.ts';
import type { MailOutbox } from '../../db/schema.ts';
import type { OutboxStatus } from '../../domain/mail/mail-vocabulary.ts';

export type OutboxRow = MailOutbox & { customer_name: string };
type OutboxChange = Partial<Omit<MailOutbox, 'workspace_id' | 'id' | 'owner_id' | 'created_at'>>;

/** The only code touching `mail_outbox`. */
export const outboxRepository = {
  async insert(db: Executor, row: MailOutbox): Promise<void> {
    await db.insertInto('mail_outbox').values(row).execute();
  },

  find(db: Executor, workspaceId: string, id: string) {
    return db
      .selectFrom('mail_outbox')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /**
   * A user's own outgoing mail (the outbox is its sender's alone), with the customer's name,
   * soonest planned first; one message when `id` is given.
   */
  listOwn(
    db: Executor,
    workspaceId: string,
    ownerId: string,
    filter: {
      status?: OutboxStatus;
      id?: string;
      customerId?: string;
      dealId?: string;
      ticketId?: string;
      limit: number;
    },
  ): Promise<OutboxRow[]> {
    let q = db
      .selectFrom('mail_outbox')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'mail_outbox.workspace_id')
          .onRef('customers.id', '=', 'mail_outbox.customer_id'),
      )
      .selectAll('mail_outbox')
      .select('customers.name as customer_name')
      .where('mail_outbox.workspace_id', '=', workspaceId)
      .where('mail_outbox.owner_id', '=', ownerId);
    if (filter.status) q = q.where('mail_outbox.status', '=', filter.status);
    if (filter.id) q = q.where('mail_outbox.id', '=', filter.id);
    if (filter.customerId) q = q.where('mail_outbox.customer_id', '=', filter.customerId);
    if (filter.dealId) q = q.where('mail_outbox.deal_id', '=', filter.dealId);
    if (filter.ticketId) q = q.where('mail_outbox.ticket_id', '=', filter.ticketId);
    return q
      .orderBy('mail_outbox.planned_at', 'desc')
      .orderBy('mail_outbox.id', 'desc')
      .limit(filter.limit)
      .execute();
  },

  /**
   * Moves a message on only from the statuses given (compare-and-set), so a cancel and the send
   * job cannot both win: answers false when the row was no longer in one of them.
   */
  async transition(
    db: Executor,
    workspaceId: string,
    id: string,
    from: OutboxStatus[],
    change: OutboxChange,
  ): Promise<boolean> {
    const result = await db
      .updateTable('mail_outbox')
      .set(change)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .where('status', 'in', from)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  },

  /** A deleted mailbox takes its outgoing mail with it. */
  async deleteOfMailbox(db: Executor, workspaceId: string, mailboxId: string): Promise<void> {
    await db
      .deleteFrom('mail_outbox')
      .where('workspace_id', '=', workspaceId)
      .where('mailbox_id', '=', mailboxId)
      .execute();
  },
};
