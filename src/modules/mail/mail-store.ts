import type { Executor } from '../../db/dialect.ts';
import type { Mailbox } from '../../db/schema.ts';
import type { Direction } from '../../domain/enums.ts';
import { newId, nowIso } from '../../domain/ids.ts';
import { threadRoot } from '../../domain/mail/threading.ts';
import { systemScope } from '../../domain/scope.ts';
import type { ActivitiesService } from '../relationship/activities.service.ts';
import { mailMessagesRepository as messages } from './mail-messages.repository.ts';
import type { MailMatch } from './mail-matcher.ts';
import type { ParsedMessage } from './mail-parse.ts';

/** The folder name of mail Chuhai sent itself (its outbox), apart from every server folder. */
export const SENT_BY_CHUHAI = '\\Chuhai-Sent';

export interface ServerMessage {
  folder: string;
  uidvalidity: string;
  uid: number;
  /** the server's arrival time, when the Date header is missing or unreadable */
  internalDate: Date | null;
}

/**
 * Stores one matched message and logs it as a touch on the customer's timeline, inside the
 * caller's transaction (which also moves the folder's bookmark). Answers false when this server
 * message was stored before, so a resumed sync neither duplicates it nor touches twice.
 */
export async function storeMessage(
  tx: Executor,
  activities: ActivitiesService,
  mailbox: Mailbox,
  at: ServerMessage,
  parsed: ParsedMessage,
  match: MailMatch,
  direction: Direction,
  /** the sync scores its batch's customers once at the batch's end (`activities.rescore`) */
  opts: {
    scoreLater?: boolean;
    /** the deal or ticket a message sent by Chuhai was written from */
    about?: { dealId: string | null; ticketId: string | null };
  } = {},
): Promise<boolean> {
  const ws = mailbox.workspace_id;
  // A reply to a message we hold joins that message's thread, even without References. The
  // message's own id is looked up in the same query: mail Chuhai sent is stored when sent, and
  // the server's copy in Sent must not count twice.
  const parents = [...parsed.references, ...(parsed.inReplyTo ? [parsed.inReplyTo] : [])];
  const own = parsed.messageId && at.folder !== SENT_BY_CHUHAI ? [parsed.messageId] : [];
  const found = await messages.byMessageIds(tx, ws, mailbox.id, [...parents, ...own]);
  if (found.some((m) => m.message_id === parsed.messageId && m.folder === SENT_BY_CHUHAI))
    return false;
  const known = found.filter((m) => m.message_id && parents.includes(m.message_id));
  const threadId = known[0]?.thread_id ?? threadRoot(parsed);
  const now = new Date();
  // A sender's clock in the future must not put the touch there (the timeline refuses it).
  const sent = parsed.date ?? at.internalDate ?? now;
  const sentAt = (sent > now ? now : sent).toISOString();
  const id = newId();
  const inserted = await messages.insert(tx, {
    workspace_id: ws,
    id,
    mailbox_id: mailbox.id,
    folder: at.folder,
    uidvalidity: at.uidvalidity,
    uid: at.uid,
    message_id: parsed.messageId,
    thread_id: threadId,
    in_reply_to: parsed.inReplyTo,
    direction,
    customer_id: match.customerId,
    contact_id: match.contactId,
    matched_by: match.by,
    from_address: parsed.from?.address ?? '',
    from_name: parsed.from?.name ?? null,
    to_addresses: JSON.stringify(parsed.to),
    cc_addresses: JSON.stringify(parsed.cc),
    subject: parsed.subject,
    sent_at: sentAt,
    body_text: parsed.text,
    attachments: JSON.stringify(parsed.attachments),
    activity_id: null,
    created_at: nowIso(),
    deal_id: opts.about?.dealId ?? null,
    ticket_id: opts.about?.ticketId ?? null,
  });
  if (!inserted) return false;
  // The sync acts for the mailbox's owner but must reach a colleague's customer too: mail with
  // it is still a touch on it. Only the subject goes on the activity; the body stays private.
  const { activity } = await activities.logIn(
    tx,
    systemScope(ws, mailbox.owner_id),
    {
      customerId: match.customerId,
      contactId: match.contactId,
      type: 'email',
      channel: 'mailbox',
      direction,
      occurredAt: sentAt,
      summary: (parsed.subject || '(no subject)').slice(0, 4000),
    },
    { scoreLater: opts.scoreLater ?? false },
  );
  await messages.setActivity(tx, ws, id, activity.id);
  return true;
}
