import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { replyHeaders, replySubject } from '../../domain/mail/outgoing.ts';
import type { Scope } from '../../domain/scope.ts';
import { AppError, fieldError, type FieldError } from '../../http/errors.ts';
import type { TemplateRenderService } from '../templates/template-render.service.ts';
import type { RelatedRecords } from '../templates/related.ts';
import type { RenderOut } from '../templates/templates.schemas.ts';
import { mailMessagesRepository } from './mail-messages.repository.ts';
import type { ComposeBody } from './outbox.schemas.ts';

export interface Content {
  subject: string;
  text: string;
  rendered: RenderOut | null;
  inReplyTo: string | null;
  references: string[];
  replyToId: string | null;
}

/**
 * What a composed message says: the template rendered for the contact (their language, culture
 * checks) or the text given, and, for a reply, the threading headers of the message answered.
 * A template that cannot be rendered for this contact is a 400 naming the variant's field, so
 * nothing is written and no blank reaches a sent mail.
 */
export async function composeContent(
  db: Kysely<DB>,
  render: TemplateRenderService,
  scope: Scope,
  customerId: string,
  body: ComposeBody,
  now: Date,
  related: RelatedRecords,
): Promise<Content> {
  const errors: FieldError[] = [];
  // The quote whose PDF goes with the mail, and the deal or ticket it is written from: each one
  // the caller may see (so nobody sends "from" a deal or ticket hidden from them), of this customer.
  for (const [key, entity, otherCode] of [
    ['quoteId', 'quote', 'mail_quote_other_customer'],
    ['dealId', 'deal', 'mail_deal_other_customer'],
    ['ticketId', 'ticket', 'mail_ticket_other_customer'],
  ] as const) {
    const id = body[key];
    if (!id) continue;
    const found = await related[entity](scope, id).catch((err: unknown) => {
      if (err instanceof AppError && err.status === 404) return null;
      throw err;
    });
    if (!found) errors.push(fieldError(`/${key}`, 'no_such', { entity }));
    else if (found.customerId !== customerId) errors.push(fieldError(`/${key}`, otherCode));
  }
  let parent: Awaited<ReturnType<typeof mailMessagesRepository.visible>>[number] | undefined;
  if (body.replyToMessageId) {
    [parent] = await mailMessagesRepository.visible(db, scope, {
      id: body.replyToMessageId,
      limit: 1,
    });
    if (!parent) errors.push(fieldError('/replyToMessageId', 'no_such', { entity: 'message' }));
    else if (parent.customer_id !== customerId)
      errors.push(fieldError('/replyToMessageId', 'mail_reply_other_customer'));
  }
  let rendered: RenderOut | null = null;
  if (body.templateId && !errors.length) {
    try {
      rendered = await render.render(
        scope,
        body.templateId,
        {
          contactId: body.contactId,
          ...(body.quoteId ? { quoteId: body.quoteId } : {}),
          ...(body.dealId ? { dealId: body.dealId } : {}),
          ...(body.ticketId ? { ticketId: body.ticketId } : {}),
        },
        now,
      );
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      if (err.status === 404 && /Template/.test(err.message))
        errors.push(fieldError('/templateId', 'no_such', { entity: 'template' }));
      else if (err.status === 422 || err.status === 400) errors.push(...(err.errors ?? []));
      else throw err;
    }
  }
  const subject =
    body.subject ?? rendered?.subject ?? (parent ? replySubject(parent.subject) : undefined);
  const text = body.body ?? rendered?.body;
  if (!errors.length && !body.templateId) {
    if (!subject) errors.push(fieldError('/subject', 'required'));
    if (!text) errors.push(fieldError('/body', 'required'));
  }
  if (errors.length || subject === undefined || text === undefined)
    throw AppError.validation(errors);
  const headers = parent ? replyHeaders(parent) : { inReplyTo: null, references: [] };
  return {
    subject,
    text,
    rendered,
    ...headers,
    replyToId: parent?.id ?? null,
  };
}
