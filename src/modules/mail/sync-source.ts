import type { Executor } from '../../db/dialect.ts';
import type { Mailbox } from '../../db/schema.ts';
import { nowIso } from '../../domain/ids.ts';
import type { DeliveryReport } from '../../domain/mail/dsn.ts';
import { mailboxesRepository as mailboxes } from './mailboxes.repository.ts';

/**
 * Where a delivery report was read: a user's mailbox, or a workspace SMTP account's return-path
 * mailbox. A campaign takes reports only from the sender it went out through.
 */
export interface ReportOrigin {
  workspaceId: string;
  kind: 'mailbox' | 'workspace';
  id: string;
}

/**
 * Applies a delivery report (RFC 3464) found in a mailbox, inside the sync's transaction (with
 * the folder's bookmark); answers whether it was about mail of the handler's (campaigns).
 */
export type DeliveryReportHandler = (
  tx: Executor,
  origin: ReportOrigin,
  report: DeliveryReport,
) => Promise<boolean>;

/** A folder's UIDVALIDITY/UID bookmark, kept by whoever owns the synced account. */
export interface FolderBookmarks {
  get(db: Executor, folder: string): Promise<{ uidvalidity: string; last_uid: number } | undefined>;
  save(db: Executor, folder: string, uidvalidity: string, lastUid: number): Promise<void>;
}

/**
 * What a folder sync reads for: a user's mailbox (matched mail stored, bounces applied), or a
 * return-path mailbox (`mailbox: null`: delivery reports only, nothing else fetched or stored).
 */
export interface FolderSource {
  origin: ReportOrigin;
  mailbox: Mailbox | null;
  /** the account's own addresses: never "the other side" of a message */
  own: string[];
  /** YYYY-MM-DD */
  syncSince: string;
  bookmarks: FolderBookmarks;
}

/** A user's mailbox as a sync source: its bookmarks in `mailbox_folders`. */
export function mailboxSource(m: Mailbox): FolderSource {
  return {
    origin: { workspaceId: m.workspace_id, kind: 'mailbox', id: m.id },
    mailbox: m,
    own: [m.address, m.imap_username],
    syncSince: m.sync_since,
    bookmarks: {
      get: (db, folder) => mailboxes.folder(db, m.workspace_id, m.id, folder),
      save: (db, folder, uidvalidity, lastUid) =>
        mailboxes.saveFolder(db, {
          workspace_id: m.workspace_id,
          mailbox_id: m.id,
          folder,
          uidvalidity,
          last_uid: lastUid,
          updated_at: nowIso(),
        }),
    },
  };
}
