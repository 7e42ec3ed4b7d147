import type { Executor } from '../../db/dialect.ts';
import type { SmtpAccount } from '../../db/schema.ts';
import type { SmtpAccountFolderTable } from '../../db/schema/mail.ts';

type SmtpAccountFolder = SmtpAccountFolderTable;

type Change = Partial<Omit<SmtpAccount, 'workspace_id' | 'id' | 'created_by' | 'created_at'>>;

/**
 * The only code touching `smtp_accounts` (0073) and `smtp_account_folders` (0089): the
 * workspace's SMTP senders for campaigns and their return-path mailboxes' bookmarks.
 */
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

  /** Every account with a return-path mailbox the periodic bounce sync should visit. */
  withReturnPath(db: Executor) {
    return db
      .selectFrom('smtp_accounts')
      .select(['workspace_id', 'id'])
      .where('imap_host', 'is not', null)
      .where((eb) =>
        eb.or([
          eb('bounce_error_code', 'is', null),
          eb('bounce_error_code', '!=', 'mail_auth_failed'),
        ]),
      )
      .execute();
  },

  folder(db: Executor, workspaceId: string, accountId: string, folder: string) {
    return db
      .selectFrom('smtp_account_folders')
      .select(['uidvalidity', 'last_uid'])
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .where('folder', '=', folder)
      .executeTakeFirst();
  },

  /** Moves the return-path folder's bookmark, in the transaction of the reports it covers. */
  async saveFolder(db: Executor, row: SmtpAccountFolder): Promise<void> {
    await db
      .insertInto('smtp_account_folders')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'account_id', 'folder']).doUpdateSet({
          uidvalidity: row.uidvalidity,
          last_uid: row.last_uid,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },

  /** A new return-path mailbox is read from its start. */
  async forgetFolders(db: Executor, workspaceId: string, accountId: string): Promise<void> {
    await db
      .deleteFrom('smtp_account_folders')
      .where('workspace_id', '=', workspaceId)
      .where('account_id', '=', accountId)
      .execute();
  },

  async delete(db: Executor, workspaceId: string, id: string): Promise<void> {
    await smtpAccountsRepository.forgetFolders(db, workspaceId, id);
    await db
      .deleteFrom('smtp_accounts')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },
};
