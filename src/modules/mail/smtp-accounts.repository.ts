import type { Executor } from '../../db/dialect.ts';
import type { SmtpAccount } from '../../db/schema.ts';

type Change = Partial<Omit<SmtpAccount, 'workspace_id' | 'id' | 'created_by' | 'created_at'>>;

/** The only code touching `smtp_accounts` (0073): the workspace's SMTP senders for campaigns. */
export const smtpAccountsRepository = {
  async insert(db: Executor, row: SmtpAccount): Promise<void> {
    await db.insertInto('smtp_accounts').values(row).execute();
  },

  list(db: Executor, workspaceId: string): Promise<SmtpAccount[]> {
    return db
      .selectFrom('smtp_accounts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('name')
      .orderBy('id')
      .execute();
  },

  find(db: Executor, workspaceId: string, id: string): Promise<SmtpAccount | undefined> {
    return db
      .selectFrom('smtp_accounts')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  async update(db: Executor, workspaceId: string, id: string, change: Change): Promise<void> {
    await db
      .updateTable('smtp_accounts')
      .set(change)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async delete(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('smtp_accounts')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
