import { sql } from 'kysely';
import type { Executor } from '../../db/dialect.ts';

/** An inbound message nobody has answered yet, with what its customer's calendar needs. */
export interface UnansweredRow {
  workspace_id: string;
  id: string;
  thread_id: string;
  customer_id: string;
  subject: string;
  from_address: string;
  sent_at: string;
  owner_id: string;
  country: string;
  region: string | null;
  time_zone: string | null;
}

// The thread has an outbound message at or after this one: it was answered.
const answered = sql<boolean>`exists (select 1 from mail_messages o where o.workspace_id = m.workspace_id and o.thread_id = m.thread_id and o.direction = 'outbound' and o.sent_at >= m.sent_at)`;

/**
 * The reply follow-ups' reads and writes of `mail_messages` (its columns follow_up_id and
 * follow_up_state, 0062); the table's other writer is mail-messages.repository.ts.
 */
export const replyFollowUpsRepository = {
  /**
   * The latest inbound message of each thread received since `since`, unanswered, with no
   * follow-up opened in its thread, on a live customer. Oldest first, at most `limit`.
   */
  unanswered(db: Executor, since: string, limit: number): Promise<UnansweredRow[]> {
    return db
      .selectFrom('mail_messages as m')
      .innerJoin('customers as c', (j) =>
        j.onRef('c.workspace_id', '=', 'm.workspace_id').onRef('c.id', '=', 'm.customer_id'),
      )
      .select([
        'm.workspace_id',
        'm.id',
        'm.thread_id',
        'm.customer_id',
        'm.subject',
        'm.from_address',
        'm.sent_at',
        'c.owner_id',
        'c.country',
        'c.region',
        'c.time_zone',
      ])
      .where('m.direction', '=', 'inbound')
      .where('m.sent_at', '>=', since)
      .where('m.follow_up_state', 'is', null)
      .where('c.deleted_at', 'is', null)
      .where(sql<boolean>`not ${answered}`)
      .where(
        sql<boolean>`not exists (select 1 from mail_messages x where x.workspace_id = m.workspace_id and x.thread_id = m.thread_id and ((x.direction = 'inbound' and x.sent_at > m.sent_at) or x.follow_up_state = 'opened'))`,
      )
      .orderBy('m.sent_at')
      .orderBy('m.id')
      .limit(limit)
      .execute();
  },

  /** Messages whose follow-up is open and whose thread has been answered since. */
  answeredSince(db: Executor, limit: number) {
    return db
      .selectFrom('mail_messages as m')
      .select(['m.workspace_id', 'm.id', 'm.follow_up_id'])
      .where('m.follow_up_state', '=', 'opened')
      .where(answered)
      .limit(limit)
      .execute();
  },

  async mark(
    db: Executor,
    workspaceId: string,
    id: string,
    change: { follow_up_state: 'opened' | 'answered'; follow_up_id?: string },
  ): Promise<void> {
    await db
      .updateTable('mail_messages')
      .set(change)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
