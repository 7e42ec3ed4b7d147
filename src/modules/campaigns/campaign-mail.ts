import type { Kysely } from 'kysely';
import type { Campaign, DB } from '../../db/schema.ts';
import { unsubscribeLabels } from '../../domain/communication/unsubscribe-labels.ts';
import { outgoingMessageId } from '../../domain/mail/outgoing.ts';
import { systemScope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { contactRecords } from '../customers/customer-records.service.ts';
import type { OutgoingMail } from '../mail/smtp.ts';
import { userRecords } from '../users/user-records.service.ts';
import { unsubscribeToken, type CampaignDeps } from './campaign-deps.ts';
import type { CampaignSender } from './campaign-sender.ts';

/**
 * One campaign mail to one contact: the template rendered in the contact's language (never the
 * sender's), a last line with the unsubscribe link in that language, and the RFC 8058 headers
 * that let a mail client unsubscribe with one click (`List-Unsubscribe` + `List-Unsubscribe-Post`).
 * A template that cannot be rendered for the contact throws its AppError (the recipient fails).
 */
export async function campaignMail(
  db: Kysely<DB>,
  deps: CampaignDeps,
  c: Campaign,
  sender: CampaignSender,
  contactId: string,
  to: string,
  date: Date,
): Promise<{ mail: OutgoingMail; language: string }> {
  // Rendered as the creator (the sender's merge fields), seeing the contacts they scheduled.
  const scope = systemScope(c.workspace_id, c.owner_id);
  const rendered = await deps.render.render(scope, c.template_id, { contactId }, date);
  const [contact, owner] = await Promise.all([
    contactRecords.findVisible(db, scope, contactId),
    userRecords.findById(db, c.workspace_id, c.owner_id),
  ]);
  if (!contact) throw AppError.notFound('Contact');
  const token = unsubscribeToken(deps.tokens, c.workspace_id, c.id, contactId);
  const { labels } = unsubscribeLabels(rendered.language);
  return {
    language: rendered.language,
    mail: {
      from: { name: sender.fromName ?? owner?.name ?? '', address: sender.address },
      to: { name: [contact.first_name, contact.last_name].filter(Boolean).join(' '), address: to },
      subject: rendered.subject,
      text: `${rendered.body}\n\n-- \n${labels.footer}: ${deps.publicUrl}/unsubscribe/${token}\n`,
      // The thread's root names the campaign, so a synced reply is counted in its results.
      messageId: outgoingMessageId(`${c.id}.${contactId}`, sender.address),
      inReplyTo: null,
      references: [],
      date,
      headers: {
        'List-Unsubscribe': `<${deps.publicUrl}/api/v1/public/unsubscribe/${token}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    },
  };
}
