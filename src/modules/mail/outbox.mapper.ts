import { localParts } from '../../domain/calendar/zoned-time.ts';
import type { MessageOut } from './messages.schemas.ts';
import type { Outgoing } from './outbox.schemas.ts';
import type { OutboxRow } from './outbox.repository.ts';

const plannedLocal = (r: OutboxRow) => {
  if (!r.time_zone) return null;
  const p = localParts(new Date(r.planned_at), r.time_zone);
  return `${p.date} ${p.time}`;
};

/** An outgoing message as the timeline's message shape, with its outbox details. */
export const toOutboxOut = (r: OutboxRow): MessageOut => ({
  id: r.id,
  mailboxId: r.mailbox_id,
  threadId: (JSON.parse(r.references) as string[])[0] ?? r.message_id,
  direction: 'outbound',
  customerId: r.customer_id,
  customerName: r.customer_name,
  contactId: r.contact_id,
  dealId: r.deal_id,
  ticketId: r.ticket_id,
  suggestedContact: null,
  from: { address: r.from_address, name: r.from_name },
  to: [{ address: r.to_address, name: r.to_name }],
  cc: [],
  subject: r.subject,
  sentAt: r.sent_at ?? r.planned_at,
  access: 'full',
  body: r.body_text,
  // The quote's PDF is rendered when the message is sent: named here, sized once sent.
  attachments: r.quote_id ? [{ filename: null, contentType: 'application/pdf', size: 0 }] : [],
  outgoing: {
    status: r.status,
    sendAt: r.send_at,
    plannedAt: r.planned_at,
    timeZone: r.time_zone,
    plannedLocal: plannedLocal(r),
    templateId: r.template_id,
    quoteId: r.quote_id,
    language: r.language,
    languageReason: r.language_reason
      ? (JSON.parse(r.language_reason) as Outgoing['languageReason'])
      : null,
    attempts: r.attempts,
    error: r.last_error_code
      ? { code: r.last_error_code, detail: r.last_error_detail ?? '' }
      : null,
    sentAt: r.sent_at,
    cancelledAt: r.cancelled_at,
  },
});
