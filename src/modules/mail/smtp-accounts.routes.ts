import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  BounceSyncOut,
  SmtpAccountBody,
  SmtpAccountOut,
  SmtpAccountPatch,
  SmtpAccountTestOut,
} from './smtp-accounts.schemas.ts';
import type { SmtpAccountsService } from './smtp-accounts.service.ts';

/** The workspace's SMTP accounts for campaigns: admins write, managers and admins read. */
export function smtpAccountsRoutes(app: App, s: SmtpAccountsService): void {
  const tags = ['mail'];
  const one = { tags, params: IdParams };

  app.get(
    '/smtp-accounts',
    {
      schema: {
        tags,
        summary:
          'The workspace’s SMTP accounts campaigns can send from (admins and managers; passwords are never returned)',
        response: { 200: Type.Object({ items: Type.Array(SmtpAccountOut) }), ...errorResponses },
      },
    },
    async (req) => s.list(requireScope(req)),
  );

  app.post(
    '/smtp-accounts',
    {
      schema: {
        tags,
        summary: 'Add a workspace SMTP account (admins); the password is stored encrypted',
        body: SmtpAccountBody,
        response: { 201: SmtpAccountOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await s.create(requireScope(req), req.body)),
  );

  app.get(
    '/smtp-accounts/:id',
    {
      schema: {
        ...one,
        summary: 'One workspace SMTP account',
        response: { 200: SmtpAccountOut, ...errorResponses },
      },
    },
    async (req) => s.get(requireScope(req), req.params.id),
  );

  app.patch(
    '/smtp-accounts/:id',
    {
      schema: {
        ...one,
        summary:
          'Change a workspace SMTP account (admins); the password is replaced only when sent',
        body: SmtpAccountPatch,
        response: { 200: SmtpAccountOut, ...errorResponses },
      },
    },
    async (req) => s.patch(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/smtp-accounts/:id',
    {
      schema: {
        ...one,
        summary: 'Remove a workspace SMTP account (admins); campaigns using it stop sending',
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await s.delete(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/smtp-accounts/:id/test',
    {
      schema: {
        ...one,
        summary:
          'Connect, upgrade to TLS as set and log in now, then to the return-path mailbox over IMAP when there is one (admins); 422 names the field and problem',
        response: { 200: SmtpAccountTestOut, ...errorResponses, 422: Type.Ref('Problem') },
      },
    },
    async (req) => s.test(requireScope(req), req.params.id),
  );

  app.post(
    '/smtp-accounts/:id/sync',
    {
      schema: {
        ...one,
        summary:
          'Read the account’s return-path mailbox for bounces now (admins); 409 when it has none',
        response: { 202: BounceSyncOut, ...errorResponses, 409: Type.Ref('Problem') },
      },
    },
    async (req, reply) =>
      reply.code(202).send(await s.requestBounceSync(requireScope(req), req.params.id)),
  );
}
