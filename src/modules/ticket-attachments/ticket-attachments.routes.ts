import { Type } from '@sinclair/typebox';
import type { FastifyReply } from 'fastify';
import type { Readable } from 'node:stream';
import type { TicketAttachment } from '../../db/schema.ts';
import { ATTACHMENT_EXTENSIONS, contentDisposition } from '../../domain/service/attachments.ts';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { receiveAttachment } from './attachment-upload.ts';
import {
  AttachmentList,
  AttachmentOut,
  AttachmentParams,
  FileResponse,
  PublicAttachmentParams,
} from './ticket-attachments.schemas.ts';
import type { TicketAttachmentsService } from './ticket-attachments.service.ts';

const problem = Type.Ref('Problem');

/**
 * Sends a stored file as a download of the type it was accepted as: never rendered by the
 * browser as a page of this app (attachment, nosniff, a sandboxing CSP).
 */
function sendFile(reply: FastifyReply, a: TicketAttachment, stream: Readable) {
  return reply
    .type(a.content_type)
    .header('content-length', String(a.size))
    .header('content-disposition', contentDisposition(a.file_name))
    .header('x-content-type-options', 'nosniff')
    .header('content-security-policy', "default-src 'none'; sandbox")
    .header('cache-control', 'private, no-store')
    .send(stream);
}

/**
 * Mounted after the imports routes, which register the multipart parser on the API; the portal
 * reads a token to a ticket through `openToken`.
 */
export function ticketAttachmentsRoutes(
  app: App,
  s: {
    attachments: TicketAttachmentsService;
    openToken: (token: string) => Promise<{ workspaceId: string; ticketId: string }>;
  },
): void {
  const tags = ['service'];
  const { attachments } = s;

  app.get(
    '/tickets/:id/attachments',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'The files attached to a ticket and its comments (who may see the ticket)',
        params: IdParams,
        response: { 200: AttachmentList, ...errorResponses },
      },
    },
    async (req) => ({
      ...(await attachments.list(requireScope(req), req.params.id)),
      maxBytes: attachments.maxBytes,
      extensions: ATTACHMENT_EXTENSIONS,
    }),
  );

  app.post(
    '/tickets/:id/attachments',
    {
      config: { agents: true },
      schema: {
        tags,
        summary:
          'Attach a file to a ticket, or to one of its comments (multipart: file, commentId?); too large: 413, a type not taken: 415',
        consumes: ['multipart/form-data'],
        params: IdParams,
        response: {
          201: AttachmentOut,
          409: problem,
          413: problem,
          415: problem,
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const scope = requireScope(req);
      // Another's ticket is 404 before a byte of the body is read or written.
      await attachments.checkTicket(scope, req.params.id);
      const file = await receiveAttachment(req, attachments.store, attachments.maxBytes);
      return reply.code(201).send(await attachments.record(scope, req.params.id, file));
    },
  );

  app.get(
    '/tickets/:id/attachments/:attachmentId',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Download an attached file',
        params: AttachmentParams,
        response: { 200: FileResponse, ...errorResponses },
      },
    },
    async (req, reply) => {
      const { attachment, stream } = await attachments.open(
        requireScope(req),
        req.params.id,
        req.params.attachmentId,
      );
      return sendFile(reply, attachment, stream);
    },
  );

  app.delete(
    '/tickets/:id/attachments/:attachmentId',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Delete an attached file (who attached it, a manager or an admin)',
        params: AttachmentParams,
        response: { 204: Type.Null(), 403: problem, ...errorResponses },
      },
    },
    async (req, reply) => {
      await attachments.remove(requireScope(req), req.params.id, req.params.attachmentId);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/public/tickets/:token/attachments/:attachmentId',
    {
      config: { public: true },
      schema: {
        tags: ['customer portal'],
        summary: 'Public: a file of a public reply, through the ticket’s customer link',
        params: PublicAttachmentParams,
        response: { 200: FileResponse, 404: problem },
      },
    },
    async (req, reply) => {
      const { workspaceId, ticketId } = await s.openToken(req.params.token);
      const { attachment, stream } = await attachments.publicOpen(
        workspaceId,
        ticketId,
        req.params.attachmentId,
      );
      return sendFile(reply, attachment, stream);
    },
  );
}
