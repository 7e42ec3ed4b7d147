import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError } from '../../http/errors.ts';
import { mailMessagesRepository, type VisibleMessage } from './mail-messages.repository.ts';
import type { RelatedRecords } from '../templates/related.ts';
import type { MessageOut, MessageQuery } from './messages.schemas.ts';

/**
 * The privacy rule: the mailbox's owner reads everything of their mail; others who may see the
 * customer read the body only when the owner shares the mailbox in full, else the metadata.
 */
function toOut(scope: Scope, m: VisibleMessage): MessageOut {
  const full = m.mailbox_owner_id === scope.userId || m.sharing === 'full';
  return {
    id: m.id,
    mailboxId: m.mailbox_id,
    threadId: m.thread_id,
    direction: m.direction,
    customerId: m.customer_id,
    customerName: m.customer_name,
    contactId: m.contact_id,
    dealId: m.deal_id,
    ticketId: m.ticket_id,
    // Inbound mail found by domain came from someone not yet a contact of the customer.
    suggestedContact:
      m.matched_by === 'domain' && m.direction === 'inbound' ? m.from_address : null,
    from: { address: m.from_address, name: m.from_name },
    to: JSON.parse(m.to_addresses) as MessageOut['to'],
    cc: JSON.parse(m.cc_addresses) as MessageOut['cc'],
    subject: m.subject,
    sentAt: m.sent_at,
    access: full ? 'full' : 'metadata',
    body: full ? m.body_text : null,
    outgoing: null,
    attachments: full ? (JSON.parse(m.attachments) as MessageOut['attachments']) : null,
  };
}

/** Synced mail on the customer's timeline, as the caller may see it. */
export class MessagesService {
  constructor(
    private readonly db: Kysely<DB>,
    /** a deal's or ticket's mail is listed only to those who may see it (404 otherwise) */
    private readonly related: Pick<RelatedRecords, 'deal' | 'ticket'>,
  ) {}

  async list(scope: Scope, query: MessageQuery): Promise<{ items: MessageOut[] }> {
    const about = await this.about(scope, query);
    const rows = await mailMessagesRepository.visible(this.db, scope, {
      customerId: about?.customerId ?? query.customerId,
      ...(about ? { about: about.filter } : {}),
      limit: query.limit ?? 100,
    });
    // Another customer's id besides the deal's or ticket's: nothing of either.
    if (about && query.customerId && query.customerId !== about.customerId) return { items: [] };
    return { items: rows.map((m) => toOut(scope, m)) };
  }

  /** The deal or ticket asked about, when the caller may see it (404 otherwise). */
  async about(scope: Scope, q: { dealId?: string | undefined; ticketId?: string | undefined }) {
    if (q.dealId) {
      const d = await this.related.deal(scope, q.dealId);
      return { customerId: d.customerId, filter: { column: 'deal_id' as const, id: q.dealId } };
    }
    if (q.ticketId) {
      const t = await this.related.ticket(scope, q.ticketId);
      return { customerId: t.customerId, filter: { column: 'ticket_id' as const, id: q.ticketId } };
    }
    return null;
  }

  async get(scope: Scope, id: string): Promise<MessageOut> {
    const [row] = await mailMessagesRepository.visible(this.db, scope, { id, limit: 1 });
    if (!row) throw AppError.notFound('Message');
    return toOut(scope, row);
  }
}
