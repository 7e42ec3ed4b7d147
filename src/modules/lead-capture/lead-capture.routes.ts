import { Type } from '@sinclair/typebox';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LeadForm } from '../../db/schema.ts';
import { requireScope } from '../../http/authenticate.ts';
import { errorResponses, type App } from '../../http/types.ts';
import { IdParams } from '../../http/params.ts';
import type { LeadCaptureService } from './lead-capture.service.ts';

const FormOut = Type.Object({
  id: Type.String(),
  name: Type.String(),
  source: Type.String(),
  ownerId: Type.String(),
  allowedOrigins: Type.Array(Type.String()),
  postUrl: Type.String(),
  createdAt: Type.String(),
});
const PublicParams = Type.Object({
  workspaceId: Type.String({ maxLength: 64 }),
  formKey: Type.String({ maxLength: 64 }),
});

/** Lets the company's own site post from a browser; other origins get no CORS headers. */
function allowOrigin(req: FastifyRequest, reply: FastifyReply, form: LeadForm): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  if (!(JSON.parse(form.allowed_origins) as string[]).includes(origin)) return false;
  void reply.header('access-control-allow-origin', origin).header('vary', 'Origin');
  return true;
}

export function leadCaptureRoutes(app: App, leads: LeadCaptureService): void {
  const tags = ['lead capture'];

  app.get(
    '/lead-forms',
    {
      schema: {
        tags,
        summary: 'The workspace’s web forms (admin, manager)',
        response: { 200: Type.Object({ items: Type.Array(FormOut) }), ...errorResponses },
      },
    },
    async (req) => leads.list(requireScope(req)),
  );

  app.post(
    '/lead-forms',
    {
      schema: {
        tags,
        summary: 'Create a web form that turns submissions into leads (admin, manager)',
        body: Type.Object(
          {
            name: Type.String({ minLength: 1, maxLength: 100 }),
            source: Type.Optional(Type.String({ maxLength: 100 })),
            ownerId: Type.Optional(Type.String({ maxLength: 64 })),
            allowedOrigins: Type.Optional(
              Type.Array(Type.String({ maxLength: 200 }), { maxItems: 20 }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: FormOut, ...errorResponses },
      },
    },
    async (req, reply) => reply.code(201).send(await leads.create(requireScope(req), req.body)),
  );

  app.delete(
    '/lead-forms/:id',
    {
      schema: {
        tags,
        summary: 'Delete a web form; its address stops answering',
        params: IdParams,
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (req, reply) => {
      await leads.remove(requireScope(req), req.params.id);
      return reply.code(204).send(null);
    },
  );

  app.options(
    '/public/lead-forms/:workspaceId/:formKey',
    { config: { public: true }, schema: { hide: true, params: PublicParams } },
    async (req, reply) => {
      const form = await leads.form(req.params.workspaceId, req.params.formKey);
      if (!allowOrigin(req, reply, form)) return reply.code(403).send(null);
      return reply
        .header('access-control-allow-methods', 'POST')
        .header('access-control-allow-headers', 'content-type')
        .header('access-control-max-age', '86400')
        .code(204)
        .send(null);
    },
  );

  app.post(
    '/public/lead-forms/:workspaceId/:formKey',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Public: submit the web form (no sign-in; rate-limited; CORS for allowed origins)',
        params: PublicParams,
        body: Type.Object(
          {
            company: Type.String({ minLength: 1, maxLength: 200 }),
            country: Type.String({ minLength: 2, maxLength: 60, description: 'ISO code or name' }),
            name: Type.String({ minLength: 1, maxLength: 100 }),
            email: Type.String({ format: 'email', maxLength: 254 }),
            phone: Type.Optional(Type.String({ maxLength: 40 })),
            message: Type.Optional(Type.String({ maxLength: 5000 })),
            website_url: Type.Optional(
              Type.String({ maxLength: 500, description: 'leave empty: a hidden trap for robots' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: {
          202: Type.Object({ received: Type.Boolean() }),
          ...errorResponses,
        },
      },
    },
    async (req, reply) => {
      const form = await leads.form(req.params.workspaceId, req.params.formKey);
      if (!allowOrigin(req, reply, form)) return reply.code(403).send(null);
      return reply.code(202).send(await leads.submit(form, req.body, req.ip));
    },
  );
}
