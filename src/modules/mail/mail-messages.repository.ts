import { chunks, IN_LIST } from '../../db/chunks.ts';
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
    filter: {
      customerId?: string;
      id?: string;
      /** mail written from this deal or ticket, and the rest of those threads (replies) */
      about?: { column: 'deal_id' | 'ticket_id'; id: string };
      limit: number;
    },
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
    const about = filter.about;
    if (about)
      q = q.where('mail_messages.thread_id', 'in', (eb) =>
        eb
          .selectFrom('mail_messages as a')
          .select('a.thread_id')
          .where('a.workspace_id', '=', scope.workspaceId)
          .where(`a.${about.column}`, '=', about.id),
      );
    return q
      .orderBy('mail_messages.sent_at', 'desc')
      .orderBy('mail_messages.id', 'desc')
      .limit(filter.limit)
      .execute();
  },

  /**
   * Inbound mail sent from `since` to before `before` with no outbound message later in its thread, per
   * customer: a count and the oldest's instant only, never content (churn risk).
   */
  async unansweredPerCustomer(
    db: Executor,
    workspaceId: string,
    customerIds: string[],
    since: string,
    before: string,
  ) {
    const out: { customer_id: string; n: number; oldest: string }[] = [];
    for (const ids of chunks(customerIds, IN_LIST))
      for (const r of await db
        .selectFrom('mail_messages as m')
        .select((eb) => [
          'm.customer_id',
          eb.fn.countAll<number>().as('n'),
          eb.fn.min('m.sent_at').as('oldest'),
        ])
        .where('m.workspace_id', '=', workspaceId)
        .where('m.customer_id', 'in', ids)
        .where('m.direction', '=', 'inbound')
        .where('m.sent_at', '>=', since)
        .where('m.sent_at', '<', before)
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('mail_messages as r')
                .select('r.id')
                .whereRef('r.workspace_id', '=', 'm.workspace_id')
                .whereRef('r.thread_id', '=', 'm.thread_id')
                .where('r.direction', '=', 'outbound')
                .whereRef('r.sent_at', '>', 'm.sent_at'),
            ),
          ),
        )
        .groupBy('m.customer_id')
        .execute())
        out.push({ customer_id: r.customer_id, n: Number(r.n), oldest: String(r.oldest) });
    return out;
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
