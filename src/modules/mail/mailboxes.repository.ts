import type { Executor } from '../../db/dialect.ts';
import type { Mailbox, MailboxFolder } from '../../db/schema.ts';

type MailboxChange = Partial<Omit<Mailbox, 'workspace_id' | 'id' | 'owner_id' | 'created_at'>>;

/** The only code touching `mailboxes` and `mailbox_folders`. */
export const mailboxesRepository = {
  async insert(db: Executor, row: Mailbox): Promise<void> {
    await db.insertInto('mailboxes').values(row).execute();
  },

  /** The owner's mailboxes only: a mailbox is its user's, whatever their role. */
  listOwn(db: Executor, workspaceId: string, ownerId: string): Promise<Mailbox[]> {
    return db
      .selectFrom('mailboxes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('owner_id', '=', ownerId)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  },

  findOwn(db: Executor, workspaceId: string, ownerId: string, id: string) {
    return db
      .selectFrom('mailboxes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('owner_id', '=', ownerId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /** For the sync job, which runs for no caller. */
  find(db: Executor, workspaceId: string, id: string) {
    return db
      .selectFrom('mailboxes')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
  },

  /**
   * Every mailbox the periodic sync should visit, across workspaces: not those whose password
   * the server refused (asking again and again can lock the account; the owner fixes it first).
   */
  syncable(db: Executor) {
    return db
      .selectFrom('mailboxes')
      .select(['workspace_id', 'id'])
      .where((eb) =>
        eb.or([eb('last_error_code', 'is', null), eb('last_error_code', '!=', 'mail_auth_failed')]),
      )
      .execute();
  },

  /** Sharing and owner of mailboxes, for the message privacy rule. */
  sharingOf(db: Executor, workspaceId: string, ids: string[]) {
    if (!ids.length) return Promise.resolve([]);
    return db
      .selectFrom('mailboxes')
      .select(['id', 'owner_id', 'sharing'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
  },

  async update(db: Executor, workspaceId: string, id: string, change: MailboxChange) {
    await db
      .updateTable('mailboxes')
      .set(change)
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  async delete(db: Executor, workspaceId: string, id: string): Promise<void> {
    await db
      .deleteFrom('mailbox_folders')
      .where('workspace_id', '=', workspaceId)
      .where('mailbox_id', '=', id)
      .execute();
    await db
      .deleteFrom('mailboxes')
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .execute();
  },

  folder(db: Executor, workspaceId: string, mailboxId: string, folder: string) {
    return db
      .selectFrom('mailbox_folders')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('mailbox_id', '=', mailboxId)
      .where('folder', '=', folder)
      .executeTakeFirst();
  },

  /** Moves a folder's bookmark; written in the same transaction as the messages it covers. */
  async saveFolder(db: Executor, row: MailboxFolder): Promise<void> {
    await db
      .insertInto('mailbox_folders')
      .values(row)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'mailbox_id', 'folder']).doUpdateSet({
          uidvalidity: row.uidvalidity,
          last_uid: row.last_uid,
          updated_at: row.updated_at,
        }),
      )
      .execute();
  },
};
