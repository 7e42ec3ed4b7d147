import { Type } from '@sinclair/typebox';
import { requireScope } from '../../http/authenticate.ts';
import { IdParams } from '../../http/params.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { allowOrigin } from './public-cors.ts';
import type { TicketFormSubmissions } from './ticket-form-submissions.service.ts';
import type { TicketFormsService } from './ticket-forms.service.ts';
import {
  FormParams,
  LangQuery,
  PublicForm,
  SubmitBody,
  Submitted,
  TicketFormBody,
  TicketFormOut,
  TicketFormPatch,
} from './ticket-portal.schemas.ts';

const problem = Type.Ref('Problem');
const adminErrors = { ...errorResponses, 403: problem };

export function ticketFormsRoutes(
  app: App,
  s: { forms: TicketFormsService; submissions: TicketFormSubmissions },
): void {
  const tags = ['ticket forms'];
  const { forms, submissions } = s;

  app.get(
    '/ticket-forms',
    {
      schema: {
        tags,
        summary: 'The public “new ticket” forms (admin)',
        response: { 200: Type.Object({ items: Type.Array(TicketFormOut) }), ...adminErrors },
      },
    },
    async (req) => forms.list(requireScope(req)),
  );

  app.post(
    '/ticket-forms',
    {
      schema: {
        tags,
        summary: 'Create a public “new ticket” form (admin)',
        body: TicketFormBody,
        response: { 201: TicketFormOut, ...adminErrors },
      },
    },
    async (req, reply) => reply.code(201).send(await forms.create(requireScope(req), req.body)),
  );

  app.patch(
    '/ticket-forms/:id',
    {
      schema: {
        tags,
        summary: 'Change a ticket form: key, name, enabled, origins, defaults (admin)',
        params: IdParams,
        body: TicketFormPatch,
        response: { 200: TicketFormOut, ...adminErrors },
      },
    },
    async (req) => forms.update(requireScope(req), req.params.id, req.body),
  );

  app.delete(
    '/ticket-forms/:id',
    {
      schema: {
        tags,
        summary: 'Delete a ticket form; its address stops answering (admin)',
        params: IdParams,
        response: { 204: Type.Null(), ...adminErrors },
      },
    },
    async (req, reply) => {
      await forms.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  const origins = (f: { allowed_origins: string }) => JSON.parse(f.allowed_origins) as string[];
  const publicTags = ['customer portal'];

  app.options(
    '/public/ticket-forms/:workspace/:key',
    { config: { public: true }, schema: { hide: true, params: FormParams } },
    async (req, reply) => {
      const form = await forms.byAddress(req.params.workspace, req.params.key);
      if (!allowOrigin(req, reply, origins(form))) return reply.code(403).send(null);
      return reply
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '86400')
        .code(204)
        .send(null);
    },
  );

  app.get(
    '/public/ticket-forms/:workspace/:key',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'Public: the form’s words in the language asked for (?lang, else Accept-Language)',
        params: FormParams,
        querystring: LangQuery,
        response: { 200: PublicForm, ...errorResponses, 403: problem },
      },
    },
    async (req, reply) => {
      const form = await forms.byAddress(req.params.workspace, req.params.key);
      if (!allowOrigin(req, reply, origins(form))) return reply.code(403).send(null);
      return forms.describe(form, {
        lang: req.query.lang,
        acceptLanguage: req.headers['accept-language'],
      });
    },
  );

  app.post(
    '/public/ticket-forms/:workspace/:key',
    {
      config: { public: true },
      schema: {
        tags: publicTags,
        summary: 'Public: open a ticket (no sign-in; rate-limited; CORS for allowed origins)',
        params: FormParams,
        body: SubmitBody,
        response: { 201: Submitted, ...errorResponses, 403: problem, 429: problem },
      },
    },
    async (req, reply) => {
      const form = await forms.byAddress(req.params.workspace, req.params.key);
      if (!allowOrigin(req, reply, origins(form))) return reply.code(403).send(null);
      return reply.code(201).send(await submissions.submit(form, req.body, req.ip));
    },
  );
}
