import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import {
  LangQuery,
  MAX_REPLY,
  PortalLinkCreated,
  PortalLinkOut,
  PublicTicket,
  ReplyBody,
  TokenParams,
} from './ticket-portal.schemas.ts';
import type { TicketPortalService } from './ticket-portal.service.ts';

const problem = Type.Ref('Problem');

export function ticketPortalRoutes(app: App, portal: TicketPortalService): void {
  const tags = ['tickets'];

  app.get(
    '/tickets/:id/portal-link',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Whether the ticket has a customer link (the token is never shown again)',
        params: IdParams,
        response: { 200: PortalLinkOut, ...errorResponses },
      },
    },
    async (req) => portal.status(requireScope(req), req.params.id),
  );

  app.post(
    '/tickets/:id/portal-link',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Create the customer link, or replace it (the old link stops working)',
        params: IdParams,
        response: { 201: PortalLinkCreated, ...errorResponses },
      },
    },
    async (req, reply) =>
      reply.code(201).send(await portal.create(requireScope(req), req.params.id)),
  );

  app.delete(
    '/tickets/:id/portal-link',
    {
      config: { agents: true },
      schema: {
        tags,
        summary: 'Revoke the customer link',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await portal.revoke(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  const asked = (req: { query: { lang?: string }; headers: { 'accept-language'?: string } }) => ({
    lang: req.query.lang,
    acceptLanguage: req.headers['accept-language'],
  });

  app.get(
    '/public/tickets/:token',
    {
      config: { public: true },
      schema: {
        tags: ['customer portal'],
        summary: 'Public: a ticket through its customer link (public replies only)',
        params: TokenParams,
        querystring: LangQuery,
        response: { 200: PublicTicket, ...errorResponses },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      return portal.view(req.params.token, asked(req));
    },
  );

  app.post(
    '/public/tickets/:token/replies',
    {
      config: { public: true },
      // The largest message in UTF-8 and its JSON wrapping; anything bigger is 413 unread.
      bodyLimit: MAX_REPLY * 4 + 1024,
      schema: {
        tags: ['customer portal'],
        summary: 'Public: the customer answers (reopens a solved ticket; rate-limited)',
        params: TokenParams,
        querystring: LangQuery,
        body: ReplyBody,
        response: { 201: PublicTicket, ...errorResponses, 409: problem, 429: problem },
      },
    },
    async (req, reply) => {
      void reply.header('cache-control', 'no-store');
      const out = await portal.reply(req.params.token, req.body.body, req.ip, asked(req));
      return reply.code(201).send(out);
    },
  );
}
