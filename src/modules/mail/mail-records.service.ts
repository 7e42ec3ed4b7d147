import type { Executor } from '../../db/dialect.ts';
import { mailMessagesRepository } from './mail-messages.repository.ts';

/** What other code may read of synced mail. The mail module is the only writer of `mail_messages`. */
export const mailRecords = {
  /**
   * Inbound mail still unanswered in its thread, per customer (counts only, no content, so the
   * mailbox's sharing rule is not at stake); the caller checked the customers' scope.
   */
  unansweredPerCustomer: (
    db: Executor,
    workspaceId: string,
    customerIds: string[],
    since: string,
    before: string,
  ) => mailMessagesRepository.unansweredPerCustomer(db, workspaceId, customerIds, since, before),
};
