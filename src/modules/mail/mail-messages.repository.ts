import type { Executor } from '../../db/dialect.ts';
import type { MailMessage, NewMailMessage } from '../../db/schema.ts';
import { visibleToOrOwn } from '../../db/visibility.ts';
import type { Scope } from '../../domain/scope.ts';

export type VisibleMessage = MailMessage & {
  mailbox_owner_id: string;
  sharing: string;
  customer_name: string;
};

/** The only code touching `mail_messages`. */
export const mailMessagesRepository = {
  /** Answers false when the server message was stored before (a resumed or repeated sync). */
  async insert(db: Executor, row: NewMailMessage): Promise<boolean> {
    const result = await db
      .insertInto('mail_messages')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'mailbox_id', 'folder', 'uidvalidity', 'uid']).doNothing(),
      )
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
  },

  async setActivity(db: Executor, workspaceId: string, id: string, activityId: string) {
    await db
      .updateTable('mail_messages')
      .set({ activity_id: activityId })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  /** Stored messages of a mailbox with these Message-IDs (replies join their thread). */
  byMessageIds(db: Executor, workspaceId: string, mailboxId: string, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('mail_messages')
      .select(['message_id', 'thread_id', 'folder'])
      .where('workspace_id', '=', workspaceId)
      .where('mailbox_id', '=', mailboxId)
      .where('message_id', 'in', ids)
      .execute();
  },

  /**
   * Messages the caller may see: on customers in their scope, or from their own mailbox. What of
   * each they may read (body or metadata) is the service's rule, from `sharing`.
   */
  visible(
    db: Executor,
    scope: Scope,
    filter: { customerId?: string; id?: string; limit: number },
  ): Promise<VisibleMessage[]> {
    let q = db
      .selectFrom('mail_messages')
      .innerJoin('customers', (j) =>
        j
          .onRef('customers.workspace_id', '=', 'mail_messages.workspace_id')
          .onRef('customers.id', '=', 'mail_messages.customer_id'),
      )
      .innerJoin('mailboxes', (j) =>
        j
          .onRef('mailboxes.workspace_id', '=', 'mail_messages.workspace_id')
          .onRef('mailboxes.id', '=', 'mail_messages.mailbox_id'),
      )
      .selectAll('mail_messages')
      .select([
        'mailboxes.owner_id as mailbox_owner_id',
        'mailboxes.sharing',
        'customers.name as customer_name',
      ])
      .where('mail_messages.workspace_id', '=', scope.workspaceId)
      .where('customers.deleted_at', 'is', null)
      .$call(visibleToOrOwn(scope, 'customers.owner_id', 'mailboxes.owner_id'));
    if (filter.customerId) q = q.where('mail_messages.customer_id', '=', filter.customerId);
    if (filter.id) q = q.where('mail_messages.id', '=', filter.id);
    return q
      .orderBy('mail_messages.sent_at', 'desc')
      .orderBy('mail_messages.id', 'desc')
      .limit(filter.limit)
      .execute();
  },

  /** A deleted mailbox takes its mail with it. */
  async deleteOfMailbox(db: Executor, workspaceId: string, mailboxId: string): Promise<void> {
    await db
      .deleteFrom('mail_messages')
      .where('workspace_id', '=', workspaceId)
      .where('mailbox_id', '=', mailboxId)
      .execute();
  },
};
