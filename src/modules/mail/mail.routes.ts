import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  MailboxBody,
  MailboxOut,
  MailboxPatch,
  MailboxTestOut,
  SyncOut,
} from './mailboxes.schemas.ts';
import type { MailboxesService } from './mailboxes.service.ts';
import { MessageOut, MessageQuery } from './messages.schemas.ts';
import type { MessagesService } from './messages.service.ts';
import { outboxRoutes } from './outbox.routes.ts';
import type { OutboxService } from './outbox.service.ts';

const withConnection = { ...errorResponses, 422: Type.Ref('Problem') };

/** The caller's own mailboxes, and synced mail as the caller may see it. */
export function mailRoutes(
  app: App,
  s: { mailboxes: MailboxesService; messages: MessagesService; outbox: OutboxService },
): void {
  const tags = ['mail'];
  const one = { tags, params: IdParams };

  app.get(
    '/mailboxes',
    {
      schema: {
        tags,
        summary: 'Your mailboxes with their last sync and problem (passwords are never returned)',
        response: { 200: Type.Object({ items: Type.Array(MailboxOut) }), ...errorResponses },
      },
    },
    async (req) => s.mailboxes.list(requireScope(req)),
  );

  app.post(
    '/mailboxes',
    {
      schema: {
        tags,
        summary: 'Connect a mailbox (IMAP to sync, SMTP to send); passwords are stored encrypted',
        body: MailboxBody,
        response: { 201: MailboxOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await s.mailboxes.create(requireScope(req), req.body)),
  );

  app.get(
    '/mailboxes/:id',
    {
      schema: {
        ...one,
        summary: 'One of your mailboxes',
        response: { 200: MailboxOut, ...errorResponses },
      },
    },
    async (req) => s.mailboxes.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/mailboxes/:id',
    {
      schema: {
        ...one,
        summary: 'Change a mailbox; a password is replaced only when sent',
        body: MailboxPatch,
        response: { 200: MailboxOut, ...errorResponses },
      },
    },
    async (req) => s.mailboxes.patch(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/mailboxes/:id',
    {
      schema: {
        ...one,
        summary: 'Disconnect a mailbox and remove its synced mail',
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await s.mailboxes.delete(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/mailboxes/:id/test',
    {
      schema: {
        ...one,
        summary:
          'Connect to the IMAP server now and list its folders (serverFolders, to choose more to sync); 422 names the field and problem (mail_auth_failed, mail_tls_failed, mail_host_not_found, mail_host_unreachable, mail_timeout)',
        response: { 200: MailboxTestOut, ...withConnection },
      },
    },
    async (req) => s.mailboxes.test(requireScope(req), req.params.id),
  );

  app.post(
    '/mailboxes/:id/sync',
    {
      schema: {
        ...one,
        summary:
          'Fetch new mail of INBOX, Sent and the chosen folders in the background (a mail.sync job)',
        response: { 202: SyncOut, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await s.mailboxes.requestSync(requireScope(req), req.params.id)),
  );

  app.get(
    '/messages',
    {
      schema: {
        tags,
        summary:
          'A customer’s synced mail, newest first: full content where its mailbox is shared in full or is yours, else subject, people and time. With `status`: your outbox (your outgoing messages) instead',
        querystring: MessageQuery,
        response: { 200: Type.Object({ items: Type.Array(MessageOut) }), ...errorResponses },
      },
    },
    async (req) => {
      const { status, customerId, dealId, ticketId, limit = 100 } = req.query;
      if (status) {
        const scope = requireScope(req);
        // The deal or ticket must be one the caller may see, as for its synced mail.
        await s.messages.about(scope, { dealId, ticketId });
        return s.outbox.list(scope, { status, customerId, dealId, ticketId, limit });
      }
      return s.messages.list(requireScope(req), req.query);
    },
  );

  app.get(
    '/messages/:id',
    {
      schema: {
        ...one,
        summary: 'One message: your own outgoing message (with its outbox status) or synced mail',
        response: { 200: MessageOut, ...errorResponses },
      },
    },
    async (req) =>
      (await s.outbox.find(requireScope(req), req.params.id)) ??
      s.messages.get(requireScope(req), req.params.id),
  );

  outboxRoutes(app, s.outbox);
}
