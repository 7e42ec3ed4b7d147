import type { Executor } from '../../db/dialect.ts';
import type { Campaign } from '../../db/schema.ts';
import type { MailDeliveryService } from '../mail/delivery.service.ts';
import type { OutgoingMail } from '../mail/smtp.ts';

/**
 * Where a campaign's mail goes out: one of its creator's mailboxes, or a workspace SMTP account
 * an admin configured (`sender_kind` 'workspace', 0073). Both send through the mail module's
 * delivery path (host guard, error codes, the problem kept on the mailbox or the account).
 */
export interface CampaignSender {
  kind: 'mailbox' | 'workspace';
  /** the From address */
  address: string;
  /** the account's From name; null: the creator's name */
  fromName: string | null;
  send(mail: OutgoingMail): Promise<void>;
  /** the sent mail on the customer's timeline (and, from a mailbox, in the customer's mail) */
  recordSent(
    tx: Executor,
    mail: OutgoingMail,
    link: { customerId: string; contactId: string; key: string },
  ): Promise<void>;
}

/** The campaign's sender, or null when its mailbox or account is gone or cannot send. */
export async function campaignSender(
  delivery: MailDeliveryService,
  c: Campaign,
): Promise<CampaignSender | null> {
  if (c.sender_kind === 'workspace') {
    const s = await delivery.accountSender(c.workspace_id, c.mailbox_id);
    return (
      s && {
        kind: 'workspace',
        address: s.account.address,
        fromName: s.account.from_name,
        send: (mail) => delivery.sendFromAccount(s, mail),
        recordSent: (tx, mail, link) =>
          delivery.recordSentFromAccount(tx, c.workspace_id, c.owner_id, mail, link),
      }
    );
  }
  const s = await delivery.sender(c.workspace_id, c.mailbox_id);
  return (
    s && {
      kind: 'mailbox',
      address: s.mailbox.address,
      fromName: null,
      send: (mail) => delivery.send(s, mail),
      recordSent: (tx, mail, link) => delivery.recordSent(tx, s.mailbox, mail, link),
    }
  );
}
