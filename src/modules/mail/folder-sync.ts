import type { ImapFlow, MessageStructureObject } from 'imapflow';
import type { Kysely } from 'kysely';
import type { Executor } from '../../db/dialect.ts';
import type { DB } from '../../db/schema.ts';
import { readDeliveryReport } from '../../domain/mail/dsn.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { matchCustomer } from './mail-matcher.ts';
import { parseMessage } from './mail-parse.ts';
import { storeMessage } from './mail-store.ts';
import type { DeliveryReportHandler, FolderSource } from './sync-source.ts';

export type { DeliveryReportHandler, FolderSource, ReportOrigin } from './sync-source.ts';

export interface FolderCounts {
  stored: number;
  skipped: number;
  /** delivery reports (bounces) some handler applied */
  reports: number;
}

/** A `multipart/report; report-type=delivery-status`, at the top or one level down. */
export function isDeliveryReport(node: MessageStructureObject | undefined, depth = 0): boolean {
  if (!node) return false;
  if (node.type?.toLowerCase() === 'multipart/report')
    return (node.parameters?.['report-type'] ?? '').toLowerCase() === 'delivery-status';
  return depth === 0 && !!node.childNodes?.some((c) => isDeliveryReport(c, 1));
}

export interface SyncHooks {
  signal?: AbortSignal;
  /** after each message is settled (stored or skipped) and its bookmark committed */
  afterMessage?(uid: number): void;
}

// Bodies of a batch are held in memory together: small batches bound that.
const ENVELOPE_BATCH = 50;

/**
 * Fetches one folder's new messages in UID order. Only envelopes are fetched first: a message
 * matching no customer is counted and its body never downloaded. Each stored message commits
 * with the folder's bookmark, so a kill between two messages loses nothing and repeats nothing.
 */
export async function syncFolder(
  db: Kysely<DB>,
  activities: ActivitiesService,
  client: ImapFlow,
  source: FolderSource,
  folder: { path: string; sent: boolean },
  hooks: SyncHooks,
  reportHandlers: readonly DeliveryReportHandler[] = [],
): Promise<FolderCounts> {
  const { mailbox, origin } = source;
  const ws = origin.workspaceId;
  const own = new Set(source.own.map((a) => a.toLowerCase()));
  const counts: FolderCounts = { stored: 0, skipped: 0, reports: 0 };
  const lock = await client.getMailboxLock(folder.path, { readOnly: true });
  try {
    const box = client.mailbox;
    if (!box) return counts;
    const uidvalidity = String(box.uidValidity);
    const mark = await source.bookmarks.get(db, folder.path);
    // A new UIDVALIDITY means the server renumbered the folder: read it again from the start.
    let lastUid = mark && mark.uidvalidity === uidvalidity ? Number(mark.last_uid) : 0;
    const bookmark = (executor: Executor) =>
      source.bookmarks.save(executor, folder.path, uidvalidity, lastUid);
    const found = await client.search(
      { uid: `${lastUid + 1}:*`, since: new Date(`${source.syncSince}T00:00:00Z`) },
      { uid: true },
    );
    // `n:*` also answers the last message when none is newer: keep only UIDs past the bookmark.
    const uids = (found || []).filter((u) => u > lastUid).sort((a, b) => a - b);
    for (let i = 0; i < uids.length; i += ENVELOPE_BATCH) {
      const batch = uids.slice(i, i + ENVELOPE_BATCH);
      const heads = await client.fetchAll(
        batch.join(','),
        { uid: true, envelope: true, internalDate: true, bodyStructure: true },
        { uid: true },
      );
      heads.sort((a, b) => a.uid - b.uid);
      const plans = [];
      for (const head of heads) {
        const env = head.envelope;
        const from = (env?.from ?? []).map((a) => a.address ?? '').filter(Boolean);
        const outbound = folder.sent || from.some((a) => own.has(a.toLowerCase()));
        const recipients = [...(env?.to ?? []), ...(env?.cc ?? [])]
          .map((a) => a.address ?? '')
          .filter(Boolean);
        const others = (outbound ? recipients : [...from, ...recipients]).filter(
          (a) => !own.has(a.toLowerCase()),
        );
        // A bounce comes from a mailer daemon, matching no customer: its structure says what it
        // is, so its body is fetched to read which mail came back (it is not stored).
        const report =
          !outbound && reportHandlers.length > 0 && isDeliveryReport(head.bodyStructure);
        // A return-path mailbox is read for reports only: nothing else is matched or stored.
        const match = mailbox ? await matchCustomer(db, ws, others) : null;
        plans.push({ head, outbound, report, match });
      }
      // One FETCH for the batch's matched bodies, not a round trip per message.
      const wanted = plans.filter((p) => p.match || p.report).map((p) => p.head.uid);
      const sources = new Map<number, Buffer>();
      if (wanted.length)
        for (const m of await client.fetchAll(wanted.join(','), { source: true }, { uid: true }))
          if (m.source) sources.set(m.uid, m.source);
      // Customers touched in this batch: their health is scored once when the batch ends, not
      // once per message (a customer's 40 messages were 40 scorings). A kill in between leaves
      // a score older than its touches until the customer's next touch or scoring.
      const touched = new Set<string>();
      try {
        for (const { head, outbound, match, report } of plans) {
          hooks.signal?.throwIfAborted();
          lastUid = head.uid;
          const raw = sources.get(head.uid);
          const dsn = report && raw ? readDeliveryReport(raw.toString('latin1')) : null;
          if (dsn) {
            const applied = await db.transaction().execute(async (tx) => {
              let any = false;
              for (const handle of reportHandlers) any = (await handle(tx, origin, dsn)) || any;
              await bookmark(tx);
              return any;
            });
            if (applied) counts.reports++;
            else counts.skipped++;
          } else if (!match || !raw || !mailbox) {
            counts.skipped++;
            await bookmark(db);
          } else {
            const parsed = await parseMessage(raw);
            const internalDate = head.internalDate ? new Date(head.internalDate) : null;
            const stored = await db.transaction().execute(async (tx) => {
              const ok = await storeMessage(
                tx,
                activities,
                mailbox,
                { folder: folder.path, uidvalidity, uid: head.uid, internalDate },
                parsed,
                match,
                outbound ? 'outbound' : 'inbound',
                { scoreLater: true },
              );
              await bookmark(tx);
              return ok;
            });
            if (stored) {
              counts.stored++;
              touched.add(match.customerId);
            }
          }
          hooks.afterMessage?.(head.uid);
        }
      } finally {
        if (touched.size)
          await db.transaction().execute((tx) => activities.rescore(tx, ws, touched));
      }
    }
    return counts;
  } finally {
    lock.release();
  }
}
