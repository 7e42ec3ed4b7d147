import type { Executor } from '../../db/dialect.ts';
import type { LoyaltyExpiryReminderTable } from '../../db/schema.ts';

/** The only code touching `loyalty_expiry_reminders`: one row per lot ever reminded of. */
export const loyaltyRemindersRepository = {
  /** The lots of these customers that already have a reminder, as `customer:lot`. */
  async remindedLots(db: Executor, workspaceId: string, customerIds: string[]) {
    if (!customerIds.length) return new Map<string, string>();
    const rows = await db
      .selectFrom('loyalty_expiry_reminders')
      .select(['customer_id', 'lot_seq', 'status'])
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', 'in', customerIds)
      .execute();
    return new Map(rows.map((r) => [`${r.customer_id}:${Number(r.lot_seq)}`, r.status]));
  },

  /**
   * Claims lots for a reminder (status `sending`): a lot never reminded gets its row; a lot whose
   * last reminder failed is taken again. A lot already sent, being sent or skipped is left alone.
   */
  async claim(db: Executor, rows: LoyaltyExpiryReminderTable[]): Promise<void> {
    for (const r of rows)
      await db
        .insertInto('loyalty_expiry_reminders')
        .values(r)
        .onConflict((oc) =>
          oc
            .columns(['workspace_id', 'customer_id', 'lot_seq'])
            .doUpdateSet({ status: r.status, error: null, contact_id: r.contact_id })
            .where('loyalty_expiry_reminders.status', '=', 'failed'),
        )
        .execute();
  },

  async mark(
    db: Executor,
    workspaceId: string,
    customerId: string,
    lotSeqs: number[],
    patch: Partial<Pick<LoyaltyExpiryReminderTable, 'status' | 'error' | 'sent_at' | 'language'>>,
  ): Promise<void> {
    if (!lotSeqs.length) return;
    await db
      .updateTable('loyalty_expiry_reminders')
      .set(patch)
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .where('lot_seq', 'in', lotSeqs)
      .execute();
  },

  /** A customer's reminders, latest lot first (the customer card). */
  ofCustomer(db: Executor, workspaceId: string, customerId: string) {
    return db
      .selectFrom('loyalty_expiry_reminders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('customer_id', '=', customerId)
      .orderBy('lot_seq', 'desc')
      .execute();
  },
};
